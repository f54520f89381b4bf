import type { DeviceState } from '../state';
import { elapsedTimePercent, percentStepMs } from './dp-percentage';
import { policyOf } from './dp-plan';
import { formatDuration } from './dp-format';
import { currentPercent } from './dp-progress';
import type { DevicePrepState } from './dp-state';

/**
 * The trainer's debrief for a device preparation run: what happened, why, and how to read the
 * percentage. Simulator text (docs/FIDELITY.md, "Device preparation").
 */
export function devicePrepDebrief(state: DeviceState, dp: DevicePrepState): string[] {
  const policy = policyOf(state, dp);
  const timeoutMs = policy.timeoutMinutes * 60_000;
  const lines: string[] = [];
  const attempts = dp.attempt > 1 ? ` after ${dp.attempt} attempts` : '';
  if (dp.status === 'Success') lines.push(`The deployment with policy "${policy.name}" succeeded${attempts}.`);
  else if (dp.status === 'Failed') {
    lines.push(
      `The deployment with policy "${policy.name}" failed${attempts}: ${dp.failure?.reason ?? 'the user left the failure page'}.`,
    );
    if (dp.continuedAnyway)
      lines.push(
        'The user chose "Continue anyway": the deployment stays "Failed" in the report and the user went to the desktop without the missing items.',
      );
  } else lines.push(`The deployment with policy "${policy.name}" is still in progress.`);
  if (dp.phase === 'hung')
    lines.push(
      'The work is done but the page is stuck at 100 % (known issue): restart the device and the deployment continues.',
    );
  if (policy.percentageModel === 'elapsed-time') {
    const elapsed = (dp.deploymentEndMs ?? state.clock.now) - dp.attemptStartMs;
    lines.push(
      `The percentage is a clock, not progress: it started at 1 % and gained 1 % every ${stepText(percentStepMs(timeoutMs))} ` +
        `(the policy's ${policy.timeoutMinutes}-minute budget ÷ 99), so it says how much of the budget is used, not how much work is done. ` +
        `This attempt ran ${formatDuration(Math.max(0, elapsed))}: the page showed ${elapsedTimePercent(elapsed, timeoutMs)} % by then` +
        (dp.status === 'Success' || dp.phase === 'hung' ? ', then jumped to 100 % when the work finished.' : '.') +
        ' Reaching 100 % by the clock is the timeout (0x800705B4). A large budget keeps the percentage low for a long time.',
    );
  } else {
    lines.push(
      `The percentage follows the planned steps, each weighted by its duration (simulator option "step-weighted"); it is at ${currentPercent(state, dp)} %. Windows itself shows elapsed time against the budget.`,
    );
  }
  const skipped = Object.values(dp.items).filter((i) => i.status === 'Skipped').length;
  if (skipped > 0)
    lines.push(
      `${skipped} selected item(s) were "Skipped": skipped items do not fail the deployment; see each item's note.`,
    );
  return lines;
}

/** The 1 % step: seconds with a decimal when short (9.1 s for 15 minutes), h:mm:ss otherwise. */
function stepText(ms: number): string {
  return ms < 60_000 ? `${(ms / 1000).toFixed(1)} s` : formatDuration(ms);
}
