import type { DevicePreparationPolicy } from '../../../shared/scenario/policies';
import type { DeploymentPhase } from '../../../shared/report';
import type { DeviceState } from '../state';
import type { DevicePrepState, DevicePrepStep } from './dp-state';
import { DP_TIMINGS } from './dp-timings';

type App = DeviceState['setup']['workload']['apps'][number];
type Script = DeviceState['setup']['workload']['scripts'][number];

export function policyOf(state: DeviceState, dp: DevicePrepState): DevicePreparationPolicy {
  return state.setup.policies.devicePreparation[dp.policyIndex]!;
}

export function findApp(state: DeviceState, id: string): App | undefined {
  return state.setup.workload.apps.find((a) => a.id === id);
}

export function findScript(state: DeviceState, id: string): Script | undefined {
  return state.setup.workload.scripts.find((s) => s.id === id);
}

const FIRST_APPS = new Set(['lob', 'microsoft-365']);

/**
 * The steps in the documented order (device-preparation.md §1.3): join + enrollment, management
 * extension, removal from Administrators (Standard User), sync, LOB and Microsoft 365 apps,
 * PowerShell scripts, Win32 and Store apps. Apps keep the policy's order within their group.
 */
export function planSteps(state: DeviceState, policy: DevicePreparationPolicy): DevicePrepStep[] {
  const apps = policy.apps.map((id) => findApp(state, id)).filter((a): a is App => a !== undefined);
  const scripts = policy.scripts.map((id) => findScript(state, id)).filter((s): s is Script => s !== undefined);
  const steps: DevicePrepStep[] = [
    { kind: 'join', durationMs: DP_TIMINGS.joinMs },
    { kind: 'management-extension', durationMs: DP_TIMINGS.managementExtensionMs },
  ];
  if (policy.userAccountType === 'standard') steps.push({ kind: 'remove-admin', durationMs: DP_TIMINGS.removeAdminMs });
  steps.push({ kind: 'sync', durationMs: DP_TIMINGS.syncMs });
  for (const app of apps.filter((a) => FIRST_APPS.has(a.type)))
    steps.push({ kind: 'app', id: app.id, durationMs: app.durationMs });
  for (const script of scripts) steps.push({ kind: 'script', id: script.id, durationMs: script.durationMs });
  for (const app of apps.filter((a) => !FIRST_APPS.has(a.type)))
    steps.push({ kind: 'app', id: app.id, durationMs: app.durationMs });
  return steps;
}

/**
 * The report's "Phase" for a step (external-facts.md §5, DPREP): initial setup and LOB / Microsoft 365
 * apps are "Policy installation", scripts "Script installation", Win32 and Store apps "App installation".
 */
export function phaseOfStep(state: DeviceState, step: DevicePrepStep): DeploymentPhase {
  if (step.kind === 'script') return 'Script installation';
  if (step.kind === 'app') {
    const app = findApp(state, step.id);
    return app && FIRST_APPS.has(app.type) ? 'Policy installation' : 'App installation';
  }
  return 'Policy installation';
}

/** Item is assigned to the policy's device group (an item without explicit groups is assigned to it). */
function assignedToDeviceGroup(groups: string[] | undefined, policy: DevicePreparationPolicy): boolean {
  if (!groups) return true;
  return groups.some((g) => g.toLowerCase() === (policy.deviceGroup ?? '').toLowerCase());
}

/**
 * Why a selected app is reported "Skipped" instead of installed (device-preparation.md §4.3, K3, K4),
 * or null when it installs.
 */
export function appSkipReason(state: DeviceState, dp: DevicePrepState, app: App): string | null {
  const policy = policyOf(state, dp);
  if (!assignedToDeviceGroup(app.assignedGroups, policy))
    return `not assigned to the policy's device group "${policy.deviceGroup}"`;
  if (!app.applicable) return 'not applicable to this device';
  if (!dp.inDeviceGroup)
    return `the device is not a member of "${policy.deviceGroup}" (group membership update failed), so the group's apps are not delivered`;
  if (state.setup.tenant.managedInstaller === 'Active' && (app.type === 'win32' || app.type === 'store')) {
    return 'Managed installer is Active: Win32 and Microsoft Store apps are skipped during OOBE and install after the desktop (known issue)';
  }
  return null;
}

export function scriptSkipReason(state: DeviceState, dp: DevicePrepState, script: Script): string | null {
  const policy = policyOf(state, dp);
  if (!assignedToDeviceGroup(script.assignedGroups, policy))
    return `not assigned to the policy's device group "${policy.deviceGroup}"`;
  if (!dp.inDeviceGroup)
    return `the device is not a member of "${policy.deviceGroup}" (group membership update failed)`;
  return null;
}

/** The item fails on this attempt: outcome "failure" (for its first `failAttempts` attempts, if set). */
export function failsOnAttempt(item: { outcome: string; failAttempts?: number | undefined }, attempt: number): boolean {
  return item.outcome === 'failure' && (item.failAttempts === undefined || attempt <= item.failAttempts);
}
