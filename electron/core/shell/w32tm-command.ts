import { timeline, type Ctx } from '../context';
import { canReach } from '../network/connectivity';
import { CRLF, fail, ok, type CommandOutput } from './command-result';

/**
 * `w32tm /resync /force`: the documented fix for a clock that is far off (device-model.md §5).
 * It syncs with time.windows.com when that answers, and sets the firmware clock right.
 */
export function w32tmCommand(ctx: Ctx, args: string[]): CommandOutput {
  const flags = args.map((a) => a.toLowerCase());
  if (!flags.includes('/resync')) {
    return fail(
      `The following arguments were unexpected: ${args.join(' ')}${CRLF}Exiting with error 0x80070057${CRLF}`,
    );
  }
  let out = `Sending resync command to local computer${CRLF}`;
  if (!canReach(ctx.state, 'time.windows.com')) {
    out += `The computer did not resync because no time data was available.${CRLF}`;
    return { stdout: out, stderr: '', exitCode: 1 };
  }
  const drift = ctx.state.clockDriftMs;
  ctx.state.clockDriftMs = 0;
  if (drift !== 0)
    timeline(ctx, 'network', `Clock resynchronized with time.windows.com (was ${Math.round(drift / 1000)} s off)`);
  return ok(`${out}The command completed successfully.${CRLF}`);
}
