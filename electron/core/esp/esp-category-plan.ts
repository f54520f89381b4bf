import type { PlanNeed, PlanStep } from '../plan/plan-types';
import type { Plan } from '../plan/plan-types';
import { TIMINGS } from '../oobe/timings';
import type { EspCategory, EspItem, EspItemId, EspWork } from './esp-state';

/** The ESP's one run in `state.plans`: the category on screen (one category works at a time). */
export const ESP_PLAN_ID = 'esp';

/** ERROR_INSTALL_FAILURE, for a failing app whose scenario gives no code. */
export const DEFAULT_FAILURE_CODE = '0x80070643';

const INTUNE: PlanNeed = {
  kind: 'endpoint',
  endpoint: 'enrollment.manage.microsoft.com',
  why: 'Intune cannot be reached',
};
const ENTRA_REGISTRATION = 'Microsoft Entra device registration cannot be reached';

/**
 * What a tracked step needs to make progress. Policies and profiles come from Intune's MDM channel;
 * app content comes from the internet (Intune's content delivery network), so losing the internet
 * holds an app's download where it was. The device's own steps talk to the service they join or
 * enroll with. TPM attestation decides at its start what the attestation service lets it do
 * (esp-attestation.ts), and the offline domain join's routes are its owner's blockers (esp-blockers.ts).
 */
function needsOf(itemId: EspItemId, work: EspWork): PlanNeed[] {
  if (work.ref === 'device-join') {
    return [
      { kind: 'endpoint', endpoint: 'enterpriseregistration.windows.net', why: ENTRA_REGISTRATION },
      { kind: 'endpoint', endpoint: 'login.microsoftonline.com', why: ENTRA_REGISTRATION },
    ];
  }
  if (work.ref === 'mdm-enroll' || work.ref === 'ime') return [INTUNE];
  switch (itemId) {
    case 'policies':
    case 'certificates':
    case 'network':
      return [INTUNE];
    case 'apps':
      return [{ kind: 'internet' }];
    case 'tpm':
    case 'aadj':
    case 'mdm':
    case 'prepare-mdm':
      return [];
    default:
      return itemId satisfies never;
  }
}

/** A step's id names its item and its index there: "apps/3". */
export function stepIdOf(item: EspItem, index: number): string {
  return `${item.id}/${index}`;
}

export function parseStepId(id: string): { itemId: string; index: number } {
  const slash = id.lastIndexOf('/');
  return { itemId: id.slice(0, slash), index: Number(id.slice(slash + 1)) };
}

function stepOf(item: EspItem, work: EspWork, index: number): PlanStep {
  const outcome: PlanStep['outcome'] =
    work.outcome === 'success'
      ? { kind: 'success' }
      : work.outcome === 'hang'
        ? { kind: 'hang' }
        : { kind: 'failure', code: work.errorCode ?? DEFAULT_FAILURE_CODE, reason: `${work.name} failed` };
  return {
    id: stepIdOf(item, index),
    name: work.name,
    duration: { kind: 'fixed', ms: work.durationMs },
    needs: needsOf(item.id, work),
    writes: [],
    outcome,
    // An app's download keeps what it has (Delivery Optimization resumes: docs/FIDELITY.md); a policy
    // or profile request is asked again, and so is a device step's request.
    interrupted: item.id === 'apps' ? { kind: 'resume' } : { kind: 'restart' },
    // After a restart the ESP starts the step it was on over (it re-checks what is installed).
    onRestart: 'restart',
  };
}

/**
 * The running category as a plan: every tracked step not done yet, item by item, in order. The
 * runner stays silent (no label): the ESP's owner (esp-owner.ts) writes the lines the ESP writes.
 * The page's time budget is the ESP's own timer (one budget for every category of a page session).
 */
export function espCategoryPlan(cat: EspCategory): Plan {
  const steps: PlanStep[] = [];
  for (const item of cat.items) {
    if (item.state === 'complete' || item.state === 'not-required') continue;
    item.works.forEach((work, index) => {
      if (work.state !== 'done') steps.push(stepOf(item, work, index));
    });
  }
  return { id: ESP_PLAN_ID, owner: 'esp', steps, pollMs: TIMINGS.espPollMs };
}
