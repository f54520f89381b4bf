import { describe, expect, it } from 'vitest';
import { Tenant } from '../../electron/cloud/tenant';
import type { TenantState } from '../../electron/cloud/tenant-state';
import { deviceSetupSchema, type DeviceSetupInput } from '../../shared/device-setup';
import { ENROLLMENT_STRINGS } from '../../shared/strings-enrollment';
import { OOBE_STRINGS } from '../../shared/strings';
import { driveDevice, signInToEntra } from '../support/device-driver';
import { MEGAN, PASSWORD, PRESET_LANGUAGE, UPN, wiredContoso } from '../support/setups';

/**
 * Devices and their tenant: an admin's change lands in the tenant at once and the device meets it
 * at its own next request (a retry), never earlier; several devices share one tenant.
 */

type User = typeof MEGAN & { joinedDevices?: number; licensed?: boolean };

function setup(seed: number, user: Partial<User> = {}, more: Partial<DeviceSetupInput> = {}): DeviceSetupInput {
  return wiredContoso(
    seed,
    {
      users: [{ ...MEGAN, ...user }],
      policies: { deploymentProfile: { name: 'Contoso wired', ...PRESET_LANGUAGE } },
    },
    more,
  );
}

const tenantState = (d: ReturnType<typeof driveDevice>) => d.device.execute('tenant.state', {}).tenant as TenantState;

/** Signs in, waits for the answer of Entra ID and Intune, and returns the screen. */
function signIn(d: ReturnType<typeof driveDevice>) {
  signInToEntra(d, UPN, PASSWORD);
  // Until Entra ID and Intune have answered: the refusal page, or the device is joined.
  for (let i = 0; i < 1000 && d.view().id !== 'something-went-wrong' && !d.device.state.account.joined; i += 1) {
    if (d.skip() === null) break;
  }
  return d.view();
}

describe('a tenant change reaches the device at its next request', () => {
  it('no licence (80180018 event, terms-of-use page): the licence assigned, "Try again" enrolls', () => {
    const d = driveDevice(setup(4101, { licensed: false }));
    expect(signIn(d)).toMatchObject({ id: 'something-went-wrong', message: ENROLLMENT_STRINGS.error.mdmTermsOfUse });
    const result = d.device.execute('tenant.change', { change: { kind: 'licence.assign', upn: UPN } });
    expect(result.message).toBe(`${UPN}: Intune licence assigned`);
    // Landed in the tenant, not yet seen by the device: its view still says unlicensed.
    expect(tenantState(d).entra.directory.users[0]!.licensed).toBe(true);
    expect(d.device.state.setup.tenant.users[0]!.licensed).toBe(false);
    expect(d.view().id).toBe('something-went-wrong');
    d.click('try-again');
    expect(signIn(d).id).not.toBe('something-went-wrong');
    expect(d.device.state.account.joined).toBe(true);
  });

  it('"another organization": the record deleted and imported into this tenant, Next goes on', () => {
    const d = driveDevice(setup(4102, {}, { registration: { tenant: 'other' } }));
    d.until('branding-signin');
    d.type('username', UPN);
    d.click('next');
    expect(d.view()).toMatchObject({ id: 'branding-signin', error: OOBE_STRINGS.signIn.otherTenant });
    const serial = d.device.state.identity.serialNumber;
    d.device.execute('tenant.change', { change: { kind: 'autopilot.delete-record', serialNumber: serial } });
    d.device.execute('tenant.change', {
      change: {
        kind: 'autopilot.import',
        csv: `Device Serial Number,Windows Product ID,Hardware Hash\n${serial},,${d.device.state.identity.hardwareHash}\n`,
      },
    });
    d.click('next');
    expect(d.view().id).toBe('password');
  });

  it('a bad change is refused with its reason and changes nothing', () => {
    const d = driveDevice(setup(4103));
    expect(() =>
      d.device.execute('tenant.change', { change: { kind: 'licence.assign', upn: 'x@contoso.com' } }),
    ).toThrow('Microsoft Entra ID has no user "x@contoso.com".');
  });
});

describe('several devices share one tenant', () => {
  it("the same user's devices count toward one device limit; a deleted device object frees the slot for both", () => {
    const first = setup(4201, { joinedDevices: 49 });
    const tenant = Tenant.fromSetup(deviceSetupSchema.parse(first), { serialNumber: 'unused', hardwareHash: '' });
    const a = driveDevice(first, { tenant });
    const b = driveDevice(setup(4202, { joinedDevices: 49 }), { tenant });
    const serialA = a.device.state.identity.serialNumber;
    expect(serialA).not.toBe(b.device.state.identity.serialNumber);
    expect(tenant.state.autopilot.devices.map((r) => r.serialNumber)).toContain(b.device.state.identity.serialNumber);

    expect(signIn(a).id).not.toBe('something-went-wrong');
    expect(tenant.state.entra.deviceObjects).toEqual([{ serialNumber: serialA, upn: UPN }]);
    expect(signIn(b)).toMatchObject({ id: 'something-went-wrong', code: '801c0003' });

    // The admin deletes device A's object from device B's session: the tenant is one.
    b.device.execute('tenant.change', { change: { kind: 'entra.delete-device', serialNumber: serialA } });
    expect(tenantState(a).entra.deviceObjects).toEqual([]);
    b.click('try-again');
    expect(signIn(b).id).not.toBe('something-went-wrong');
    expect(tenant.state.entra.deviceObjects.map((o) => o.serialNumber)).toEqual([b.device.state.identity.serialNumber]);
  });

  it('a deleted Autopilot record is gone for every device of the tenant', () => {
    const first = setup(4301);
    const a = driveDevice(first);
    const b = driveDevice(setup(4302), { tenant: a.device.tenant });
    a.device.execute('tenant.change', {
      change: { kind: 'autopilot.delete-record', serialNumber: b.device.state.identity.serialNumber },
    });
    expect(tenantState(b).autopilot.devices.map((r) => r.serialNumber)).toEqual([a.device.state.identity.serialNumber]);
  });
});
