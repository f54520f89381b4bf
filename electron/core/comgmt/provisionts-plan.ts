import type { TaskSequenceDeployment } from '../../../shared/scenario/config-manager';
import type { Plan } from '../plan/plan-types';

export const PROVISIONTS_PLAN = 'provisionts';

/**
 * The PROVISIONTS task sequence during ESP Device setup (000:49-57): the deployment's steps in
 * order, each its scenario time; a failing step fails the sequence with its code; a "Restart
 * Computer" step restarts the device and the sequence goes on with the next step after the boot.
 * No timeout of its own: the ESP's page timer is the budget (000:225-232).
 */
export function provisionTsPlan(ts: TaskSequenceDeployment): Plan {
  return {
    id: PROVISIONTS_PLAN,
    owner: PROVISIONTS_PLAN,
    pollMs: 60_000,
    label: `Task sequence ${ts.deploymentId}: `,
    steps: ts.steps.map((s, index) => ({
      id: `step-${index + 1}`,
      name: s.name,
      duration: { kind: 'fixed', ms: s.durationMs },
      needs: [],
      writes: [],
      outcome:
        s.outcome === 'failure'
          ? { kind: 'failure', code: s.errorCode, reason: `the step "${s.name}" failed` }
          : { kind: 'success' },
      interrupted: { kind: 'resume' },
      // A restart in the middle of a step runs the step again (the task sequence engine resumes at the step).
      onRestart: 'restart',
    })),
  };
}
