import { timeline } from '../../context';
import type { PageState } from '../../state';
import { notOnScreen, type PageHandler } from './page-input';

type DesktopPage = Extract<PageState, { id: 'desktop' }>;

/** The desktop: Settings > Accounts > Access work or school shows the work account. */
export const desktopPage: PageHandler<DesktopPage> = (ctx, page, input) => {
  if (input.kind === 'click' && input.control === 'open-access-work-or-school') {
    page.window = 'access-work-or-school';
    timeline(ctx, 'input', 'Opened Settings > Accounts > Access work or school');
    return;
  }
  if (input.kind === 'click' && input.control === 'close-settings' && page.window !== 'none') {
    page.window = 'none';
    return;
  }
  throw notOnScreen(page, input);
};
