import { describe, expect, it } from 'vitest';
import { applyScenarioToTenant, retireDevice } from '../../electron/cloud/apply-scenario';
import { createTenantState, type TenantState } from '../../electron/cloud/tenant-state';
import { userSchema } from '../../shared/scenario/tenant';
import { deviceSetupSchema, type DeviceSetupInput } from '../../shared/device-setup';
import { MEGAN, PRESET_LANGUAGE, wiredContoso } from '../support/setups';

/**
 * A scenario loaded into a tenant other devices share (one tenant per app instance): what the
 * scenario defines wins by identity, the rest of the organization stays as it was.
 */

const parse = (input: DeviceSetupInput) => deviceSetupSchema.parse(input);
const first = parse(
  wiredContoso(1, {
    users: [MEGAN],
    policies: {
      deploymentProfile: { name: 'Class profile', ...PRESET_LANGUAGE },
      enrollmentStatusPage: { timeoutMinutes: 60 },
    },
  }),
);
const exercise = parse(
  wiredContoso(
    2,
    {
      users: [
        { ...MEGAN, licensed: false },
        { upn: 'alex@contoso.com', password: 'x' },
      ],
      tenant: { deviceJoinLimit: 20, groups: [{ name: 'Autopilot devices', kind: 'device' }] },
      policies: { deploymentProfile: { name: 'Exercise profile' }, enrollmentStatusPage: { timeoutMinutes: 15 } },
    },
    { registration: { groupTag: 'exercise' } },
  ),
);
const A = { serialNumber: 'SERIAL-A', hardwareHash: 'hash-a' };
const B = { serialNumber: 'SERIAL-B', hardwareHash: 'hash-b' };

function classTenant(): TenantState {
  const state = createTenantState(first, A);
  // What happened in the class before the load: an admin added a user, device A joined and enrolled.
  state.entra.directory.users.push(userSchema.parse({ ...MEGAN, upn: 'admin-added@contoso.com' }));
  state.entra.deviceObjects.push({ serialNumber: 'SERIAL-A', upn: MEGAN.upn });
  state.intune.managedDevices.push({ serialNumber: 'SERIAL-A', upn: MEGAN.upn });
  return state;
}

describe('applyScenarioToTenant', () => {
  it("a user an admin added survives; the scenario's users win by UPN and new ones are added", () => {
    const state = classTenant();
    applyScenarioToTenant(state, exercise, B);
    const users = state.entra.directory.users.map((u) => [u.upn, u.licensed]);
    expect(users).toEqual([
      ['megan@contoso.com', false],
      ['admin-added@contoso.com', true],
      ['alex@contoso.com', true],
    ]);
    expect(state.entra.directory.groups.map((g) => g.name)).toEqual(['Autopilot devices']);
    expect(state.entra.directory.deviceJoinLimit).toBe(20);
  });

  it("the scenario's ESP timeout and profile replace the tenant's (its policies block is its deployment design)", () => {
    const state = classTenant();
    applyScenarioToTenant(state, exercise, B);
    expect(state.intune.policies.enrollmentStatusPage?.timeoutMinutes).toBe(15);
    expect(state.intune.policies.deploymentProfile?.name).toBe('Exercise profile');
  });

  it("a second device's Entra device object and Intune record survive a scenario load on another device", () => {
    const state = classTenant();
    applyScenarioToTenant(state, exercise, B);
    expect(state.entra.deviceObjects).toEqual([{ serialNumber: 'SERIAL-A', upn: MEGAN.upn }]);
    expect(state.intune.managedDevices).toEqual([{ serialNumber: 'SERIAL-A', upn: MEGAN.upn }]);
  });

  it('Autopilot records by serial number: the loaded device gets the scenario’s, the other keeps its own', () => {
    const state = classTenant();
    applyScenarioToTenant(state, exercise, B);
    expect(state.autopilot.devices.map((d) => [d.serialNumber, d.registration.groupTag ?? null])).toEqual([
      ['SERIAL-A', null],
      ['SERIAL-B', 'exercise'],
    ]);
    // Loaded again on the same serial: replaced, not doubled; "not registered" removes it.
    applyScenarioToTenant(state, exercise, B);
    expect(state.autopilot.devices).toHaveLength(2);
    applyScenarioToTenant(state, parse({ ...exercise, registration: { registered: false } }), B);
    expect(state.autopilot.devices.map((d) => d.serialNumber)).toEqual(['SERIAL-A']);
  });

  it("a device that left the app takes its Entra and Intune records along, not other devices' nor its Autopilot record", () => {
    const state = classTenant();
    applyScenarioToTenant(state, exercise, B);
    state.entra.deviceObjects.push({ serialNumber: 'SERIAL-B', upn: 'alex@contoso.com' });
    retireDevice(state, 'SERIAL-A');
    expect(state.entra.deviceObjects.map((o) => o.serialNumber)).toEqual(['SERIAL-B']);
    expect(state.intune.managedDevices).toEqual([]);
    expect(state.autopilot.devices.map((d) => d.serialNumber)).toEqual(['SERIAL-A', 'SERIAL-B']);
  });
});
