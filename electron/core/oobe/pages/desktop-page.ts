import { timeline, type Ctx } from '../../context';
import { WINDOWS_KEY } from '../../preprovision/win-key';
import type { PageState } from '../../state';
import { notOnScreen, type PageHandler } from './page-input';
import { lockDevice } from '../../reset/reset-pages';
import { syncWithIntune } from '../../reset/remote-reset';
import { mdmEnrolledOf } from '../../comgmt/comgmt-view';

/** The Windows key on the desktop opens or closes Start. Returns whether the key was the desktop's. */
export function handleDesktopKey(ctx: Ctx, chord: string): boolean {
  const page = ctx.state.page;
  if (page.id !== 'desktop' || chord !== WINDOWS_KEY) return false;
  page.window = page.window === 'start-menu' ? 'none' : 'start-menu';
  return true;
}

type DesktopPage = Extract<PageState, { id: 'desktop' }>;

/** Settings pages: every window but the Start menu and the Configuration Manager applet. */
function settingsOpen(page: DesktopPage): boolean {
  return page.window !== 'none' && page.window !== 'start-menu' && page.window !== 'configmgr-applet';
}

/**
 * The desktop: Start (its menu pins Settings), Settings > Accounts > Access work or school with the
 * work account and its Info page (Sync), the Configuration Manager applet, and Lock.
 */
export const desktopPage: PageHandler<DesktopPage> = (ctx, page, input) => {
  if (input.kind === 'click' && input.control === 'start') {
    // Start toggles its menu, and closes over whatever was open (Windows keeps the window behind it).
    page.window = page.window === 'start-menu' ? 'none' : 'start-menu';
    return;
  }
  if (input.kind === 'click' && input.control === 'start-settings' && page.window === 'start-menu') {
    page.window = 'settings-system';
    timeline(ctx, 'input', 'Opened Settings');
    return;
  }
  if (input.kind === 'click' && input.control === 'settings-nav-system' && settingsOpen(page)) {
    page.window = 'settings-system';
    return;
  }
  if (input.kind === 'click' && input.control === 'settings-nav-accounts' && settingsOpen(page)) {
    page.window = 'settings-accounts';
    return;
  }
  // The taskbar's pinned Settings and Accounts' "Access work or school" row both land here (ms-settings:workplace).
  if (input.kind === 'click' && input.control === 'open-access-work-or-school') {
    page.window = 'access-work-or-school';
    timeline(ctx, 'input', 'Opened Settings > Accounts > Access work or school');
    return;
  }
  if (input.kind === 'click' && input.control === 'open-configmgr-applet' && ctx.state.comgmt?.clientInstalled) {
    page.window = 'configmgr-applet';
    timeline(ctx, 'input', 'Opened Control Panel > Configuration Manager');
    return;
  }
  if (input.kind === 'click' && input.control === 'lock') {
    lockDevice(ctx);
    return;
  }
  // Settings > Accounts > Access work or school > Managed by <organization> > Info > Sync (001:10367–10371).
  // No Info button before an existing client's MDM enrollment (002:85).
  if (
    input.kind === 'click' &&
    input.control === 'open-work-account-info' &&
    page.window === 'access-work-or-school' &&
    mdmEnrolledOf(ctx.state)
  ) {
    page.window = 'work-account-info';
    return;
  }
  if (input.kind === 'click' && input.control === 'sync' && page.window === 'work-account-info') {
    syncWithIntune(ctx, 'Sync in Settings');
    return;
  }
  if (input.kind === 'click' && input.control === 'close-settings' && page.window !== 'none') {
    page.window = 'none';
    return;
  }
  throw notOnScreen(page, input);
};
