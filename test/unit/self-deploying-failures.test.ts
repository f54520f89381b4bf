import { describe, expect, it } from 'vitest';
import { MDM_ADMIN_CHANNEL } from '../../electron/core/enrollment/enrollment-records';
import { AUTOPILOT_CHANNEL } from '../../electron/core/os/event-log';
import type { TpmFault } from '../../shared/device-setup';
import { boot, espError, item, MINUTE, selfDeployingSetup } from './self-deploying-harness';

/**
 * Every self-deploying failure code of provisioning-modes.md §2.6, each produced by the TPM or
 * service condition that causes it, on the step where the ESP shows it.
 */

type Tpm = NonNullable<NonNullable<NonNullable<Parameters<typeof selfDeployingSetup>[0]>['device']>['tpm']>;

const WIRED = {
  ethernet: { present: true, cableConnected: true, internet: true },
  wifi: { present: false, networks: [] },
};

function withTpm(tpm: Tpm, smbios: Record<string, unknown> = {}) {
  return selfDeployingSetup({ device: { network: WIRED, tpm, smbios } });
}

describe('no TPM 2.0, or a virtual machine: 0x800705b4 timeout at "Securing your hardware"', () => {
  it.each([
    ['a virtual machine with a virtual TPM', withTpm({}, { virtualMachine: true })],
    ['a device without a TPM', withTpm({ presence: 'absent' })],
    ['a TPM 1.2 device', withTpm({ presence: '1.2' })],
  ])('%s fails after the 7-minute attestation wait', (_label, setup) => {
    const d = boot(setup);
    d.until('esp');
    const opened = d.device.nowMs;
    d.until('esp-error');
    const error = espError(d.view());
    expect(error.code).toBe('0x800705b4');
    expect(item(error, 'device-preparation', 'tpm')).toMatchObject({ state: 'failed', statusText: '0x800705b4' });
    expect(item(error, 'device-preparation', 'aadj').state).toBe('previous-failed');
    expect(error.categories.find((c) => c.id === 'device-setup')!.statusText).toBe('Previous step failed');
    expect(d.device.nowMs - opened).toBe(7 * MINUTE);
    expect(d.device.state.account.joined).toBe(false);
  });
});

describe('TPM attestation failures (Windows 11 and vendor firmware)', () => {
  it.each<[TpmFault, string]>([
    ['kb5013943-missing', '0x81039023'],
    ['vulnerable-firmware', '0x81039024'],
    ['amd-ftpm-element-not-found', '0x80070490'],
    ['max-attestation-retry-exceeded', '0x81039001'],
  ])('the TPM fault %s fails "Securing your hardware" with %s and logs event 171', (fault, code) => {
    const d = boot(withTpm({ fault }));
    d.until('esp-error');
    expect(espError(d.view()).code).toBe(code);
    expect(item(espError(d.view()), 'device-preparation', 'tpm').statusText).toBe(code);
    const e171 = d.events(AUTOPILOT_CHANNEL).find((e) => e.eventId === 171);
    expect(e171?.message).toContain(code);
  });

  it('Infineon SLB9672 firmware 15.22: "Something happened, and TPM attestation timed out"', () => {
    const d = boot(
      withTpm({ manufacturerId: 'IFX', manufacturerVersion: '15.22.16832.0', fault: 'attestation-timeout' }),
    );
    d.until('esp-error');
    expect(d.timeline.some((l) => l.includes('Something happened, and TPM attestation timed out'))).toBe(true);
    expect(item(espError(d.view()), 'device-preparation', 'tpm').statusText).toBe('0x800705b4');
  });

  it('a TPM without device attestation: 0x801c03ea, no device token, events 171 in the Autopilot log', () => {
    const d = boot(withTpm({ attestationSupported: false }));
    d.until('esp-error');
    expect(espError(d.view()).code).toBe('0x801c03ea');
    const e171 = d.events(AUTOPILOT_CHANNEL).find((e) => e.eventId === 171)!;
    expect(e171).toMatchObject({
      level: 'Error',
      message: 'AutopilotManager failed to set TPM identity confirmed.  HRESULT = 0x801c03ea.',
    });
    expect(d.device.state.account.joined).toBe(false);
  });

  it('0x81039001 is intermittent: "Try again" attests again, passes, and the deployment finishes', () => {
    const d = boot(withTpm({ fault: 'max-attestation-retry-exceeded' }));
    d.until('esp-error');
    expect(espError(d.view()).code).toBe('0x81039001');
    d.click('try-again');
    expect(d.device.state.page.id).toBe('esp');
    expect(d.timeline).toContain('TPM attestation started (attempt 2)');
    d.until('signon');
    expect(d.device.state.account.joined).toBe(true);
  });

  it('"Try again" does not clear the other attestation failures: 0x81039024 fails again', () => {
    const d = boot(withTpm({ fault: 'vulnerable-firmware' }));
    d.until('esp-error');
    d.click('try-again');
    expect(d.device.state.page.id).toBe('esp');
    d.until('esp-error');
    expect(espError(d.view()).code).toBe('0x81039024');
    expect(d.timeline.some((l) => l.startsWith('TPM attestation started (attempt 2)'))).toBe(true);
  });
});

describe('service-side failures', () => {
  it('several MDM configurations in Entra ID: 0xc1036501 at "Registering your device for mobile management"', () => {
    const base = selfDeployingSetup();
    const d = boot({ ...base, tenant: { ...base.tenant, multipleMdmConfigurations: true } });
    d.until('esp-error');
    const error = espError(d.view());
    expect(error.code).toBe('0xc1036501');
    expect(item(error, 'device-preparation', 'tpm').state).toBe('complete');
    expect(item(error, 'device-preparation', 'mdm')).toMatchObject({ state: 'failed', statusText: '0xc1036501' });
    // The tenant setting stays: "Try again" meets it again.
    d.click('try-again');
    d.until('esp-error');
    expect(espError(d.view()).code).toBe('0xc1036501');
  });

  it('redeployed without deleting the Intune record: 0x80180014 and the one-time-limit event', () => {
    const d = boot(selfDeployingSetup());
    d.fault({ kind: 'tenant.one-time-limit', reached: true });
    d.until('esp-error');
    const error = espError(d.view());
    expect(error.code).toBe('0x80180014');
    expect(item(error, 'device-preparation', 'mdm').statusText).toBe('0x80180014');
    const event = d.events(MDM_ADMIN_CHANNEL).find((e) => e.eventId === 52)!;
    expect(event.message).toContain('Enrollment blocked for AP device by SDM One Time Limit Check');
  });
});

describe('the device clock (provisioning-modes.md §6 row 14)', () => {
  it('a real-time clock minutes off makes attestation fail at "Securing your hardware"', () => {
    const d = boot(selfDeployingSetup({ device: { network: WIRED, clockDriftMs: 20 * MINUTE } }));
    d.until('esp-error');
    expect(item(espError(d.view()), 'device-preparation', 'tpm').statusText).toBe('0x800705b4');
  });
});

describe('self-deploying without an ESP profile', () => {
  it('joins behind the screen and ends at the sign-on screen', () => {
    const base = selfDeployingSetup();
    const d = boot({ ...base, policies: { deploymentProfile: base.policies!.deploymentProfile! } });
    d.until('signon');
    expect(d.screenIds).not.toContain('esp');
    expect(d.device.state.account.joined).toBe(true);
  });

  it('shows the error page with the code when the device cannot attest, and "Try again" tries again', () => {
    const base = selfDeployingSetup({ device: { network: WIRED, smbios: { virtualMachine: true } } });
    const d = boot({ ...base, policies: { deploymentProfile: base.policies!.deploymentProfile! } });
    d.until('something-went-wrong');
    expect(d.view()).toMatchObject({ id: 'something-went-wrong', code: '0x800705b4' });
    expect(
      d
        .events(AUTOPILOT_CHANNEL)
        .filter((e) => e.eventId === 171 || e.eventId === 172)
        .map((e) => e.eventId),
    ).toEqual([171, 172]);
    d.click('try-again');
    expect(d.timeline.filter((l) => l.startsWith('Joining Microsoft Entra ID with the device identity'))).toHaveLength(
      2,
    );
    d.device.execute('clock.advance', { ms: 7 * MINUTE });
    expect(d.errors.map((e) => e.code)).toEqual(['0x800705b4', '0x800705b4']);
  });
});
