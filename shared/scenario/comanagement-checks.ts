import type { ConfigManagerSetup } from './config-manager';
import type { CoManagementPolicy } from './policies';
import type { AutoEnrollSetup } from './auto-enroll';

/** A problem in a scenario's co-management blocks: where (JSON path) and what. */
export interface ComanagementProblem {
  path: (string | number)[];
  message: string;
}

/**
 * Cross-checks between the co-management policy, the site and the workload: the command line names
 * the CMG and site the tenant has (CCMHOSTNAME and SMSSITECODE are required, external-diagnostics.md §5.3),
 * and the Win32 app that installs the client exists.
 */
export function comanagementProblems(s: {
  tenant: { configManager?: ConfigManagerSetup };
  policies: { coManagement?: CoManagementPolicy | CoManagementPolicy[] };
  workload: { apps: { id: string }[] };
}): ComanagementProblem[] {
  const problems: ComanagementProblem[] = [];
  const site = s.tenant.configManager;
  const value = s.policies.coManagement;
  const list = value === undefined ? [] : Array.isArray(value) ? value : [value];
  list.forEach((policy, i) => {
    const path = ['policies', 'coManagement', ...(Array.isArray(value) ? [i] : []), 'commandLine'];
    if (!policy.autoInstallConfigMgrClient) return;
    if (!site) {
      problems.push({ path, message: 'the policy installs the client but tenant.configManager has no site' });
      return;
    }
    const text = policy.commandLine.toUpperCase();
    if (!/\bCCMHOSTNAME=/.test(text) || !/\bSMSSITECODE=/.test(text)) {
      problems.push({ path, message: 'the client command line needs CCMHOSTNAME and SMSSITECODE' });
    }
  });
  const appId = site?.clientWin32AppId;
  if (appId && !s.workload.apps.some((a) => a.id === appId)) {
    problems.push({
      path: ['tenant', 'configManager', 'clientWin32AppId'],
      message: `no app "${appId}" in workload.apps`,
    });
  }
  return problems;
}

/**
 * An auto-enrollment scenario needs what 002:14-23 assumes: a site, a device that starts domain
 * joined with its client, and a logged-on cloud user that the tenant has (other names are on-premises
 * users or the local administrator).
 */
export function autoEnrollProblems(s: {
  mode: string;
  autoEnroll?: AutoEnrollSetup | undefined;
  device: { existingState: string };
  tenant: { configManager?: ConfigManagerSetup; users: { upn: string }[] };
}): ComanagementProblem[] {
  const setup = s.autoEnroll;
  if (!setup) return [];
  const problems: ComanagementProblem[] = [];
  if (s.mode !== 'not-autopilot')
    problems.push({
      path: ['mode'],
      message: 'auto-enrollment starts at the desktop of an existing device: "not-autopilot"',
    });
  if (s.device.existingState !== 'domain-joined-configmgr')
    problems.push({
      path: ['device', 'existingState'],
      message:
        'auto-enrollment needs "domain-joined-configmgr" (a domain-joined device with a Configuration Manager client)',
    });
  if (!s.tenant.configManager)
    problems.push({ path: ['autoEnroll'], message: 'auto-enrollment needs tenant.configManager (the site)' });
  const name = setup.loggedOnUser;
  if (name.includes('@') && !s.tenant.users.some((u) => u.upn.toLowerCase() === name.toLowerCase()))
    problems.push({ path: ['autoEnroll', 'loggedOnUser'], message: `no user "${name}" in tenant.users` });
  return problems;
}
