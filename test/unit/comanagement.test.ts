import { describe, expect, it } from 'vitest';
import { readFile } from '../../electron/core/os/file-system';
import { parseClientCommandLine } from '../../electron/core/comgmt/command-line';
import { capabilitiesOf } from '../../electron/core/comgmt/capabilities';
import { configManagerSchema } from '../../shared/scenario/config-manager';
import type { DeviceSetupInput } from '../../shared/device-setup';
import { driveDevice, regData, signInToEntra, type DeviceDriver } from '../support/device-driver';
import { MEGAN, MINUTE, PASSWORD, PRESET_LANGUAGE, UPN, wiredContoso } from '../support/setups';

/**
 * Autopilot into co-management (device-model.md §12.1, seed 000): the ConfigMgr policy provider in
 * Device preparation, CCMSetup from Intune and the CMG, registration and policy, PROVISIONTS under
 * Apps, the two InstallationState keys read with `reg query` at the documented moments, the logs and
 * the Shell-Core events of the failures. Each test drives a real device through its ESP.
 */

const TRACKING = 'HKLM\\SOFTWARE\\Microsoft\\Windows\\Autopilot\\EnrollmentStatusTracking';
const PROVIDER = `${TRACKING}\\Device\\DevicePreparation\\PolicyProviders\\ConfigMgr`;
const TS_KEY = `${TRACKING}\\Device\\Setup\\Apps\\Tracking\\ConfigMgr\\Provisioning_TS`;
const MS_DM_SERVER = 'HKLM\\SOFTWARE\\Microsoft\\DeviceManageabilityCSP\\Provider\\MS DM Server';
const CMG = 'contoso.cloudapp.net/CCM_Proxy_MutualAuth/72186325152220500';
const CMD = `CCMSETUPCMD="CCMHOSTNAME=${CMG} SMSSITECODE=PRI AADTENANTID=607b7853-6f6f-4d5d-b3d4-811c33fdd49a`;
const SHELL_CORE = 'Microsoft-Windows-Shell-Core/Operational';

type Site = Record<string, unknown>;

function setup(opts: { ts?: boolean; site?: Site; hybrid?: boolean; policy?: Record<string, unknown> | null } = {}) {
  const site = {
    siteCode: 'PRI',
    cmgHostName: CMG,
    clientContentMb: 120,
    cmgMbps: 20,
    workloads: { 'compliance-policies': 'intune', 'client-apps': 'intune' },
    taskSequences: [
      {
        deploymentId: 'PRI20001',
        name: 'Contoso provisioning',
        steps: [
          { name: 'Apply branding', durationMs: MINUTE },
          { name: 'Restart Computer', durationMs: 15_000, restartAfter: true },
          { name: 'Configure BitLocker', durationMs: 2 * MINUTE },
        ],
      },
    ],
    ...opts.site,
  };
  const policy =
    opts.policy === null
      ? {}
      : {
          coManagement: {
            name: 'Contoso co-management',
            commandLine: `${CMD}${opts.ts ? ' PROVISIONTS=PRI20001' : ''}"`,
            ...opts.policy,
          },
        };
  return wiredContoso(4711, {
    users: [MEGAN],
    tenant: { configManager: site } as never,
    policies: {
      deploymentProfile: { name: 'Contoso co-managed', ...PRESET_LANGUAGE },
      enrollmentStatusPage: { name: 'Contoso ESP' },
      ...policy,
    },
    workload: { apps: [{ id: 'company-portal', name: 'Company Portal', type: 'store', durationMs: 4 * MINUTE }] },
  });
}

function atEsp(input: DeviceSetupInput): DeviceDriver {
  const d = driveDevice(input);
  signInToEntra(d, UPN, PASSWORD);
  d.until('esp');
  return d;
}

/** Fires timers until the timeline says `text` (bounded). */
function untilLine(d: DeviceDriver, text: string): void {
  for (let i = 0; !d.timeline.some((l) => l.includes(text)); i += 1) {
    if (i > 5000 || d.skip() === null) throw new Error(`never saw "${text}"`);
  }
}

const file = (d: DeviceDriver, path: string) => readFile(d.device.state.fs, path);

describe('the client command line', () => {
  it('reads CCMSETUPCMD="…" and the bare form alike', () => {
    const wrapped = parseClientCommandLine(`${CMD} PROVISIONTS=PRI20001"`);
    expect(wrapped).toMatchObject({ ccmHostName: CMG, siteCode: 'PRI', provisionTs: 'PRI20001' });
    expect(parseClientCommandLine(`CCMHOSTNAME=${CMG} SMSSITECODE=ABC`)).toMatchObject({
      siteCode: 'ABC',
      provisionTs: null,
    });
  });

  it('gives capabilities as the registry and the applet show them: 1 plus each Intune workload', () => {
    const site = configManagerSchema.parse({ siteCode: 'PRI', cmgHostName: CMG });
    expect(capabilitiesOf(site, false)).toBe(1);
    expect(
      capabilitiesOf(
        { ...site, workloads: { ...site.workloads, 'compliance-policies': 'intune', 'client-apps': 'intune' } },
        false,
      ),
    ).toBe(67);
    expect(capabilitiesOf(site, true)).toBe(255);
  });

  it('refuses a CMG address that is not <name>.cloudapp.net/CCM_Proxy_MutualAuth/<number>', () => {
    const result = configManagerSchema.safeParse({ siteCode: 'PRI', cmgHostName: 'https://cmg.contoso.com' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['cmgHostName']);
  });
});

describe('Autopilot into co-management', () => {
  it('waits on "Preparing your device for mobile management" while CCMSetup runs, with the provider at 1, then 3', () => {
    const d = atEsp(setup());
    untilLine(d, 'CCMSetup: Download CCMSetup.msi from Intune done');
    expect(regData(d.reg(PROVIDER, 'InstallationState'), 'InstallationState')).toBe('0x1');
    expect(regData(d.reg(MS_DM_SERVER, 'ConfigInfo'), 'ConfigInfo')).toBe('0x2');
    const esp = d.as('esp');
    expect(JSON.stringify(esp)).toContain('Preparing your device for mobile management');
    untilLine(d, 'ESP: Configuration Manager client done');
    expect(regData(d.reg(PROVIDER, 'InstallationState'), 'InstallationState')).toBe('0x3');
    expect(regData(d.reg('HKLM\\SOFTWARE\\Microsoft\\CCM', 'CoManagementFlags'), 'CoManagementFlags')).toBe('0x43');
    expect(file(d, 'C:\\Windows\\ccmsetup\\Logs\\ccmsetup.log')).toContain('CcmSetup is exiting with return code 0');
    expect(file(d, 'C:\\Windows\\CCM\\Logs\\CoManagementHandler.log')).toContain(
      "Merged value for 'CoManagementSettings_Capabilities' is '67'",
    );
    expect(file(d, 'C:\\Windows\\CCM\\Logs\\ClientIDManagerStartup.log')).toMatch(
      /\[RegTask\] - Client is registered\. Server assigned ClientID is GUID:[0-9A-F-]{36}\. Approval status 3/,
    );
    d.until('desktop');
    // The site knows the client now (the cloud side of the registration).
    const tenant = d.device.execute('tenant.state', {}).tenant as { configManager: { clients: unknown[] } };
    expect(tenant.configManager.clients).toHaveLength(1);
  });

  it('writes CMTrace lines: message, time, date, component', () => {
    const d = atEsp(setup());
    untilLine(d, 'ccmsetup: Command line');
    expect(file(d, 'C:\\Windows\\ccmsetup\\Logs\\ccmsetup.log')).toMatch(
      /^<!\[LOG\[Command line: .*\]LOG\]!><time="\d\d:\d\d:\d\d\.\d{3}\+000" date="\d\d-\d\d-\d{4}" component="ccmsetup" context="" type="1" thread="\d+" file="">\r\n$/,
    );
  });

  it('keeps Intune the authority when the policy overrides all workloads to Intune', () => {
    const d = atEsp(setup({ policy: { overrideUseIntuneForAllWorkloads: true } }));
    untilLine(d, 'ESP: Configuration Manager client done');
    expect(regData(d.reg(MS_DM_SERVER, 'ConfigInfo'), 'ConfigInfo')).toBe('0x1');
    expect(regData(d.reg('HKLM\\SOFTWARE\\Microsoft\\CCM', 'CoManagementFlags'), 'CoManagementFlags')).toBe('0xff');
  });

  it('marks the provider Not required (2) when auto-install is No, and installs nothing', () => {
    const d = atEsp(setup({ policy: { autoInstallConfigMgrClient: false } }));
    untilLine(d, 'ESP: Configuration Manager client done');
    expect(regData(d.reg(PROVIDER, 'InstallationState'), 'InstallationState')).toBe('0x2');
    expect(d.timeline.some((l) => l.startsWith('CCMSetup:'))).toBe(false);
  });

  it('picks the policy with the lowest priority number when several apply', () => {
    const input = setup();
    const policies = input.policies as Record<string, unknown>;
    policies.coManagement = [
      { name: 'Second', priority: 2, autoInstallConfigMgrClient: false, commandLine: '' },
      { name: 'First', priority: 1, commandLine: `${CMD}"` },
    ];
    const d = atEsp(input);
    untilLine(d, 'ESP: Configuration Manager client done');
    expect(regData(d.reg(PROVIDER, 'InstallationState'), 'InstallationState')).toBe('0x3');
  });

  it('times out with 0x800705b4 and the Shell-Core event when the CMG is slow; the provider stays at 1', () => {
    const d = atEsp(setup({ site: { clientContentMb: 900, cmgMbps: 1 } }));
    d.until('esp-error');
    expect(d.errors.at(-1)?.code).toBe('0x800705b4');
    expect(regData(d.reg(PROVIDER, 'InstallationState'), 'InstallationState')).toBe('0x1');
    const event = d.events(SHELL_CORE).find((r) => r.message.includes('PolicyProvidersInstallation_TimedOut'));
    expect(event?.message).toBe(
      `CloudExperienceHost Web App Event 2. Name: 'CommercialOOBE_ESPDevicePreparation_PolicyProvidersInstallation_TimedOut', Value: '{"message": "BootstrapStatus: Timed out waiting for all policy providers to provide a list of policies.","errorCode":2147943860}'.`,
    );
  });

  it('waits for an unreachable CMG and goes on when it comes back', () => {
    const d = atEsp(setup());
    d.fault({ kind: 'network.endpoint', endpoint: 'cloudapp.net', reachable: false });
    untilLine(d, 'Download the client content from the cloud management gateway is waiting');
    expect(d.timeline).toContain(
      'CCMSetup: Download the client content from the cloud management gateway is waiting: cloudapp.net cannot be reached',
    );
    d.fault({ kind: 'network.endpoint', endpoint: 'cloudapp.net', reachable: true });
    untilLine(d, 'ESP: Configuration Manager client done');
  });

  it('never registers with a PKI-only CMG: the ESP times out (000:107)', () => {
    const d = atEsp(setup({ site: { clientAuthentication: 'pki' } }));
    d.until('esp-error');
    expect(d.timeline).toContain(
      'CCMSetup: Register with the site is waiting: the CMG requires a PKI client certificate and the new client has none yet',
    );
    expect(d.errors.at(-1)?.code).toBe('0x800705b4');
  });
});

describe('the PROVISIONTS task sequence', () => {
  it('runs under Apps in Device setup, restarts, returns to the ESP; Provisioning_TS goes 1 → 2 → 3', () => {
    const d = atEsp(setup({ ts: true }));
    untilLine(d, 'TSManager: Task sequence PRI20001 (Contoso provisioning) started');
    expect(regData(d.reg(TS_KEY, 'InstallationState'), 'InstallationState')).toBe('0x2');
    // The provider key keeps its own meaning: 3 = Complete.
    expect(regData(d.reg(PROVIDER, 'InstallationState'), 'InstallationState')).toBe('0x3');
    untilLine(d, 'Restart Computer restarts the device');
    d.until('esp');
    untilLine(d, 'Task sequence PRI20001: complete');
    expect(regData(d.reg(TS_KEY, 'InstallationState'), 'InstallationState')).toBe('0x3');
    expect(file(d, 'C:\\Windows\\CCM\\Logs\\SMSTS\\smsts.log')).toContain('Instruction name: Configure BitLocker');
    d.until('signon');
  });

  it('fails Device setup for Apps with state 4 and the Shell-Core subcategory event', () => {
    const steps = [{ name: 'Install apps', durationMs: MINUTE, outcome: 'failure', errorCode: '0x80070002' }];
    const input = setup({ ts: true, site: { taskSequences: [{ deploymentId: 'PRI20001', name: 'TS', steps }] } });
    const d = atEsp(input);
    d.until('esp-error');
    expect(d.errors.at(-1)?.code).toBe('0x80070002');
    expect(regData(d.reg(TS_KEY, 'InstallationState'), 'InstallationState')).toBe('0x4');
    expect(d.events(SHELL_CORE).map((r) => r.message)).toContain(
      `CloudExperienceHost Web App Event 2. Name: 'CommercialOOBE_BootstrapStatusCategory_SubcategoryProcessing_Failed', Value: '{"message": "BootstrapStatus: Subcategory ID = DeviceSetup.AppsSubcategory; state = failed.","errorCode":0}'.`,
    );
    expect(file(d, 'C:\\Windows\\CCM\\Logs\\SMSTS\\smsts.log')).toContain(
      'Failed to run the action: Install apps. Error 0x80070002',
    );
  });
});

describe('a scenario with co-management', () => {
  it('names what is wrong and where: a command line without SMSSITECODE, a missing client app', async () => {
    const { validateScenario } = await import('../../shared/scenario/validate');
    const { readFileSync } = await import('node:fs');
    const json = JSON.parse(readFileSync('assets/scenarios/comanagement-no-policy-win11.json', 'utf8')) as {
      policies: Record<string, unknown>;
      tenant: { configManager: Record<string, unknown> };
    };
    json.policies.coManagement = { commandLine: `CCMSETUPCMD="CCMHOSTNAME=${CMG}"` };
    json.tenant.configManager.clientWin32AppId = 'nope';
    const result = validateScenario(json);
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/coManagement.*commandLine.*: the client command line needs CCMHOSTNAME and SMSSITECODE/),
        expect.stringMatching(/clientWin32AppId.*: no app "nope" in workload.apps/),
      ]),
    );
  });
});
