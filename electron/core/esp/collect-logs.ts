import { timeline, type Ctx } from '../context';
import { readEvents } from '../os/event-log';
import { writeFile } from '../os/file-system';
import { exportKey } from '../os/reg-export';
import { keyExists } from '../os/registry';

/** The keys MDMDiagReport_RegistryDump.Reg holds (external-facts.md §3: enrollment, Autopilot, ESP). */
const DUMPED_KEYS = [
  'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Provisioning\\Diagnostics\\Autopilot',
  'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Enrollments',
  'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\Autopilot\\EnrollmentStatusTracking',
];

/** The first USB drive the device has, as Windows lettered it. */
export function firstUsbDrive(ctx: Ctx): string | null {
  return ctx.state.setup.device.usbDrives.length > 0 ? 'D:' : null;
}

/**
 * Collects the diagnostic logs into one package: to the first USB drive when there is one, else to
 * C:\Users\Public\Documents\MDMDiagnostics (device-model.md §10). Returns the path written.
 * The package holds the registry dump (a real .reg export of the enrollment keys) and the event
 * logs as text; the simulator writes them as a folder-like text file rather than a binary cab.
 */
export function collectLogs(ctx: Ctx, fileName: string): string {
  const { state } = ctx;
  const folder = firstUsbDrive(ctx) ?? 'C:\\Users\\Public\\Documents\\MDMDiagnostics';
  const path = `${folder}\\${fileName}`;
  const parts: string[] = [];
  for (const key of DUMPED_KEYS) {
    if (keyExists(state.registry, key)) parts.push(exportKey(state.registry, key));
  }
  const events = readEvents(state.eventLog)
    .map((e) => `${e.timeCreated}\t${e.level}\t${e.eventId}\t${e.channel}\t${e.message}`)
    .join('\r\n');
  const content = ['[MDMDiagReport_RegistryDump.Reg]', parts.join('\r\n'), '[MDMDiagReport.evtx.txt]', events].join(
    '\r\n',
  );
  writeFile(state.fs, path, content, state.clock.now);
  timeline(ctx, 'input', `Logs collected to ${path}`);
  return path;
}
