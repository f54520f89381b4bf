import type { PageTarget } from '../../shared/contract';
import { timeline, type Ctx } from './context';
import { brandingSignInPage, consumerPage } from './oobe/pages/signin-pages';
import { keyboardPage, regionPage, secondKeyboardPage } from './oobe/pages/locale-pages';
import { networkPage } from './oobe/pages/network-page';
import { notOnScreen, type PageInput } from './oobe/pages/page-input';
import { mfaPage, passwordPage, somethingWentWrongPage } from './oobe/pages/password-pages';
import { diagnosticsLink, espErrorPage, espPage, openDiagnostics } from './oobe/pages/esp-pages';
import { diagnosticsPage } from './oobe/pages/diagnostics-page';
import { privacyPage } from './oobe/pages/privacy-page';
import { allSetPage, pressCtrlAltDel, signonPage, staySignedInPage } from './oobe/pages/signon-pages';
import { helloPage } from './hello/hello-page';
import { desktopPage, handleDesktopKey } from './oobe/pages/desktop-page';
import { onKeyForPreprovision } from './preprovision/win-key';
import {
  failureLogs,
  openFailureDiagnostics,
  preprovisionConfigPage,
  preprovisionFailurePage,
  preprovisionMenuPage,
  preprovisionSuccessPage,
} from './preprovision/preprovision-pages';
import { autopilotResetPage, handleResetKey, lockScreenPage, resetErrorPage } from './reset/reset-pages';
import { devicePrepPage } from './device-prep/dp-pages';
import { taskSequencePage } from './existing-device/task-sequence-page';
import { licenseAgreementPage } from './oobe/license-agreement';
import { continueOobe } from './oobe/flow';
import { handleSelfDeployingInput } from './self-deploying/sd-pages';
import { provisioningPackagePage } from './oobe/provisioning-package/ppkg-page';
import { handleLocalLicenseInput, localAccountPage } from './oobe/local-account/local-account-page';

/**
 * Whether an input meant for `page` may reach the screen: true without a target (scripts, the CLI)
 * or when that page is still showing. An input for a page that has gone is dropped with a timeline
 * note and no error: on Windows a page stops taking input once its button is pressed (spec/oobe-ui.md §1).
 */
export function forPage(ctx: Ctx, page: PageTarget | undefined, what: string): boolean {
  if (!page) return true;
  const { id } = ctx.state.page;
  if (page.screen === id && page.changes === (ctx.state.pageChanges ?? 0)) return true;
  timeline(ctx, 'input', `Ignored ${what}: it was meant for the "${page.screen}" page, which has gone (now "${id}")`);
  return false;
}

/** Routes a user action to the page on screen. */
export function handlePageInput(ctx: Ctx, input: PageInput): void {
  const page = ctx.state.page;
  // Self-deploying: its sign-on screen, the kiosk, and "Try again" before the device-token join.
  if (handleSelfDeployingInput(ctx, input)) return;
  // The licence page of the local-account path (pre-provisioning user flow without wlidsvc).
  if (handleLocalLicenseInput(ctx, input)) return;
  switch (page.id) {
    case 'region':
      return regionPage(ctx, page, input);
    case 'keyboard':
      return keyboardPage(ctx, page, input);
    case 'second-keyboard':
      return secondKeyboardPage(ctx, page, input);
    case 'network':
      return networkPage(ctx, page, input);
    case 'branding-signin':
      return brandingSignInPage(ctx, page, input);
    case 'consumer-oobe':
      return consumerPage(ctx, page, input);
    case 'password':
      return passwordPage(ctx, page, input);
    case 'mfa':
      return mfaPage(ctx, page, input);
    case 'something-went-wrong':
      return somethingWentWrongPage(ctx, page, input);
    case 'esp':
      return espPage(ctx, page, input);
    case 'esp-error':
      return espErrorPage(ctx, page, input);
    case 'autopilot-diagnostics':
      return diagnosticsPage(ctx, page, input);
    case 'privacy':
      return privacyPage(ctx, page, input);
    case 'signon':
      return signonPage(ctx, page, input);
    case 'stay-signed-in':
      return staySignedInPage(ctx, page, input);
    case 'all-set':
      return allSetPage(ctx, page, input);
    case 'desktop':
      return desktopPage(ctx, page, input);
    case 'windows-hello':
      return helloPage(ctx, page, input);
    case 'lock-screen':
      return lockScreenPage(ctx, page, input);
    case 'autopilot-reset':
      return autopilotResetPage(ctx, page, input);
    case 'reset-error':
      return resetErrorPage(ctx, page, input);
    case 'device-prep-progress':
    case 'device-prep-complete':
    case 'device-prep-failure':
      return devicePrepPage(ctx, page, input);
    case 'task-sequence':
      return taskSequencePage(ctx, page, input);
    case 'license-agreement':
      return licenseAgreementPage(continueOobe)(ctx, page, input);
    case 'preprovision-menu':
      return preprovisionMenuPage(ctx, page, input);
    case 'preprovision-config':
      return preprovisionConfigPage(ctx, page, input);
    case 'preprovision-success':
      return preprovisionSuccessPage(ctx, page, input);
    case 'preprovision-failure':
      return preprovisionFailurePage(ctx, page, input);
    case 'provisioning-package':
      return provisioningPackagePage(ctx, page, input);
    case 'local-account':
      return localAccountPage(ctx, page, input);
    default:
      throw notOnScreen(page, input);
  }
}

/**
 * A key press. Ctrl+Shift+D opens the Windows Autopilot diagnostics page (Windows 11, log collection
 * on, during the ESP: user-driven.md §7); Ctrl+Alt+Delete unlocks the sign-on screen. Other chords
 * (Windows key ×5, Shift+F10) are recorded for the flows that use them.
 */
export function handleKey(ctx: Ctx, chord: string): void {
  timeline(ctx, 'input', `Key pressed: ${chord}`);
  onKeyForPreprovision(ctx, chord);
  if (handleResetKey(ctx, chord)) return;
  if (handleDesktopKey(ctx, chord)) return;
  const page = ctx.state.page;
  if (chord === 'Ctrl+Alt+Delete') {
    pressCtrlAltDel(ctx);
    return;
  }
  if (
    chord === 'Ctrl+Shift+D' &&
    (page.id === 'esp' || page.id === 'esp-error') &&
    diagnosticsLink(ctx.state) === 'view-diagnostics'
  ) {
    openDiagnostics(ctx, page.id);
  }
  // Windows 11's pre-provisioning failure page: Ctrl+Shift+D → diagnostics with "Export logs" (001:6654).
  if (chord === 'Ctrl+Shift+D' && page.id === 'preprovision-failure' && failureLogs(ctx.state) === 'ctrl-shift-d') {
    openFailureDiagnostics(ctx);
  }
}
