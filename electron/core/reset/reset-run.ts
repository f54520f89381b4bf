import type { ResetErrorReason, ResetStepId } from '../../../shared/views/reset-views';
import { RESET_STRINGS } from '../../../shared/strings-reset';
import { cancelWhere } from '../clock/virtual-clock';
import { deviceTimeIso, showError, showPage, timeline, type Ctx } from '../context';
import type { PlanOwner } from '../plan/plan-owner';
import { startPlan } from '../plan/plan-runner';
import { isHybrid } from '../enrollment/users';
import { appendFile } from '../os/file-system';
import { restart } from '../power';
import { finishReset } from './reset-finish';
import { applyProvisioningPackages, migrateKeptItems, removeUserData } from './reset-effects';
import { ensureUserProfile } from './user-profile';
import { RESET_TIMINGS } from './reset-timings';

/**
 * Push-button reset's log (outside the seeds: Windows writes its reset logs under C:\$SysReset\Logs).
 * The seeds only say the error "is reported in the logs" (001:11357); docs/FIDELITY.md records the choice.
 */
export const RESET_LOG = 'C:\\$SysReset\\Logs\\setupact.log';

const STEP_MS: Record<ResetStepId, number> = {
  prepare: RESET_TIMINGS.prepareMs,
  rebuild: RESET_TIMINGS.rebuildMs,
  migrate: RESET_TIMINGS.migrateMs,
  clean: RESET_TIMINGS.cleanMs,
  provision: RESET_TIMINGS.provisionMs,
};

function progressPage(ctx: Ctx): void {
  showPage(ctx, { id: 'autopilot-reset', stage: 'progress', username: '', password: '', error: null });
}

/** The reset's steps in order; a restart between two of them starts a new run from the next one. */
const STEP_ORDER: readonly ResetStepId[] = ['prepare', 'rebuild', 'migrate', 'clean', 'provision'];

/** Autopilot Reset's one run in `state.plans`. */
export const RESET_PLAN_ID = 'autopilot-reset';

/** Runs the reset from `step` on the plan runner; the steps are local work (no routes). */
function runStep(ctx: Ctx, step: ResetStepId): void {
  startPlan(ctx, {
    id: RESET_PLAN_ID,
    owner: 'autopilot-reset',
    pollMs: 60_000,
    steps: STEP_ORDER.slice(STEP_ORDER.indexOf(step)).map((id) => ({
      id,
      name: RESET_STRINGS.progress.steps[id],
      duration: { kind: 'fixed', ms: STEP_MS[id] },
      needs: [],
      writes: [],
      outcome: { kind: 'success' },
      interrupted: { kind: 'resume' },
      onRestart: 'restart',
    })),
  });
}

/** What the reset does at each point of its plan (registered as 'autopilot-reset'). */
export const RESET_OWNER: PlanOwner<Ctx> = {
  started(ctx, _run, step) {
    const running = ctx.state.reset.running;
    if (!running) return;
    running.step = step.id as ResetStepId;
    progressPage(ctx);
    timeline(ctx, 'update', `Autopilot Reset: ${step.name}`);
  },
  stepDone(ctx, _run, step) {
    return onResetStepDone(ctx, step.id as ResetStepId);
  },
};

/**
 * Starts a reset (local after the administrator signed in, remote at the check-in): the signed-in
 * user is signed out, and the WinRE check runs before anything is touched (001:11355–11357).
 */
export function startReset(ctx: Ctx, kind: 'local' | 'remote'): void {
  const { state } = ctx;
  ensureUserProfile(ctx);
  // A local reset leaves the primary user and the Entra owner as they were (001:11333): record who that is.
  if (kind === 'local' && state.reset.primaryUser === null && !state.reset.ownerCleared)
    state.reset.primaryUser = state.account.upn;
  state.reset.running = { kind, step: 'prepare', recoveryConfirmed: false };
  cancelWhere(state.clock, (e) => e.type === 'reset' && (e.action === 'desktop-poll' || e.action === 'app-installed'));
  if (kind === 'local') timeline(ctx, 'input', 'Local Autopilot Reset triggered');
  else timeline(ctx, 'cloud', 'Remote Autopilot Reset started after the check-in');
  runStep(ctx, 'prepare');
}

/** "Could not find the recovery environment" → administrator credentials → the check runs again (001:3234). */
export function continueAfterRecoveryPrompt(ctx: Ctx): void {
  const running = ctx.state.reset.running;
  if (!running) return;
  running.recoveryConfirmed = true;
  timeline(ctx, 'input', 'Administrator chose to continue the Autopilot Reset');
  runStep(ctx, 'prepare');
}

function fail(ctx: Ctx, reason: ResetErrorReason): void {
  const { state } = ctx;
  const messages: Record<ResetErrorReason, { message: string; code: string | null }> = {
    'winre-disabled': { message: RESET_STRINGS.errors.winreDisabled, code: RESET_STRINGS.errors.winreCode },
    'recovery-not-found': { message: RESET_STRINGS.errors.recoveryNotFound, code: null },
    'hybrid-not-supported': { message: RESET_STRINGS.errors.hybridNotSupported, code: null },
  };
  if (reason === 'winre-disabled') {
    appendFile(
      state.fs,
      RESET_LOG,
      `${deviceTimeIso(state)}, Error  [Autopilot Reset] ${RESET_STRINGS.errors.winreLogLine}\r\n`,
      state.clock.now,
    );
  }
  // The prompt for credentials keeps the reset pending; the other errors end it.
  if (reason !== 'recovery-not-found') state.reset.running = null;
  showPage(ctx, { id: 'reset-error', reason, username: '', password: '', error: null });
  showError(ctx, messages[reason]);
}

/** One step of the reset finished: the next one (the plan goes on), or 'stop' for an error, a restart or the end. */
function onResetStepDone(ctx: Ctx, step: ResetStepId): 'stop' | void {
  const { state } = ctx;
  const running = state.reset.running;
  if (!running || running.step !== step) return 'stop';
  switch (step) {
    case 'prepare': {
      const winre = state.setup.device.winre;
      if (isHybrid(state)) fail(ctx, 'hybrid-not-supported');
      else if (winre === 'disabled') fail(ctx, 'winre-disabled');
      else if (winre === 'missing') fail(ctx, running.recoveryConfirmed ? 'winre-disabled' : 'recovery-not-found');
      else {
        timeline(ctx, 'power', 'Autopilot Reset: restarting into the recovery environment');
        running.step = 'rebuild';
        restart(ctx);
      }
      return 'stop';
    }
    case 'rebuild':
      return;
    case 'migrate':
      migrateKeptItems(ctx);
      return;
    case 'clean':
      removeUserData(ctx);
      running.step = 'provision';
      timeline(ctx, 'power', 'Autopilot Reset: restarting into the new Windows');
      restart(ctx);
      return 'stop';
    case 'provision':
      finishReset(ctx);
      return 'stop';
    default:
      return step satisfies never;
  }
}

/** After a reset's restart the device boots into the reset's next step instead of OOBE's page order. */
export function resumeResetAfterBoot(ctx: Ctx): boolean {
  const running = ctx.state.reset.running;
  if (!running) return false;
  if (running.step === 'provision') applyProvisioningPackages(ctx);
  runStep(ctx, running.step);
  return true;
}
