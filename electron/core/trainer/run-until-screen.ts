import type { ScreenId } from '../../../shared/screen-ids';
import { skipToNext } from '../clock/virtual-clock';
import type { Ctx } from '../context';
import type { TimerEvent } from '../timer-events';

/** A whole ESP run is a few hours of virtual time; a week bounds a device that never gets there. */
const DEFAULT_MAX_MS = 7 * 24 * 3_600_000;
/** Bounds a clock that keeps scheduling (a poll loop on a page that never changes). */
const MAX_EVENTS = 100_000;

/**
 * "Jump to a screen": fires the clock's events one by one (as "Skip to next event" does) until the
 * device shows `screen`. Stops without it when nothing is scheduled (the device waits for a person)
 * or when the next event lies past `maxMs` from now; the clock is then left where the last event fired.
 */
export function runUntilScreen(
  ctx: Ctx,
  fire: (event: TimerEvent) => void,
  screen: ScreenId,
  maxMs = DEFAULT_MAX_MS,
): { reached: boolean; nowMs: number } {
  const { clock } = ctx.state;
  const limit = clock.now + maxMs;
  for (let n = 0; n < MAX_EVENTS && ctx.state.page.id !== screen; n += 1) {
    const next = clock.queue[0];
    if (!next || next.due > limit) break;
    skipToNext(clock, fire);
  }
  return { reached: ctx.state.page.id === screen, nowMs: clock.now };
}
