import { showPage, timeline, type Ctx } from '../context';
import { notOnScreen, type PageHandler } from '../oobe/pages/page-input';
import { signOnPage } from '../oobe/pages/signon-pages';
import type { PageState } from '../state';
import { checkResetCredentials } from './reset-credentials';
import { localResetEnabled } from './reset-policy';
import { continueAfterRecoveryPrompt, startReset } from './reset-run';
import { ensureUserProfile } from './user-profile';

type Page<I extends PageState['id']> = Extract<PageState, { id: I }>;

/** Windows+L (or the lock control): the desktop gives way to the lock screen. */
export function lockDevice(ctx: Ctx): void {
  ensureUserProfile(ctx);
  timeline(ctx, 'input', 'Device locked');
  showPage(ctx, { id: 'lock-screen' });
}

function openResetSignIn(ctx: Ctx): void {
  timeline(ctx, 'input', 'Local Autopilot Reset sign-in opened');
  showPage(ctx, { id: 'autopilot-reset', stage: 'sign-in', username: '', password: '', error: null });
}

/**
 * Keys the reset cares about: Windows+L on the desktop locks it; on the lock screen Ctrl+Alt+Delete
 * asks for the user's password, and Ctrl+Win+R opens the local Autopilot Reset sign-in when the
 * policy allows it (001:11318) and does nothing otherwise (disabled by default, 001:11284).
 * Returns whether the key was the reset's to handle.
 */
export function handleResetKey(ctx: Ctx, chord: string): boolean {
  const page = ctx.state.page;
  if (page.id === 'desktop' && chord === 'Meta+L') {
    lockDevice(ctx);
    return true;
  }
  if (page.id !== 'lock-screen') return false;
  if (chord === 'Ctrl+Alt+Delete') {
    signOnPage(ctx, 'desktop');
    return true;
  }
  if (chord === 'Ctrl+Meta+R' || chord === 'Meta+Ctrl+R') {
    if (localResetEnabled(ctx.state)) openResetSignIn(ctx);
    return true;
  }
  return false;
}

/** The lock screen: selecting it (or Ctrl+Alt+Delete) brings up the sign-on screen. */
export const lockScreenPage: PageHandler<Page<'lock-screen'>> = (ctx, page, input) => {
  if (input.kind === 'click' && input.control === 'dismiss') {
    signOnPage(ctx, 'desktop');
    return;
  }
  throw notOnScreen(page, input);
};

/** Typing into the user name and password boxes of the reset's sign-in screens. */
function typeCredentials(
  page: { username: string; password: string; error: string | null },
  field: string,
  text: string,
): boolean {
  if (field === 'username') page.username = text;
  else if (field === 'password') page.password = text;
  else return false;
  page.error = null;
  return true;
}

/** The custom sign-in screen of a local Autopilot Reset (001:11320–11329): a local administrator starts it. */
export const autopilotResetPage: PageHandler<Page<'autopilot-reset'>> = (ctx, page, input) => {
  if (page.stage !== 'sign-in') throw notOnScreen(page, input);
  if (input.kind === 'type' && typeCredentials(page, input.field, input.text)) return;
  if (input.kind === 'click' && input.control === 'cancel') {
    showPage(ctx, { id: 'lock-screen' });
    return;
  }
  if (input.kind === 'click' && input.control === 'reset') {
    const check = checkResetCredentials(ctx.state, page.username, page.password);
    if (!check.ok) {
      page.error = check.error;
      page.password = '';
      timeline(ctx, 'input', `Autopilot Reset sign-in refused for "${page.username}"`);
      return;
    }
    timeline(ctx, 'input', `Autopilot Reset authorized by ${check.account}`);
    startReset(ctx, 'local');
    return;
  }
  throw notOnScreen(page, input);
};

/** A reset that failed: sign in to see why, or (recovery environment not found) administrator credentials to continue. */
export const resetErrorPage: PageHandler<Page<'reset-error'>> = (ctx, page, input) => {
  if (input.kind === 'click' && input.control === 'sign-in') {
    ctx.state.reset.running = null;
    signOnPage(ctx, 'desktop');
    return;
  }
  if (page.reason === 'recovery-not-found') {
    if (input.kind === 'type' && typeCredentials(page, input.field, input.text)) return;
    if (input.kind === 'click' && input.control === 'continue') {
      const check = checkResetCredentials(ctx.state, page.username, page.password);
      if (!check.ok) {
        page.error = check.error;
        page.password = '';
        return;
      }
      continueAfterRecoveryPrompt(ctx);
      return;
    }
  }
  throw notOnScreen(page, input);
};
