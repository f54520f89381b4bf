import { logEvent, setRegistryValue, timeline, type Ctx } from '../context';
import { writeFile } from '../os/file-system';
import type { PlanWrite } from './plan-types';

/** Leaves a step's records on the device, in the order the plan lists them. */
export function applyWrites(ctx: Ctx, writes: readonly PlanWrite[] | undefined): void {
  for (const write of writes ?? []) {
    switch (write.kind) {
      case 'registry':
        setRegistryValue(ctx, write.key, write.name, write.data);
        break;
      case 'event': {
        const { channel, provider, eventId, level, message } = write;
        logEvent(ctx, { channel, provider, eventId, level, message });
        break;
      }
      case 'file':
        writeFile(ctx.state.fs, write.path, write.content, ctx.state.clock.now);
        break;
      case 'timeline':
        timeline(ctx, 'cloud', write.text);
        break;
      default:
        write satisfies never;
    }
  }
}
