import { describe, expect, it } from 'vitest';
import type { TenantState } from '../../electron/cloud/tenant-state';
import { ENROLLMENT_STRINGS } from '../../shared/strings-enrollment';
import { driveDevice, signInToEntra } from '../support/device-driver';
import { MEGAN, PASSWORD, PRESET_LANGUAGE, UPN, wiredContoso } from '../support/setups';

/**
 * Issue 13: "The device sees a change at its next service call (a Refresh, a retry, a restart),
 * exactly when Windows would." The ESP and the deployment profile edited in the tenant while a
 * device runs: the tenant has them at once; the device's own view changes only at its next call
 * to the service that hands them out (Intune enrollment; the Autopilot deployment service).
 */

type Driver = ReturnType<typeof driveDevice>;
const tenantOf = (d: Driver) => d.device.execute('tenant.state', {}).tenant as TenantState;

function signIn(d: Driver) {
  signInToEntra(d, UPN, PASSWORD);
  for (let i = 0; i < 1000 && d.view().id !== 'something-went-wrong' && !d.device.state.account.joined; i += 1) {
    if (d.skip() === null) break;
  }
  return d.view();
}

describe('when a device meets a tenant edit', () => {
  it('ESP edit: in the tenant at once, on the device only at its next enrollment request (the retry)', () => {
    const d = driveDevice(
      wiredContoso(4301, {
        users: [{ ...MEGAN, licensed: false }],
        policies: { deploymentProfile: { name: 'Contoso', ...PRESET_LANGUAGE }, enrollmentStatusPage: {} },
      }),
    );
    expect(signIn(d)).toMatchObject({ id: 'something-went-wrong', message: ENROLLMENT_STRINGS.error.mdmTermsOfUse });
    const before = d.device.state.setup.policies.enrollmentStatusPage?.timeoutMinutes;
    expect(before).toBe(60);
    d.device.execute('tenant.change', {
      change: { kind: 'esp.edit', settings: { timeoutMinutes: 120, allowReset: true, blockDeviceUse: false } },
    });
    d.device.execute('tenant.change', { change: { kind: 'licence.assign', upn: UPN } });
    expect(tenantOf(d).intune.policies.enrollmentStatusPage).toMatchObject({ timeoutMinutes: 120, allowReset: true });
    // Time passing is not a service call: the device still holds what enrollment did not yet tell it.
    d.skip();
    expect(d.device.state.setup.policies.enrollmentStatusPage?.timeoutMinutes).toBe(60);
    d.click('try-again');
    signIn(d);
    expect(d.device.state.account.joined).toBe(true);
    expect(d.device.state.setup.policies.enrollmentStatusPage).toMatchObject({
      timeoutMinutes: 120,
      allowReset: true,
      blockDeviceUse: false,
    });
  });

  it('profile edit: the device keeps the profile it downloaded until the next download (a restart in OOBE)', () => {
    const d = driveDevice(
      wiredContoso(4302, {
        users: [MEGAN],
        policies: { deploymentProfile: { name: 'Contoso', ...PRESET_LANGUAGE, userAccountType: 'standard' } },
      }),
    );
    d.until('branding-signin');
    expect(d.device.state.setup.policies.deploymentProfile?.userAccountType).toBe('standard');
    d.device.execute('tenant.change', {
      change: {
        kind: 'profile.edit',
        settings: { userAccountType: 'administrator', deviceNameTemplate: 'CON-%SERIAL%' },
      },
    });
    expect(tenantOf(d).intune.policies.deploymentProfile).toMatchObject({ userAccountType: 'administrator' });
    d.skip();
    expect(d.device.state.setup.policies.deploymentProfile?.userAccountType).toBe('standard');
    // Windows asks the Autopilot service again after every reboot (user-driven.md §1.1).
    d.device.execute('device.power', { action: 'restart' });
    d.until('branding-signin');
    expect(d.device.state.setup.policies.deploymentProfile).toMatchObject({
      userAccountType: 'administrator',
      deviceNameTemplate: 'CON-%SERIAL%',
    });
  });
});

describe('co-management settings edit (tenant.change comanagement.edit)', () => {
  it('edits the winning policy, keeps the rest, and names an unknown policy', async () => {
    const { Tenant } = await import('../../electron/cloud/tenant');
    const { createTenantState } = await import('../../electron/cloud/tenant-state');
    const { deviceSetupSchema } = await import('../../shared/device-setup');
    const setup = deviceSetupSchema.parse(
      wiredContoso(4303, {
        users: [MEGAN],
        policies: {
          coManagement: [
            { name: 'Pilot', priority: 2, commandLine: 'SMSSITECODE=PS1' },
            { name: 'All', priority: 1, commandLine: 'SMSSITECODE=PS1' },
          ],
        },
      }),
    );
    const tenant = new Tenant(createTenantState(setup, { serialNumber: 'SN-0001', hardwareHash: 'T0FLRQ' }));
    expect(tenant.change({ kind: 'comanagement.edit', settings: { autoInstallConfigMgrClient: false } })).toBe(
      'Intune: co-management settings "All" saved',
    );
    expect(tenant.state.intune.policies.coManagement).toMatchObject([
      { name: 'Pilot', autoInstallConfigMgrClient: true },
      { name: 'All', autoInstallConfigMgrClient: false, commandLine: 'SMSSITECODE=PS1' },
    ]);
    expect(() => tenant.change({ kind: 'comanagement.edit', policy: 'Nope', settings: {} })).toThrow(
      'Intune has no co-management settings policy "Nope".',
    );
  });
});

describe('hardware hash CSV import errors (errors.md C20, D18)', () => {
  it('an empty hash is InvalidZtdHardwareHash; a duplicate row is ZtdDeviceDuplicated and only the first is imported', async () => {
    const { Tenant } = await import('../../electron/cloud/tenant');
    const { createTenantState } = await import('../../electron/cloud/tenant-state');
    const { deviceSetupSchema } = await import('../../shared/device-setup');
    const setup = deviceSetupSchema.parse(wiredContoso(4304, { users: [MEGAN], policies: {} }));
    const tenant = new Tenant(createTenantState(setup, { serialNumber: 'SN-0001', hardwareHash: 'T0FLRQ' }));
    const header = 'Device Serial Number,Windows Product ID,Hardware Hash';
    expect(() => tenant.change({ kind: 'autopilot.import', csv: `${header}\nLAB-1,,\n` })).toThrow(
      'CSV line 2: InvalidZtdHardwareHash: a serial number and a hardware hash are required.',
    );
    expect(tenant.change({ kind: 'autopilot.import', csv: `${header}\nLAB-1,,QUFB\nLAB-1,,QUFB\nLAB-2,,QkJC\n` })).toBe(
      'Windows Autopilot: imported LAB-1, LAB-2; CSV line 3: ZtdDeviceDuplicated (LAB-1)',
    );
    expect(tenant.state.autopilot.devices.filter((d) => d.serialNumber === 'LAB-1')).toHaveLength(1);
  });
});
