import { timeline, showPage, type Ctx } from '../context';
import type { DeviceState } from '../state';
import type { ReturnablePage } from './preprovision-state';

/** The chord the on-screen Windows key (and the physical key, where the host lets it through) sends. */
export const WINDOWS_KEY = 'Meta';
const PRESSES = 5;

/**
 * Whether the page on screen listens for WIN ×5 (docs/FIDELITY.md "Pre-provisioning" explains the
 * reading): the first OOBE page the technician sees, before anything is answered (003:46, 001:11476:
 * "From the first out-of-box experience (OOBE) screen (which could be a language selection, locale
 * selection screen, or the Microsoft Entra sign-in page)"), and the Entra sign-in page, whether it is
 * the first screen (a wired device whose profile presets language and keyboard) or the technician
 * answered the locale pages on the way there (the tutorial's path, 001:6599–6611). Once the
 * technician moved past the first screen, the pages before the sign-in page do not listen.
 */
export function winKeyListening(state: DeviceState): boolean {
  const { page, oobe } = state;
  const nothingAnswered = oobe.region === null && oobe.keyboard === null && oobe.secondKeyboard === null;
  if (page.id === 'region') return nothingAnswered;
  // The keyboard page is first only when the region was preset and nothing has been answered.
  if (page.id === 'keyboard') return nothingAnswered;
  return page.id === 'branding-signin';
}

/**
 * A key press as pre-provisioning sees it: five consecutive Windows key presses on a listening
 * page open "What would you like to do?". Any other key in between starts the count again, and
 * so does a page change (the count belongs to the page it was made on).
 */
export function onKeyForPreprovision(ctx: Ctx, chord: string): void {
  const pp = ctx.state.preprovision;
  if (chord !== WINDOWS_KEY) {
    pp.winKeyPresses = 0;
    pp.winKeyPage = null;
    return;
  }
  if (!winKeyListening(ctx.state)) {
    pp.winKeyPresses = 0;
    pp.winKeyPage = null;
    return;
  }
  if (pp.winKeyPage !== ctx.state.page.id) pp.winKeyPresses = 0;
  pp.winKeyPage = ctx.state.page.id;
  pp.winKeyPresses += 1;
  if (pp.winKeyPresses < PRESSES) return;
  pp.winKeyPresses = 0;
  pp.winKeyPage = null;
  openMenu(ctx, ctx.state.page as ReturnablePage);
}

/** Windows 11 opens with nothing selected, Windows 10 with the first row (oobe-ui.md §13). */
export function openMenu(ctx: Ctx, returnTo: ReturnablePage): void {
  timeline(ctx, 'input', 'Windows key pressed five times: "What would you like to do?"');
  const selected = ctx.state.setup.windows.version === '10' ? 'provisioning-package' : null;
  showPage(ctx, { id: 'preprovision-menu', selected, notice: null, returnTo: { ...returnTo } });
}
