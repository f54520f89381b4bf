import { deviceTimeIso, timeline, type Ctx } from '../context';
import { appendFile } from '../os/file-system';

/** The Configuration Manager client's log folders (000:153-154, 000:210). */
export const CCMSETUP_LOG = 'C:\\Windows\\ccmsetup\\Logs\\ccmsetup.log';
export const CCM_LOGS = 'C:\\Windows\\CCM\\Logs';
export const COMANAGEMENT_LOG = `${CCM_LOGS}\\CoManagementHandler.log`;
export const CLIENT_ID_LOG = `${CCM_LOGS}\\ClientIDManagerStartup.log`;
export const SMSTS_LOG = `${CCM_LOGS}\\SMSTS\\smsts.log`;

/** Thread ids per component: fixed, so a run is byte-identical. [INF] */
const THREADS: Record<string, number> = { ccmsetup: 4412, CoManagementHandler: 5120, ClientIDManagerStartup: 3868 };

/**
 * One CMTrace line (external-diagnostics.md §5.4): `<![LOG[msg]LOG]!><time="HH:mm:ss.fff+000"
 * date="MM-dd-yyyy" component="…" context="" type="1" thread="…" file="…">`; type 1 info, 2 warning, 3 error.
 */
export function cmtraceLine(ctx: Ctx, component: string, message: string, type: 1 | 2 | 3 = 1): string {
  const iso = deviceTimeIso(ctx.state);
  const time = iso.slice(11, 23);
  const date = `${iso.slice(5, 7)}-${iso.slice(8, 10)}-${iso.slice(0, 4)}`;
  const thread = THREADS[component] ?? 2240;
  return `<![LOG[${message}]LOG]!><time="${time}+000" date="${date}" component="${component}" context="" type="${type}" thread="${thread}" file="">`;
}

/** Appends a line to a client log and says it on the timeline (the trainee follows the log as it grows). */
export function writeClientLog(ctx: Ctx, path: string, component: string, message: string, type: 1 | 2 | 3 = 1): void {
  appendFile(ctx.state.fs, path, `${cmtraceLine(ctx, component, message, type)}\r\n`, ctx.state.clock.now);
  timeline(ctx, 'cloud', `${component}: ${message}`);
}
