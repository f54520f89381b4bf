import type { Plan, PlanStep } from '../plan/plan-types';

export const CCMSETUP_PLAN = 'ccmsetup';

/** Step ids the owner (ccmsetup-owner.ts) reacts to. */
export const CCMSETUP_STEPS = {
  msi: 'download-ccmsetup-msi',
  run: 'run-ccmsetup',
  content: 'download-client-content',
  install: 'install-client',
  register: 'register-with-site',
  policy: 'request-policy',
} as const;

/**
 * Placeholder for the client content download: the real time is the CMG's answer (size ÷ speed),
 * set by the owner when the CMG answers, before the step's timer starts.
 */
const CONTENT_UNTIL_ANSWER_MS = 1;

function step(partial: Omit<PlanStep, 'writes' | 'outcome' | 'onRestart'> & Partial<PlanStep>): PlanStep {
  return { writes: [], outcome: { kind: 'success' }, onRestart: 'restart', ...partial };
}

/**
 * CCMSetup during ESP Device preparation (000:41-47): CCMSetup.msi from Intune, ccmsetup run with
 * the admin's command line, the full client from the CMG, the install, registration with the site
 * through the CMG and the first policy request. Durations other than the content download are
 * choices ([INF], docs/FIDELITY.md). No timeout of its own: the ESP's page timer is the budget.
 */
export function ccmsetupPlan(): Plan {
  return {
    id: CCMSETUP_PLAN,
    owner: CCMSETUP_PLAN,
    pollMs: 60_000,
    label: 'CCMSetup: ',
    steps: [
      step({
        id: CCMSETUP_STEPS.msi,
        name: 'Download CCMSetup.msi from Intune',
        duration: { kind: 'random', minMs: 15_000, maxMs: 45_000 },
        needs: [{ kind: 'endpoint', endpoint: 'enrollment.manage.microsoft.com' }],
        interrupted: { kind: 'resume' },
      }),
      step({
        id: CCMSETUP_STEPS.run,
        name: 'Run CCMSetup with the command line',
        duration: { kind: 'fixed', ms: 20_000 },
        needs: [],
        interrupted: { kind: 'resume' },
      }),
      step({
        id: CCMSETUP_STEPS.content,
        name: 'Download the client content from the cloud management gateway',
        duration: { kind: 'fixed', ms: CONTENT_UNTIL_ANSWER_MS },
        needs: [{ kind: 'endpoint', endpoint: 'cloudapp.net' }],
        interrupted: { kind: 'resume' },
        onRestart: 'resume',
      }),
      step({
        id: CCMSETUP_STEPS.install,
        name: 'Install the Configuration Manager client',
        duration: { kind: 'random', minMs: 180_000, maxMs: 300_000 },
        needs: [],
        interrupted: { kind: 'resume' },
      }),
      step({
        id: CCMSETUP_STEPS.register,
        name: 'Register with the site',
        duration: { kind: 'fixed', ms: 30_000 },
        needs: [{ kind: 'endpoint', endpoint: 'cloudapp.net' }],
        interrupted: { kind: 'restart' },
      }),
      step({
        id: CCMSETUP_STEPS.policy,
        name: 'Request policy',
        duration: { kind: 'fixed', ms: 45_000 },
        needs: [{ kind: 'endpoint', endpoint: 'cloudapp.net' }],
        interrupted: { kind: 'restart' },
      }),
    ],
  };
}
