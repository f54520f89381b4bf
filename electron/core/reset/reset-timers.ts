import type { Ctx } from '../context';
import { onAppInstalled, onDesktopPoll, watchForDesktop } from './apps-after-reset';
import { armCheckIn, onCheckInDue, onRemoteStart } from './remote-reset';
import { resumeResetAfterBoot, startReset } from './reset-run';
import type { ResetTimer } from './reset-state';

/** Routes the reset's timers (the device is on and the timer belongs to this boot). */
export function fireResetTimer(ctx: Ctx, event: ResetTimer): void {
  switch (event.action) {
    case 'check-in':
      onCheckInDue(ctx);
      return;
    case 'start-remote':
      onRemoteStart(ctx, startReset);
      return;
    case 'desktop-poll':
      onDesktopPoll(ctx);
      return;
    case 'app-installed':
      onAppInstalled(ctx);
      return;
    default:
      event.action satisfies never;
  }
}

/**
 * At every boot: a reset under way continues where it was (returns true: OOBE's page order waits);
 * a queued remote reset arms the next check-in.
 */
export function onResetBoot(ctx: Ctx): boolean {
  if (resumeResetAfterBoot(ctx)) return true;
  armCheckIn(ctx);
  // Apps interrupted by a restart start over once the user is back at the desktop.
  const { reset } = ctx.state;
  if (!reset.awaitingNextUser && reset.appsAfterReset.some((a) => a.state !== 'installed')) {
    for (const app of reset.appsAfterReset) if (app.state === 'installing') app.state = 'waiting';
    watchForDesktop(ctx);
  }
  return false;
}
