import type { DeviceState } from '../state';
import { elapsedTimePercent, stepWeightedPercent } from './dp-percentage';
import { policyOf } from './dp-plan';
import type { DevicePrepState } from './dp-state';

/**
 * The percentage the progress page shows now, by the policy's model. 100 % once the work is done
 * (the 3 s hold, or stuck there by known issue K7).
 */
export function currentPercent(state: DeviceState, dp: DevicePrepState): number {
  if (dp.phase === 'finishing' || dp.phase === 'hung' || dp.phase === 'complete' || dp.phase === 'finished') return 100;
  const policy = policyOf(state, dp);
  const now = state.clock.now;
  if (policy.percentageModel === 'elapsed-time')
    return elapsedTimePercent(clockElapsedMs(state, dp), policy.timeoutMinutes * 60_000);
  const total = dp.steps.reduce((sum, s) => sum + s.durationMs, 0);
  const done = dp.steps.slice(0, dp.stepIndex).reduce((sum, s) => sum + s.durationMs, 0);
  const running = dp.steps[dp.stepIndex];
  const inStep = running && dp.phase === 'running' ? Math.min(running.durationMs, now - dp.stepStartMs) : 0;
  return stepWeightedPercent(done + inStep, total);
}

/** The management extension is not in yet: the sub-line says the agent is installing. */
export function agentInstalling(dp: DevicePrepState): boolean {
  const index = dp.steps.findIndex((s) => s.kind === 'management-extension');
  return dp.stepIndex <= index;
}

/** The page waits this long after the connection drops before it says so and pauses (oobe-ui.md §18). */
export const CONNECTIVITY_GRACE_MS = 5_000;

/** Offline for longer than the grace: the connectivity error shows and the percentage clock stands still. */
export function connectivityLost(state: DeviceState, dp: DevicePrepState): boolean {
  return dp.offlineSinceMs !== null && state.clock.now - dp.offlineSinceMs > CONNECTIVITY_GRACE_MS;
}

/** How long the clock has stood still in the offline spell under way. */
export function currentPauseMs(state: DeviceState, dp: DevicePrepState): number {
  return dp.offlineSinceMs === null ? 0 : Math.max(0, state.clock.now - dp.offlineSinceMs - CONNECTIVITY_GRACE_MS);
}

/** The percentage clock of the attempt: time since it started, minus the time it stood still. */
export function clockElapsedMs(state: DeviceState, dp: DevicePrepState): number {
  return state.clock.now - dp.attemptStartMs - dp.pausedMs - currentPauseMs(state, dp);
}
