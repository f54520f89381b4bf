import { timeline, type Ctx } from '../context';
import { buildEspState } from '../esp/esp-plan';
import { continueAfterJoin } from '../oobe/after-join';
import type { AppAfterReset } from './reset-state';

/**
 * The reset is done: the device is joined and enrolled as before, nobody is signed in, and the
 * user can't reach the desktop until the MDM sync has run (001:11251): the ESP runs again, but
 * without the required apps, which it no longer tracks after a reset (known issue, 001:3132–3136).
 * They install once the user reaches the desktop. Then the sign-on screen waits for the next user.
 */
export function finishReset(ctx: Ctx): void {
  const { state } = ctx;
  const running = state.reset.running;
  if (!running) return;
  state.reset.running = null;
  state.reset.completed += 1;
  state.reset.awaitingNextUser = true;
  state.account.upn = null;
  const required = state.setup.workload.apps.filter((a) => a.intent === 'install' && a.applicable);
  state.reset.appsAfterReset = required.map((a): AppAfterReset => ({
    ref: a.id,
    name: a.name,
    type: a.type,
    durationMs: a.durationMs,
    state: 'waiting',
  }));
  timeline(ctx, 'update', `Autopilot Reset complete (${running.kind})`);
  const esp = state.setup.policies.enrollmentStatusPage;
  if (esp?.showProgress) {
    // The ESP's own plan, fed a workload without apps: what it shows after a reset.
    const withoutApps = { ...state.setup, workload: { ...state.setup.workload, apps: [] } };
    state.esp = buildEspState(withoutApps, false);
    if (required.length)
      timeline(
        ctx,
        'cloud',
        `ESP after Autopilot Reset: required apps not tracked (${required.map((a) => a.name).join(', ')}); they install at the desktop`,
      );
  } else {
    state.esp = null;
  }
  continueAfterJoin(ctx);
}
