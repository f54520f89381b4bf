import { timeline, type Ctx } from '../context';
import { DeviceError } from '../device-core';
import { continueAfterJoin } from '../oobe/after-join';
import { notOnScreen, type PageInput } from '../oobe/pages/page-input';
import type { PageState } from '../state';
import { finishDevicePrep, retryDevicePrep } from './dp-engine';
import { startExportLogs } from './dp-export-logs';
import { policyOf } from './dp-plan';

type DevicePrepPage = Extract<
  PageState,
  { id: 'device-prep-progress' | 'device-prep-complete' | 'device-prep-failure' }
>;

/**
 * Input on the device preparation pages (control ids: shared/views/device-prep-views.ts). The
 * progress page has no controls; "Required setup complete" has "next"; the failure page has
 * "retry", and "continue-anyway" / "export-logs" when the policy allows them.
 */
export function devicePrepPage(ctx: Ctx, page: DevicePrepPage, input: PageInput): void {
  const dp = ctx.state.devicePrep;
  if (!dp || input.kind !== 'click') throw notOnScreen(page, input);
  const policy = policyOf(ctx.state, dp);
  if (page.id === 'device-prep-complete' && input.control === 'next') {
    timeline(ctx, 'input', 'Next');
    leave(ctx, false);
    return;
  }
  if (page.id === 'device-prep-failure') {
    if (input.control === 'retry') return retryDevicePrep(ctx);
    if (input.control === 'continue-anyway' && policy.allowSkip) {
      timeline(ctx, 'input', 'Continue anyway: the deployment stays failed');
      leave(ctx, true);
      return;
    }
    if (input.control === 'export-logs' && policy.showDiagnosticsLink) {
      if (dp.exportBusy) throw new DeviceError('"Export logs" is grey while the export runs.');
      return startExportLogs(ctx);
    }
  }
  throw notOnScreen(page, input);
}

/** Automatic sign-in, then the desktop; the next sync brings the rest (device-preparation.md §1.6, §1.7). */
function leave(ctx: Ctx, continuedAnyway: boolean): void {
  finishDevicePrep(ctx, continuedAnyway);
  continueAfterJoin(ctx);
}
