import { describe, expect, it } from 'vitest';
import { runLab } from '../../electron/core/lab/lab';
import { labFleet } from '../../electron/core/lab/lab-fleet';
import { runScenario } from '../../electron/core/scenario/runner';
import { loadBuiltin } from '../scenarios/builtin-library';

/**
 * The lab's devices share ONE tenant, fresh from the scenario for each run: each device has its
 * own serial number, Autopilot record and user, so the run itself trips no per-user limit.
 */
describe('a lab run shares one tenant among its devices', { timeout: 120_000 }, () => {
  it('5 devices of user-driven-entra: 5 serials, 5 Autopilot records, 5 joins and enrollments in one tenant, the same outcomes twice', async () => {
    const scenario = await loadBuiltin('user-driven-entra');
    const a = runLab(scenario, { devices: 5 });
    const serials = a.devices.map((d) => d.serialNumber);
    expect(new Set(serials).size).toBe(5);
    expect(a.devices.map((d) => d.upn)).toEqual([
      'megan@contoso.com',
      'megan-2@contoso.com',
      'megan-3@contoso.com',
      'megan-4@contoso.com',
      'megan-5@contoso.com',
    ]);
    expect(a.summary.counts).toEqual({ success: 5, failure: 0, incomplete: 0 });
    expect(a.tenant).toEqual({ autopilotRecords: 5, entraDeviceObjects: 5, intuneDevices: 5, users: 5 });
    // Deterministic: the same input gives the same devices, outcomes and tenant.
    expect(runLab(scenario, { devices: 5 })).toEqual(a);
  });

  it('device 1 is the scenario as written: the same end as a single run with its seed', async () => {
    const scenario = await loadBuiltin('user-driven-entra');
    const single = runScenario(scenario, { seed: 1 });
    const [first] = runLab(scenario, { devices: 2 }).devices;
    expect(first).toMatchObject({
      seed: 1,
      outcome: single.result.outcome,
      finalScreen: single.result.finalScreen,
      endMs: single.result.virtualDurationMs,
      serialNumber: single.device.state.identity.serialNumber,
    });
  });

  it("a user at Entra's device limit fails the same way on every device: the lab's own joins do not count against it", async () => {
    const scenario = await loadBuiltin('esp-device-limit');
    const lab = runLab(scenario, { devices: 4 });
    const ends = lab.devices.map((d) => [d.outcome, d.errorCode, d.finalScreen]);
    expect(new Set(ends.map((e) => JSON.stringify(e))).size).toBe(1);
  });

  it('a serial fixed by the scenario becomes <serial>-<n> on devices 2..N (at most 64 characters)', async () => {
    const base = await loadBuiltin('kiosk-autologon');
    const scenario = {
      ...base,
      device: { ...base.device, smbios: { ...base.device.smbios, serialNumber: '5CG1234XYZ' } },
    };
    const lab = runLab(scenario, { devices: 3 });
    expect(lab.devices.map((d) => d.serialNumber)).toEqual(['5CG1234XYZ', '5CG1234XYZ-2', '5CG1234XYZ-3']);
    expect(lab.tenant.autopilotRecords).toBe(3);
    const long = {
      ...base,
      device: { ...base.device, smbios: { ...base.device.smbios, serialNumber: 'S'.repeat(64) } },
    };
    const fleet = labFleet(long, [1, 2]);
    expect(fleet[1]!.device.smbios.serialNumber).toBe(`${'S'.repeat(62)}-2`);
  });
});
