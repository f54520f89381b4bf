import { ENROLLMENT_STRINGS, format } from '../../../../shared/strings-enrollment';
import { showPage, timeline } from '../../context';
import { collectLogs, firstUsbDrive } from '../../esp/collect-logs';
import type { PageState } from '../../state';
import { notOnScreen, type PageHandler } from './page-input';

type DiagnosticsPage = Extract<PageState, { id: 'autopilot-diagnostics' }>;

export const DIAGNOSTICS_SECTIONS = [
  'network-connectivity',
  'autopilot-settings',
  'enrollment-status',
  'apps-and-policies',
] as const;

/**
 * "Windows Autopilot diagnostics" (oobe-ui.md §19.1): collapsible sections, "Export logs" to the
 * first USB drive (an error without one), and a close button back to the page it came from.
 */
export const diagnosticsPage: PageHandler<DiagnosticsPage> = (ctx, page, input) => {
  if (input.kind === 'click' && input.control.startsWith('toggle-')) {
    const id = input.control.slice('toggle-'.length);
    if ((DIAGNOSTICS_SECTIONS as readonly string[]).includes(id)) {
      page.expanded = page.expanded.includes(id) ? page.expanded.filter((x) => x !== id) : [...page.expanded, id];
      return;
    }
  }
  if (input.kind === 'click' && input.control === 'export-logs') {
    if (!firstUsbDrive(ctx)) {
      page.exportState = 'failed';
      page.exportMessage = ENROLLMENT_STRINGS.diagnostics.noUsb;
      timeline(ctx, 'input', 'Export logs failed: no USB drive');
      return;
    }
    const path = collectLogs(ctx, 'MDMDiagReport.zip');
    page.exportState = 'exported';
    page.exportMessage = format(ENROLLMENT_STRINGS.diagnostics.exported, path);
    return;
  }
  if (input.kind === 'click' && input.control === 'close') {
    showPage(ctx, { id: page.returnTo });
    return;
  }
  throw notOnScreen(page, input);
};
