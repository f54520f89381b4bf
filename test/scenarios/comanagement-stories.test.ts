import { describe, expect, it } from 'vitest';
import { runScenario } from '../../electron/core/scenario/runner';
import { loadBuiltin } from './builtin-library';

/**
 * What the co-management built-ins teach, read on the device at their end with `reg query` (as
 * `oobe-sim exec <id> -- reg query …` does) and from the event log: the two InstallationState keys
 * keep their own meanings, the Shell-Core events appear only with their failures.
 */
const TRACKING = 'HKLM\\SOFTWARE\\Microsoft\\Windows\\Autopilot\\EnrollmentStatusTracking\\Device';
const PROVIDER = `${TRACKING}\\DevicePreparation\\PolicyProviders\\ConfigMgr`;
const TS = `${TRACKING}\\Setup\\Apps\\Tracking\\ConfigMgr\\Provisioning_TS`;
const MS_DM = 'HKLM\\SOFTWARE\\Microsoft\\DeviceManageabilityCSP\\Provider\\MS DM Server';

async function run(id: string) {
  const { device, result } = runScenario(await loadBuiltin(id));
  const value = (key: string, name: string): string | null => {
    const out = device.execute('shell.run', { line: `reg query "${key}" /v ${name}` });
    if (out.exitCode !== 0) return null;
    return /REG_\w+ {4}(\S+)/.exec(out.stdout)?.[1] ?? null;
  };
  const shellCore = device
    .execute('eventlog.read', { channel: 'Microsoft-Windows-Shell-Core/Operational' })
    .records.map((r) => r.message);
  return { result, value, shellCore };
}

describe('co-management stories', () => {
  it('comanagement-autopilot: provider Complete (3), authority Configuration Manager, no TS key', async () => {
    const { result, value, shellCore } = await run('comanagement-autopilot');
    expect(result.finalScreen).toBe('desktop');
    expect(value(PROVIDER, 'InstallationState')).toBe('0x3');
    expect(value(MS_DM, 'ConfigInfo')).toBe('0x2');
    expect(value(TS, 'InstallationState')).toBeNull();
    expect(shellCore).toEqual([]);
  });

  it('comanagement-autopilot-provisionts: Provisioning_TS Complete (3) after its restart', async () => {
    const { result, value } = await run('comanagement-autopilot-provisionts');
    expect(result.finalScreen).toBe('desktop');
    expect(value(TS, 'InstallationState')).toBe('0x3');
  });

  it('comanagement-ccmsetup-timeout: 0x800705b4, provider still 1, the TimedOut event', async () => {
    const { result, value, shellCore } = await run('comanagement-ccmsetup-timeout');
    expect(result.errors.at(-1)?.code).toBe('0x800705b4');
    expect(value(PROVIDER, 'InstallationState')).toBe('0x1');
    expect(shellCore.join('\n')).toContain('CommercialOOBE_ESPDevicePreparation_PolicyProvidersInstallation_TimedOut');
  });

  it('comanagement-ts-failure: Provisioning_TS Error (4), provider Complete (3), the Apps subcategory event', async () => {
    const { value, shellCore } = await run('comanagement-ts-failure');
    expect(value(TS, 'InstallationState')).toBe('0x4');
    expect(value(PROVIDER, 'InstallationState')).toBe('0x3');
    expect(shellCore.join('\n')).toContain('Subcategory ID = DeviceSetup.AppsSubcategory; state = failed.');
  });

  it('comanagement-hybrid-timeout: the ESP times out with the provider at 1', async () => {
    const { result, value } = await run('comanagement-hybrid-timeout');
    expect(result.errors.at(-1)?.code).toBe('0x800705b4');
    expect(value(PROVIDER, 'InstallationState')).toBe('0x1');
  });

  it('comanagement-no-policy-win11: no ConfigMgr provider, no ConfigInfo 2', async () => {
    const { result, value } = await run('comanagement-no-policy-win11');
    expect(result.finalScreen).toBe('desktop');
    expect(value(PROVIDER, 'InstallationState')).toBeNull();
    expect(value(MS_DM, 'ConfigInfo')).not.toBe('0x2');
  });
});
