import type { ResetErrorReason, ResetStepId } from '../../../shared/views/reset-views';
import { RESET_STRINGS } from '../../../shared/strings-reset';
import { cancelWhere } from '../clock/virtual-clock';
import { after, deviceTimeIso, showError, showPage, timeline, type Ctx } from '../context';
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

function runStep(ctx: Ctx, step: ResetStepId): void {
  const running = ctx.state.reset.running!;
  running.step = step;
  progressPage(ctx);
  timeline(ctx, 'update', `Autopilot Reset: ${RESET_STRINGS.progress.steps[step]}`);
  after(ctx, STEP_MS[step], { type: 'reset', action: 'step-done', step });
}

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

/** One step of the reset finished: the next one, a restart, or the end. */
export function onResetStepDone(ctx: Ctx, step: ResetStepId): void {
  const { state } = ctx;
  const running = state.reset.running;
  if (!running || running.step !== step) return;
  switch (step) {
    case 'prepare': {
      if (isHybrid(state)) return fail(ctx, 'hybrid-not-supported');
      const winre = state.setup.device.winre;
      if (winre === 'disabled') return fail(ctx, 'winre-disabled');
      if (winre === 'missing') return fail(ctx, running.recoveryConfirmed ? 'winre-disabled' : 'recovery-not-found');
      timeline(ctx, 'power', 'Autopilot Reset: restarting into the recovery environment');
      running.step = 'rebuild';
      restart(ctx);
      return;
    }
    case 'rebuild':
      return runStep(ctx, 'migrate');
    case 'migrate':
      migrateKeptItems(ctx);
      return runStep(ctx, 'clean');
    case 'clean':
      removeUserData(ctx);
      running.step = 'provision';
      timeline(ctx, 'power', 'Autopilot Reset: restarting into the new Windows');
      restart(ctx);
      return;
    case 'provision':
      finishReset(ctx);
      return;
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
