import type { EspCategoryId } from '../../../../shared/views/esp-view';
import { showPage, timeline, type Ctx } from '../../context';
import { DeviceError } from '../../device-core';
import { continueAnyway, tryAgain } from '../../esp/esp-engine';
import { collectLogs } from '../../esp/collect-logs';
import type { EspState } from '../../esp/esp-state';
import { factoryReset } from '../../power';
import type { DeviceState, PageState } from '../../state';
import { ESP_HOOKS } from '../after-join';
import { signOnPage } from './signon-pages';
import { notOnScreen, type PageHandler, type PageInput } from './page-input';

type Page<I extends PageState['id']> = Extract<PageState, { id: I }>;

/** "Continue anyway" on a running ESP: only when the profile doesn't block device use (oobe-ui.md §12.5). */
export function offersContinueWhileRunning(state: DeviceState, esp: EspState): boolean {
  const profile = state.setup.policies.enrollmentStatusPage;
  const prepared = esp.categories[0]?.state === 'complete';
  // Never in the pre-provisioning technician flow (oobe-ui.md §12.5).
  return (
    !!profile &&
    !profile.blockDeviceUse &&
    prepared &&
    !esp.failure &&
    !esp.awaitingSignOut &&
    esp.mode !== 'technician'
  );
}

/** The error screen's buttons, from the profile's settings (esp.md §4; BlockInStatusPage bits). */
export function errorButtons(state: DeviceState): { resetDevice: boolean; tryAgain: boolean; continueAnyway: boolean } {
  const p = state.setup.policies.enrollmentStatusPage;
  const blocking = p?.blockDeviceUse ?? true;
  return {
    resetDevice: blocking && !!p?.allowReset,
    tryAgain: true,
    continueAnyway: !blocking || !!p?.allowUseOnError,
  };
}

export function diagnosticsLink(state: DeviceState): 'view-diagnostics' | 'collect-logs' | null {
  if (!state.setup.policies.enrollmentStatusPage?.logCollection) return null;
  return state.setup.windows.version === '11' ? 'view-diagnostics' : 'collect-logs';
}

/** Chevrons (Windows 11) or "Show details" (Windows 10) open a category's list of items. */
function toggleDetails(esp: EspState, input: PageInput): boolean {
  if (input.kind !== 'click' || !input.control.startsWith('toggle-')) return false;
  const id = input.control.slice('toggle-'.length) as EspCategoryId;
  const cat = esp.categories.find((c) => c.id === id);
  if (!cat) return false;
  cat.expanded = !cat.expanded;
  return true;
}

function requireEsp(ctx: Ctx): EspState {
  if (!ctx.state.esp) throw new DeviceError('The Enrollment Status Page is not running.');
  return ctx.state.esp;
}

export function openDiagnostics(ctx: Ctx, returnTo: 'esp' | 'esp-error'): void {
  timeline(ctx, 'input', 'Windows Autopilot diagnostics opened');
  showPage(ctx, { id: 'autopilot-diagnostics', returnTo, expanded: [], exportState: 'idle', exportMessage: null });
}

export const espPage: PageHandler<Page<'esp'>> = (ctx, page, input) => {
  const esp = requireEsp(ctx);
  if (toggleDetails(esp, input)) return;
  if (input.kind === 'click' && input.control === 'continue-anyway' && offersContinueWhileRunning(ctx.state, esp)) {
    continueAnyway(ctx, ESP_HOOKS);
    return;
  }
  if (input.kind === 'click' && input.control === 'sign-out' && esp.awaitingSignOut) {
    esp.awaitingSignOut = false;
    esp.userLeft = true;
    ctx.state.account.signedIn = false;
    timeline(ctx, 'input', 'Sign out');
    signOnPage(ctx, 'desktop');
    return;
  }
  throw notOnScreen(page, input);
};

export const espErrorPage: PageHandler<Page<'esp-error'>> = (ctx, page, input) => {
  const esp = requireEsp(ctx);
  if (toggleDetails(esp, input)) return;
  const buttons = errorButtons(ctx.state);
  if (input.kind === 'click') {
    if (input.control === 'try-again' && buttons.tryAgain) return tryAgain(ctx);
    if (input.control === 'continue-anyway' && buttons.continueAnyway) return continueAnyway(ctx, ESP_HOOKS);
    if (input.control === 'reset-device' && buttons.resetDevice) {
      timeline(ctx, 'input', 'ESP: Reset device');
      return factoryReset(ctx);
    }
    const link = diagnosticsLink(ctx.state);
    if (input.control === 'view-diagnostics' && link === 'view-diagnostics') return openDiagnostics(ctx, 'esp-error');
    if (input.control === 'collect-logs' && link === 'collect-logs') {
      esp.logsWrittenTo = collectLogs(ctx, 'MDMDiagReport.cab');
      return;
    }
  }
  throw notOnScreen(page, input);
};
