import { timeline } from '../../context';
import type { PageState } from '../../state';
import { notOnScreen, type PageHandler } from './page-input';
import { lockDevice } from '../../reset/reset-pages';
import { syncWithIntune } from '../../reset/remote-reset';

type DesktopPage = Extract<PageState, { id: 'desktop' }>;

/** The desktop: Settings > Accounts > Access work or school shows the work account. */
export const desktopPage: PageHandler<DesktopPage> = (ctx, page, input) => {
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
  if (input.kind === 'click' && input.control === 'open-work-account-info' && page.window !== 'none') {
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
