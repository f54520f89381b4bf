import type { ConfigManagerSetup } from './config-manager';
import type { CoManagementPolicy } from './policies';

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
