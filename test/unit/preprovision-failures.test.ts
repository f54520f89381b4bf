import { describe, expect, it } from 'vitest';
import type { TpmFault } from '../../shared/device-setup';
import { PREPROVISION_STRINGS } from '../../shared/strings-preprovision';
import { readFile } from '../../electron/core/os/file-system';
import {
  chooseMenuRow,
  drive,
  MINUTE,
  ppSetup,
  provisionToResult,
  toConfig,
  type Driven,
} from './preprovision-helpers';

/**
 * The technician flow's documented failures (provisioning-modes.md §1.2, §6; oobe-ui.md §17): each
 * ends on the failure page with its error line and code, never on the ESP error screen; "Retry"
 * goes back to the configuration page and "Reset" starts OOBE over.
 */
const E = PREPROVISION_STRINGS.errors;

function failWith(d: Driven): ReturnType<Driven['as']> & { id: 'preprovision-failure' } {
  toConfig(d);
  expect(provisionToResult(d)).toBe('preprovision-failure');
  expect(d.screens.map((s) => s.id)).not.toContain('esp-error');
  return d.as('preprovision-failure');
}

describe('TPM attestation failures', () => {
  it('a VM (even with a virtual TPM) fails at "Securing your hardware" after the 7-minute wait with 0x800705b4', () => {
    const d = drive(
      ppSetup({
        device: {
          smbios: { virtualMachine: true, manufacturer: 'Microsoft Corporation', model: 'Virtual Machine' },
          network: { ethernet: { present: true, cableConnected: true }, wifi: { present: false } },
        },
      }),
    );
    toConfig(d);
    d.click('provision');
    d.until('esp');
    const opened = d.device.nowMs;
    // 7 minutes of waiting, 5 s on the failed ESP, then the result page.
    d.advance(7 * MINUTE - 1);
    expect(d.view().id).toBe('esp');
    d.advance(1);
    const failed = d.as('esp');
    expect(failed.categories[0]!.items[0]).toMatchObject({ id: 'tpm', state: 'failed', statusText: '0x800705b4' });
    d.advance(5_000);
    const page = d.as('preprovision-failure');
    expect(page).toMatchObject({ errorText: E.tpmTimeout, errorCode: '0x800705b4' });
    expect(d.device.nowMs - opened).toBe(7 * MINUTE + 5_000);
    const events = d.device.execute('eventlog.read', {}).records;
    expect(events.some((e) => e.eventId === 171 && e.message.includes('0x800705b4'))).toBe(true);
  });

  const faults: [TpmFault, string, string][] = [
    ['max-attestation-retry-exceeded', '0x81039001', 'TPM attestation failed. Error: 0x81039001'],
    ['kb5013943-missing', '0x81039023', 'TPM attestation failed. Error: 0x81039023'],
    ['vulnerable-firmware', '0x81039024', 'TPM attestation failed. Error: 0x81039024'],
    ['amd-ftpm-element-not-found', '0x80070490', 'TPM attestation failed. Error: 0x80070490'],
    ['attestation-timeout', '0x800705b4', 'Something happened, and TPM attestation timed out.'],
  ];
  for (const [fault, code, text] of faults) {
    it(`TPM fault ${fault} fails with ${code}`, () => {
      const d = drive(ppSetup());
      d.device.execute('fault.fire', { fault: { kind: 'tpm.fault', fault } });
      expect(failWith(d)).toMatchObject({ errorCode: code, errorText: text });
    });
  }

  it('0x81039001 is intermittent: "Retry" goes back to the configuration page and the retry passes', () => {
    const d = drive(ppSetup());
    d.device.execute('fault.fire', { fault: { kind: 'tpm.fault', fault: 'max-attestation-retry-exceeded' } });
    failWith(d);
    d.click('retry');
    expect(d.view().id).toBe('preprovision-config');
    while (d.as('preprovision-config').refreshing) d.device.execute('clock.skip', {});
    expect(provisionToResult(d)).toBe('preprovision-success');
    expect(d.timeline.some((t) => t.startsWith('TPM attestation started (attempt 2)'))).toBe(true);
  });

  it('after an ESP failure, "Reset" can make attestation fail on the retry (known issue, when armed)', () => {
    const d = drive(ppSetup());
    d.device.execute('fault.fire', { fault: { kind: 'preprovision.caveat', caveat: 'attestation-fails-after-reset' } });
    d.device.execute('fault.fire', { fault: { kind: 'tpm.fault', fault: 'vulnerable-firmware' } });
    failWith(d);
    d.click('reset');
    d.until('region');
    // The reset brought back the healthy TPM, yet attestation now times out.
    expect(failWith(d)).toMatchObject({ errorCode: '0x800705b4', errorText: E.tpmTimeout });
  });
});

describe('enrollment and join failures', () => {
  it('"Allow pre-provisioned deployment" = No: WIN ×5 still works, enrollment fails with 0x80180005', () => {
    const d = drive(
      ppSetup({
        policies: { deploymentProfile: { name: 'No pre-provisioning', allowPreProvisionedDeployment: false } },
      }),
    );
    const page = failWith(d);
    expect(page).toMatchObject({
      errorCode: '0x80180005',
      errorText: 'We couldn’t enroll this device into MDM. Error: 0x80180005',
    });
  });

  it('redeploying without deleting the Autopilot record fails with 0x80180014 and the one-time-limit ETW text', () => {
    const d = drive(ppSetup());
    d.device.execute('fault.fire', { fault: { kind: 'tenant.one-time-limit', reached: true } });
    expect(failWith(d)).toMatchObject({
      errorCode: '0x80180014',
      errorText: 'We couldn’t enroll this device into MDM. Error: 0x80180014',
    });
    const events = d.device.execute('eventlog.read', {}).records;
    expect(events.map((e) => e.message)).toContain(
      'MDM Enroll: Server Returned Fault/Code/Subcode/Value=(DeviceNotSupported) Fault/Reason/Text=(Enrollment blocked for AP device by SDM One Time Limit Check)',
    );
  });

  it('a deleted Entra device object fails the device join with 0x801c03f3 in the User Device Registration log', () => {
    const d = drive(ppSetup());
    d.device.execute('fault.fire', { fault: { kind: 'tenant.entra-device-deleted', deleted: true } });
    expect(failWith(d)).toMatchObject({
      errorCode: '0x801c03f3',
      errorText: 'We couldn’t perform a device-based Azure AD join. Error: 0x801c03f3',
    });
    const udr = d.device.execute('eventlog.read', {
      channel: 'Microsoft-Windows-User Device Registration/Admin',
    }).records;
    expect(udr[0]?.message).toContain('0x801c03f3');
  });

  it('Win32 and LOB apps targeted together: "Another installation is in progress, please try again later."', () => {
    const d = drive(
      ppSetup({
        workload: {
          apps: [
            { id: 'vpn', name: 'Contoso VPN', type: 'win32', durationMs: 5 * MINUTE },
            { id: 'expenses', name: 'Contoso Expenses', type: 'lob', durationMs: 3 * MINUTE },
          ],
        },
      }),
    );
    expect(failWith(d)).toMatchObject({ errorText: 'Another installation is in progress, please try again later.' });
  });

  it('no profile: the configuration page fails at once with "We couldn’t find an Autopilot profile…"', () => {
    const d = drive(ppSetup({ registration: { registered: false } }));
    chooseMenuRow(d, 'pre-provision');
    d.until('preprovision-failure');
    expect(d.as('preprovision-failure')).toMatchObject({ errorText: E.noProfile, errorCode: null, elapsedMs: 0 });
  });

  it('no Internet: the configuration page fails', () => {
    const d = drive(
      ppSetup({
        device: { network: { ethernet: { present: true, cableConnected: false }, wifi: { present: false } } },
      }),
    );
    chooseMenuRow(d, 'pre-provision');
    d.until('preprovision-failure');
    expect(d.as('preprovision-failure').errorText).toBe(E.noInternet);
  });
});

describe('ESP timer in the technician flow', () => {
  it('an app that never finishes runs into the profile minutes: "…in the required time." on the failure page, no ESP error screen', () => {
    const d = drive(
      ppSetup({
        policies: { enrollmentStatusPage: { name: 'Short', timeoutMinutes: 30, logCollection: true } },
        workload: { apps: [{ id: 'stuck', name: 'Stuck app', type: 'win32', durationMs: MINUTE, outcome: 'hang' }] },
      }),
    );
    toConfig(d);
    d.click('provision');
    d.until('esp');
    const opened = d.device.nowMs;
    d.until('preprovision-failure');
    expect(d.device.nowMs - opened).toBe(30 * MINUTE + 5_000);
    expect(d.as('preprovision-failure')).toMatchObject({ errorText: E.timeUp, errorCode: '0x800705b4' });
    expect(d.screens.map((s) => s.id)).not.toContain('esp-error');
  });
});

describe('ESP disabled', () => {
  it('"Reseal" comes as soon as enrollment is done: the success proves only enrollment', () => {
    const d = drive(
      ppSetup({
        policies: {
          deploymentProfile: { name: 'No ESP', allowPreProvisionedDeployment: true },
          enrollmentStatusPage: { name: 'Off', showProgress: false },
        },
      }),
    );
    toConfig(d);
    expect(provisionToResult(d)).toBe('preprovision-success');
    expect(d.as('preprovision-success').enrollmentOnly).toBe(true);
    expect(d.timeline.some((t) => t.includes('Contoso VPN'))).toBe(false);
  });
});

describe('failure page controls', () => {
  it('"Reset" resets Windows and OOBE starts again', () => {
    const d = drive(
      ppSetup({
        policies: { deploymentProfile: { name: 'No pre-provisioning', allowPreProvisionedDeployment: false } },
      }),
    );
    failWith(d);
    d.click('reset');
    // Both buttons disable while the reset takes over.
    expect(d.as('preprovision-failure').resetting).toBe(true);
    expect(() => d.click('retry')).toThrow(/disabled/);
    d.until('boot');
    d.until('region');
    expect(d.device.state.preprovision.stage).toBe('none');
  });

  it('Windows 11: Ctrl+Shift+D opens the diagnostics page with "Export logs"; closing it returns to the failure page', () => {
    const d = drive(
      ppSetup({
        device: {
          usbDrives: [{ label: 'LOGS' }],
          network: { ethernet: { present: true, cableConnected: true }, wifi: { present: false } },
        },
      }),
    );
    d.device.execute('fault.fire', { fault: { kind: 'tpm.fault', fault: 'vulnerable-firmware' } });
    const page = failWith(d);
    expect(page.logs).toBe('ctrl-shift-d');
    expect(() => d.click('view-diagnostics')).toThrow();
    d.key('Ctrl+Shift+D');
    expect(d.view().id).toBe('autopilot-diagnostics');
    d.click('export-logs');
    d.click('close');
    expect(d.as('preprovision-failure').exportedTo).toBe('D:\\MDMDiagReport.zip');
    expect(readFile(d.device.state.fs, 'D:\\MDMDiagReport.zip').length).toBeGreaterThan(0);
  });

  it('Windows 10: a "View diagnostics" link', () => {
    const d = drive(ppSetup({ windows: { version: '10', build: '19045.5247' } }));
    d.device.execute('fault.fire', { fault: { kind: 'tpm.fault', fault: 'vulnerable-firmware' } });
    chooseMenuRow(d, 'pre-provision');
    while (d.device.state.page.id !== 'preprovision-config' || d.as('preprovision-config').refreshing)
      d.device.execute('clock.skip', {});
    expect(provisionToResult(d)).toBe('preprovision-failure');
    expect(d.as('preprovision-failure')).toMatchObject({ logs: 'view-diagnostics', showQr: true });
    d.click('view-diagnostics');
    expect(d.view().id).toBe('autopilot-diagnostics');
  });
});
