import { PREPROVISION_MENU_ROWS, type PreprovisionMenuRowId } from '../../../shared/views/preprovision-views';
import { PREPROVISION_STRINGS } from '../../../shared/strings-preprovision';
import { showPage, timeline, type Ctx } from '../context';
import { DeviceError } from '../device-core';
import { notOnScreen, requireItem, type PageHandler } from '../oobe/pages/page-input';
import { continueOobe } from '../oobe/flow';
import type { DeviceState, PageState } from '../state';
import { reseal, resetDevice, startReset } from './reseal-reset';
import { downloadDetails, openConfigPage, provision, startTechnicianFlow } from './technician';
import { foundPackages } from '../oobe/provisioning-package/ppkg-packages';
import { openPackageConfirm } from '../oobe/provisioning-package/ppkg-install';

type Page<I extends PageState['id']> = Extract<PageState, { id: I }>;

/** Rows shown: row 2 is gone once the device has been resealed (oobe-ui.md §13). */
export function visibleMenuRows(state: DeviceState): PreprovisionMenuRowId[] {
  const resealed = state.preprovision.stage === 'resealed' || state.preprovision.stage === 'user-flow';
  return PREPROVISION_MENU_ROWS.filter((row) => row !== 'pre-provision' || !resealed);
}

/** "What would you like to do?": pick a row (list "preprovision-option"), then "next", or "cancel". */
export const preprovisionMenuPage: PageHandler<Page<'preprovision-menu'>> = (ctx, page, input) => {
  if (input.kind === 'select' && input.list === 'preprovision-option') {
    page.selected = requireItem(visibleMenuRows(ctx.state), input.item, 'preprovision-option') as PreprovisionMenuRowId;
    page.notice = null;
    return;
  }
  if (input.kind === 'click' && input.control === 'cancel') {
    timeline(ctx, 'input', 'What would you like to do?: Cancel');
    showPage(ctx, page.returnTo);
    return;
  }
  if (input.kind === 'click' && input.control === 'next') {
    if (!page.selected)
      throw new DeviceError('Select an option first: the accept button is disabled until a row is picked.');
    if (page.selected === 'pre-provision') return startTechnicianFlow(ctx);
    if (page.selected === 'reset-device') return resetDevice(ctx);
    // Row 1 (oobe-ui.md §14): packages on removable media → "Set up your PC?"; none → the notice.
    if (foundPackages(ctx.state).length > 0) return openPackageConfirm(ctx, page.returnTo);
    page.notice = PREPROVISION_STRINGS.menu.noPackages;
    timeline(ctx, 'input', 'Install provisioning package: none found');
    return;
  }
  throw notOnScreen(page, input);
};

/** The configuration page: "refresh", "provision" ("next" too) and "cancel". */
export const preprovisionConfigPage: PageHandler<Page<'preprovision-config'>> = (ctx, page, input) => {
  if (input.kind !== 'click') throw notOnScreen(page, input);
  const pp = ctx.state.preprovision;
  switch (input.control) {
    case 'refresh':
      if (page.refreshing) throw new DeviceError('"Refresh" is disabled while the profile downloads.');
      timeline(ctx, 'input', 'Pre-provisioning: Refresh');
      page.refreshing = true;
      downloadDetails(ctx);
      return;
    case 'provision':
    case 'next':
      if (page.refreshing || !pp.details?.profileName)
        throw new DeviceError('The button is disabled until the profile details have downloaded.');
      provision(ctx);
      return;
    case 'cancel':
      pp.stage = 'none';
      timeline(ctx, 'input', 'Pre-provisioning: Cancel');
      continueOobe(ctx);
      return;
    default:
      throw notOnScreen(page, input);
  }
};

export const preprovisionSuccessPage: PageHandler<Page<'preprovision-success'>> = (ctx, page, input) => {
  if (input.kind === 'click' && input.control === 'reseal') return reseal(ctx);
  throw notOnScreen(page, input);
};

/** How the failure page offers logs: Windows 10 a link, Windows 11 Ctrl+Shift+D; only with log collection on. */
export function failureLogs(state: DeviceState): 'view-diagnostics' | 'ctrl-shift-d' | null {
  if (!state.setup.policies.enrollmentStatusPage?.logCollection) return null;
  return state.setup.windows.version === '10' ? 'view-diagnostics' : 'ctrl-shift-d';
}

export function openFailureDiagnostics(ctx: Ctx): void {
  timeline(ctx, 'input', 'Windows Autopilot diagnostics opened');
  showPage(ctx, {
    id: 'autopilot-diagnostics',
    returnTo: 'preprovision-failure',
    expanded: [],
    exportState: 'idle',
    exportMessage: null,
  });
}

/** "Retry" (back to the configuration page), "Reset" (Windows reset), Windows 10's "View diagnostics". */
export const preprovisionFailurePage: PageHandler<Page<'preprovision-failure'>> = (ctx, page, input) => {
  if (input.kind !== 'click') throw notOnScreen(page, input);
  const { state } = ctx;
  if (state.preprovision.resetting) throw new DeviceError('The device is resetting: the buttons are disabled.');
  if (input.control === 'retry') {
    timeline(ctx, 'input', 'Pre-provisioning: Retry');
    // 0x81039001 is intermittent: "a retry may pass" (001:3200); the simulator lets it pass.
    if (state.tpmFault === 'max-attestation-retry-exceeded') state.tpmFault = 'none';
    state.preprovision.result = null;
    state.preprovision.startedAtMs = null;
    openConfigPage(ctx);
    return;
  }
  if (input.control === 'reset') return startReset(ctx);
  if (input.control === 'view-diagnostics' && failureLogs(state) === 'view-diagnostics')
    return openFailureDiagnostics(ctx);
  throw notOnScreen(page, input);
};
