import { describe, expect, it } from 'vitest';
import { createDevice, type Device } from '../../electron/core/device';
import { runScenario } from '../../electron/core/scenario/runner';
import { scenarioBody } from '../../shared/scenario/scenario';
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
  return readings(device, result);
}

/** The same device `ms` of virtual time after power-on, before its script acts (the state a trainee finds first). */
async function runFor(id: string, ms: number) {
  const device = createDevice(scenarioBody(await loadBuiltin(id)));
  device.execute('clock.advance', { ms });
  return readings(device, null);
}

function readings<R>(device: Device, result: R) {
  const value = (key: string, name: string): string | null => {
    const out = device.execute('shell.run', { line: `reg query "${key}" /v ${name}` });
    if (out.exitCode !== 0) return null;
    return /REG_\w+ {4}(\S+)/.exec(out.stdout)?.[1] ?? null;
  };
  const shellCore = device
    .execute('eventlog.read', { channel: 'Microsoft-Windows-Shell-Core/Operational' })
    .records.map((r) => r.message);
  const records = (channel: string) =>
    device.execute('eventlog.read', { channel }).records.map((r) => `${r.eventId} ${r.message}`);
  const type = (path: string) => device.execute('shell.run', { line: `type ${path}` }).stdout;
  const shell = (line: string) => device.execute('shell.run', { line }).stdout;
  const applet = () => {
    const view = device.execute('device.snapshot', {}).screen;
    return view.id === 'desktop' ? (view.configMgrClient ?? null) : null;
  };
  return { result, value, shellCore, records, type, shell, applet };
}

/** Seed 002's auto-enrollment evidence: the Enrollments key, the MDM events, CoManagementHandler.log, the applet. */
const MDM_ADMIN = 'Microsoft-Windows-DeviceManagement-Enterprise-Diagnostics-Provider/Admin';
const HANDLER_LOG = 'C:\\Windows\\CCM\\Logs\\CoManagementHandler.log';
const CCM = 'HKLM\\SOFTWARE\\Microsoft\\CCM';
const ENROLLMENTS = 'reg query HKLM\\SOFTWARE\\Microsoft\\Enrollments /s';

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

  it('comanagement-auto-enroll: Disabled and 1 before; enrolled by FooUser with events 75/72; 3 after Compliance moves', async () => {
    const before = await runFor('comanagement-auto-enroll', 100_000);
    expect(before.applet()).toMatchObject({ coManagement: 'Disabled', capabilities: 1 });
    expect(before.type(HANDLER_LOG)).toContain('Device is not MDM enrolled yet. All workloads are managed by SCCM.');
    expect(before.records(MDM_ADMIN)).toEqual([]);

    const { result, value, records, type, shell, applet } = await run('comanagement-auto-enroll');
    expect(result.finalScreen).toBe('desktop');
    const events = records(MDM_ADMIN);
    expect(events).toContain('75 Auto MDM Enroll: Device Credential (0x0), Succeeded');
    expect(events).toContain('72 MDM Enroll: Succeeded');
    expect(events.some((e) => e.startsWith('76 '))).toBe(false);
    // 002:81: the key names FooUser, not the user's UPN; Intune's provider, MDM enrolled (6).
    const enrollments = shell(ENROLLMENTS);
    expect(enrollments).toMatch(/UPN {4}REG_SZ {4}FooUser@contoso\.com/);
    expect(enrollments).not.toContain('megan@contoso.com');
    expect(enrollments).toContain('ProviderID    REG_SZ    MS DM Server');
    expect(enrollments).toContain('EnrollmentType    REG_DWORD    0x6');
    const log = type(HANDLER_LOG);
    expect(log).toMatch(/Received new co-management policy ScopeId_[0-9A-F-]+\/ConfigurationPolicy_[0-9a-f-]+/);
    expect(log).toContain('MDM enrollment succeeded');
    expect(log).toContain("New merged workloadflags value with co-management max capabilities '4095' is '3'");
    expect(value(CCM, 'CoManagementFlags')).toBe('0x3');
    expect(applet()).toMatchObject({ coManagement: 'Enabled', capabilities: 3 });
  });

  it('comanagement-auto-enroll-unlicensed: 3 tries fail with 0x80180018, then the device enrolls userless', async () => {
    const { result, value, records, type, shell, applet } = await run('comanagement-auto-enroll-unlicensed');
    expect(result.finalScreen).toBe('desktop');
    const events = records(MDM_ADMIN);
    const failures = events.filter((e) => e === '76 Auto MDM Enroll: Device Credential (0x0), Failed (0x80180018)');
    expect(failures).toHaveLength(3);
    expect(events).toContain('75 Auto MDM Enroll: Device Credential (0x1), Succeeded');
    const log = type(HANDLER_LOG);
    expect(log.split('License of user is in bad state blocking enrollment').length - 1).toBe(3);
    expect(log).toContain('Enrolling device to MDM... Try #3 out of 3');
    expect(log).toContain('Enrolling device with RegisterDeviceWithManagementUsingAADDeviceCredentials');
    // Userless: the Enrollments key names no user at all (002:114).
    const enrollments = shell(ENROLLMENTS);
    expect(enrollments).toContain('EnrollmentType    REG_DWORD    0x6');
    expect(enrollments).not.toMatch(/UPN {4}REG_SZ/);
    expect(value(CCM, 'CoManagementFlags')).toBe('0x1');
    expect(applet()).toMatchObject({ coManagement: 'Enabled', capabilities: 1 });
  });
});
