import type { Ctx } from '../context';
import type { TimerEvent } from '../timer-events';
import { onSecondSync } from './dp-after-desktop';
import { onHoldDone, onTimeout } from './dp-engine';
import { onExportDone } from './dp-export-logs';

type DevicePrepTimer = Extract<TimerEvent, { type: `dp-${string}` }>;

export function isDevicePrepTimer(event: TimerEvent): event is DevicePrepTimer {
  return event.type.startsWith('dp-');
}

/** Routes the device preparation timers of the virtual clock. */
export function fireDevicePrepTimer(ctx: Ctx, event: DevicePrepTimer): void {
  switch (event.type) {
    case 'dp-timeout':
      return onTimeout(ctx, event.attempt);
    case 'dp-hold-done':
      return onHoldDone(ctx, event.attempt);
    case 'dp-export-done':
      return onExportDone(ctx);
    case 'dp-second-sync':
      return onSecondSync(ctx);
    default:
      return event satisfies never;
  }
}
