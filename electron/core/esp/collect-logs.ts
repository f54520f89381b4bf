import { timeline, type Ctx } from '../context';
import { writeBinaryFile } from '../os/file-system';
import { buildArchive, collectEntries } from '../shell/archive/collect-logs';
import { announceArchive } from '../shell/archive/device-archives';

/** The first USB drive the device has, as Windows lettered it. */
export function firstUsbDrive(ctx: Ctx): string | null {
  return ctx.state.setup.device.usbDrives.length > 0 ? 'D:' : null;
}

/**
 * The areas a page's log collection gathers. The diagnostics page and device preparation's export
 * write Autopilot;TPM (oobe-ui.md §18, §19); the ESP's "Collect logs" gathers what the documented
 * command for the mode does (external-diagnostics.md §4): Autopilot for user-driven, Autopilot;TPM
 * for self-deploying and pre-provisioning.
 */
function pageAreas(ctx: Ctx, fileName: string): string[] {
  const mode = ctx.state.esp?.mode ?? 'user-driven';
  if (fileName.toLowerCase().endsWith('.cab') && mode === 'user-driven') return ['Autopilot'];
  return ['Autopilot', 'TPM'];
}

/**
 * Collects the diagnostic logs into one archive, as mdmdiagnosticstool.exe does (the same files as
 * `mdmdiagnosticstool -area … -cab|-zip`): to the first USB drive when there is one, else to
 * C:\Users\Public\Documents\MDMDiagnostics (device-model.md §10). A `.cab` name gives a cabinet,
 * `.zip` a zip. Returns the path written.
 */
export function collectLogs(ctx: Ctx, fileName: string): string {
  const { state } = ctx;
  const folder = firstUsbDrive(ctx) ?? 'C:\\Users\\Public\\Documents\\MDMDiagnostics';
  const path = `${folder}\\${fileName}`;
  const kind = fileName.toLowerCase().endsWith('.cab') ? 'cab' : 'zip';
  const areas = pageAreas(ctx, fileName);
  const entries = collectEntries(state, areas, `MdmDiagnosticsTool.exe -area ${areas.join(';')} -${kind} ${path}`);
  writeBinaryFile(state.fs, path, buildArchive(entries, kind, state.setup.seed), state.clock.now);
  timeline(ctx, 'input', `Logs collected to ${path}`);
  announceArchive(ctx, path);
  return path;
}
