import type { Plan, PlanNeed, PlanStep } from '../plan/plan-types';
import type { DevicePrepState, DevicePrepStep } from './dp-state';

/** Device preparation's one run in `state.plans`. */
export const DP_PLAN_ID = 'device-prep';

/** A step that waits for its route looks again after the page's lost-connection grace (oobe-ui.md §24). */
const DP_POLL_MS = 5_000;

const INTUNE: PlanNeed = {
  kind: 'endpoint',
  endpoint: 'enrollment.manage.microsoft.com',
  why: 'Intune cannot be reached',
};
const ENTRA = 'Microsoft Entra ID cannot be reached';

/**
 * What each step needs: the join talks to Entra ID's device registration, the agent install, the sync
 * and the scripts to Intune, an app's content comes from the internet; removing the local admin is local.
 */
function needsOf(step: DevicePrepStep): PlanNeed[] {
  switch (step.kind) {
    case 'join':
      return [
        { kind: 'endpoint', endpoint: 'login.microsoftonline.com', why: ENTRA },
        { kind: 'endpoint', endpoint: 'enterpriseregistration.windows.net', why: ENTRA },
        INTUNE,
      ];
    case 'management-extension':
    case 'sync':
    case 'script':
      return [INTUNE];
    case 'app':
      return [{ kind: 'internet' }];
    case 'remove-admin':
      return [];
    default:
      return step satisfies never;
  }
}

/**
 * The rest of the deployment (from dp.stepIndex) as a plan; a step's id is its index in dp.steps.
 * Outcomes are decided by the owner when a step reports back (dp-owner.ts), so every step "succeeds"
 * here; the policy's time budget is device preparation's own percentage clock (dp-engine.ts).
 */
export function devicePrepPlan(dp: DevicePrepState): Plan {
  const steps: PlanStep[] = dp.steps.slice(dp.stepIndex).map((step, i) => ({
    id: String(dp.stepIndex + i),
    name: step.kind === 'app' || step.kind === 'script' ? step.id : step.kind,
    duration: { kind: 'fixed', ms: step.durationMs },
    needs: needsOf(step),
    writes: [],
    outcome: { kind: 'success' },
    // An app's download keeps what it had (docs/FIDELITY.md); a request to a service is sent again.
    interrupted: step.kind === 'app' ? { kind: 'resume' } : { kind: 'restart' },
    onRestart: 'restart',
  }));
  return { id: DP_PLAN_ID, owner: 'device-prep', steps, pollMs: DP_POLL_MS };
}
