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
import { desktopPage } from './oobe/pages/desktop-page';

/** Routes a user action to the page on screen. */
export function handlePageInput(ctx: Ctx, input: PageInput): void {
  const page = ctx.state.page;
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
  const page = ctx.state.page;
  if (chord === 'Ctrl+Alt+Delete') {
    pressCtrlAltDel(ctx);
    return;
  }
  if (chord === 'Ctrl+Shift+D' && (page.id === 'esp' || page.id === 'esp-error') && diagnosticsLink(ctx.state) === 'view-diagnostics') {
    openDiagnostics(ctx, page.id);
  }
}
