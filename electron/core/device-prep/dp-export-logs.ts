import { after, timeline, type Ctx } from '../context';
import { collectLogs, firstUsbDrive } from '../esp/collect-logs';
import { DP_TIMINGS } from './dp-timings';

/**
 * "Export logs" on the failure page (device-preparation.md K1, oobe-ui.md §18): MDMDiagReport.zip goes
 * straight to the first USB drive — no browse dialog (on purpose) and no success or failure message
 * afterwards (known issue). The link is grey while the export runs.
 */
export function startExportLogs(ctx: Ctx): void {
  const dp = ctx.state.devicePrep!;
  dp.exportBusy = true;
  timeline(ctx, 'input', 'Export logs');
  after(ctx, DP_TIMINGS.exportMs, { type: 'dp-export-done' });
}

export function onExportDone(ctx: Ctx): void {
  const dp = ctx.state.devicePrep;
  if (!dp || !dp.exportBusy) return;
  dp.exportBusy = false;
  if (firstUsbDrive(ctx)) {
    dp.lastExport = { writtenTo: collectLogs(ctx, 'MDMDiagReport.zip') };
    return;
  }
  // No USB drive: the export has nowhere to go and, as with success, Windows says nothing (docs/FIDELITY.md).
  dp.lastExport = { writtenTo: null };
  timeline(ctx, 'input', 'Export logs: no USB drive attached, nothing written (the page shows no message)');
}
