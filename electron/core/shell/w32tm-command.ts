import { logEvent, timeline, type Ctx } from '../context';
import { canReach } from '../network/connectivity';
import { readEvents } from '../os/event-log';
import { CRLF, fail, lines, ok, type CommandOutput, type ShellCommand } from './command-result';
import { deviceDate, usDateTime } from './device-time';
import { hostAddress } from './network-facts';

const TIME_CHANNEL = 'System';
const TIME_PROVIDER = 'Microsoft-Windows-Time-Service';

/**
 * `w32tm /resync /force`: the documented fix for a clock that is far off (device-model.md §5).
 * It syncs with time.windows.com when that answers, and sets the firmware clock right. A sync is
 * recorded as the Time-Service's event 35 in the System log, which `/query /status` reads back.
 */
function resync(ctx: Ctx): CommandOutput {
  let out = `Sending resync command to local computer${CRLF}`;
  if (!canReach(ctx.state, 'time.windows.com')) {
    out += `The computer did not resync because no time data was available.${CRLF}`;
    return { stdout: out, stderr: '', exitCode: 1 };
  }
  const drift = ctx.state.clockDriftMs;
  ctx.state.clockDriftMs = 0;
  if (drift !== 0)
    timeline(ctx, 'network', `Clock resynchronized with time.windows.com (was ${Math.round(drift / 1000)} s off)`);
  logEvent(ctx, {
    channel: TIME_CHANNEL,
    provider: TIME_PROVIDER,
    eventId: 35,
    level: 'Information',
    message: `The time service is now synchronizing the system time with the time source time.windows.com,0x9 (ntp.m|0x9|0.0.0.0:123->${hostAddress('time.windows.com')}:123).`,
  });
  return ok(`${out}The command completed successfully.${CRLF}`);
}

function status(ctx: Ctx): CommandOutput {
  const synced = readEvents(ctx.state.eventLog, TIME_CHANNEL).filter(
    (e) => e.provider === TIME_PROVIDER && e.eventId === 35,
  );
  const last = synced.at(-1);
  if (!last)
    return ok(
      lines(
        'Leap Indicator: 3(not synchronized)',
        'Stratum: 0 (unspecified)',
        'Precision: -23 (119.209ns per tick)',
        'Root Delay: 0.0000000s',
        'Root Dispersion: 0.0000000s',
        'ReferenceId: 0x00000000 (unspecified)',
        'Last Successful Sync Time: unspecified',
        'Source: Local CMOS Clock',
        'Poll Interval: 10 (1024s)',
      ),
    );
  const ip = hostAddress('time.windows.com');
  const refId = ip
    .split('.')
    .map((n) => Number(n).toString(16).toUpperCase().padStart(2, '0'))
    .join('');
  return ok(
    lines(
      'Leap Indicator: 0(no warning)',
      'Stratum: 4 (secondary reference - syncd by (S)NTP)',
      'Precision: -23 (119.209ns per tick)',
      'Root Delay: 0.0312500s',
      'Root Dispersion: 7.7766032s',
      `ReferenceId: 0x${refId} (source IP:  ${ip})`,
      `Last Successful Sync Time: ${usDateTime(deviceDate(ctx.state, last.atMs))}`,
      'Source: time.windows.com,0x9',
      'Poll Interval: 10 (1024s)',
    ),
  );
}

/** `w32tm /resync [/force]` and `w32tm /query /status`. */
export const w32tmCommand: ShellCommand = ({ ctx }, args) => {
  const flags = args.map((a) => a.toLowerCase());
  if (flags.includes('/resync')) return resync(ctx);
  if (flags.includes('/query') && flags.includes('/status')) return status(ctx);
  return fail(`The following arguments were unexpected: ${args.join(' ')}${CRLF}Exiting with error 0x80070057${CRLF}`);
};
