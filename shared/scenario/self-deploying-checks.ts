/**
 * What a self-deploying profile can and cannot say (provisioning-modes.md §2.2, §2.5). Intune greys
 * out the locked settings of a self-deploying profile, so a scenario that sets them otherwise
 * describes a profile Intune cannot save: that is a problem. An assigned user is allowed in Intune
 * but ignored by the deployment (001:8911): that is a note `oobe-sim validate` prints.
 */

export interface SelfDeployingProblem {
  path: (string | number)[];
  message: string;
}

/** What the checks need from a scenario (structural, so this file does not import scenario.ts). */
interface ScenarioFacts {
  mode: string;
  registration: { assignedUser?: string | undefined };
  policies: {
    deploymentProfile?:
      | {
          deploymentMode: string;
          joinType: string;
          licenseTerms: string;
          privacySettings: string;
          hideChangeAccountOptions: string;
          userAccountType: string;
        }
      | undefined;
    kiosk?: unknown;
  };
}

/** The settings Intune locks for Self-Deploying, with the value it locks them to (001:8750–8755). */
const LOCKED = [
  { field: 'joinType', value: 'entra', label: 'Join to Microsoft Entra ID as', shown: 'Microsoft Entra joined' },
  { field: 'licenseTerms', value: 'hide', label: 'Microsoft Software License Terms', shown: 'Hide' },
  { field: 'privacySettings', value: 'hide', label: 'Privacy settings', shown: 'Hide' },
  { field: 'hideChangeAccountOptions', value: 'hide', label: 'Hide change account options', shown: 'Hide' },
  { field: 'userAccountType', value: 'standard', label: 'User account type', shown: 'Standard' },
] as const;

export function selfDeployingChecks(s: ScenarioFacts): {
  problems: SelfDeployingProblem[];
  notes: SelfDeployingProblem[];
} {
  const problems: SelfDeployingProblem[] = [];
  const notes: SelfDeployingProblem[] = [];
  const profile = s.policies.deploymentProfile;
  const selfDeploying = profile?.deploymentMode === 'self-deploying';
  if (s.mode === 'self-deploying' && !selfDeploying) {
    problems.push({
      path: ['policies', 'deploymentProfile', 'deploymentMode'],
      message: 'a "self-deploying" scenario needs a deployment profile whose deploymentMode is "self-deploying"',
    });
  }
  if (s.policies.kiosk !== undefined && !selfDeploying) {
    problems.push({
      path: ['policies', 'kiosk'],
      message:
        'kiosk autologon (KioskUser0) is simulated for self-deploying deployments only (001:11211–11213): set deploymentMode to "self-deploying"',
    });
  }
  if (!profile || !selfDeploying) return { problems, notes };
  for (const locked of LOCKED) {
    if (profile[locked.field] === locked.value) continue;
    const why =
      locked.field === 'joinType'
        ? 'self-deploying mode supports Microsoft Entra join only; Microsoft Entra hybrid join is not supported (001:11148, 001:8246)'
        : `Intune locks "${locked.label}" to ${locked.shown} for Self-Deploying profiles (001:8750–8755)`;
    problems.push({
      path: ['policies', 'deploymentProfile', locked.field],
      message: `"${profile[locked.field]}" is not possible: ${why}`,
    });
  }
  if (s.registration.assignedUser) {
    notes.push({
      path: ['registration', 'assignedUser'],
      message: `"${s.registration.assignedUser}" is ignored: a self-deploying deployment has no user affinity and Intune sets no primary user (001:8911, 001:11165)`,
    });
  }
  return { problems, notes };
}
