import { timeline, type Ctx } from './context';
import { brandingSignInPage, consumerPage } from './oobe/pages/signin-pages';
import { keyboardPage, regionPage, secondKeyboardPage } from './oobe/pages/locale-pages';
import { networkPage } from './oobe/pages/network-page';
import { notOnScreen, type PageInput } from './oobe/pages/page-input';

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
    default:
      throw notOnScreen(page, input);
  }
}

/**
 * A key press. The chords with a meaning in OOBE (Windows key ×5, Shift+F10, Ctrl+Shift+D) are
 * taken up by the flows that use them; until then the device records the press.
 */
export function handleKey(ctx: Ctx, chord: string): void {
  timeline(ctx, 'input', `Key pressed: ${chord}`);
}
