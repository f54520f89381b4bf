import { timeline } from '../../context';
import type { PageState } from '../../state';
import { continueAfterJoin } from '../after-join';
import { notOnScreen, requireItem, type PageHandler } from './page-input';
import { DEFAULT_PRIVACY_CHOICES, PRIVACY_SETTINGS } from '../privacy-settings';

export { DEFAULT_PRIVACY_CHOICES, PRIVACY_SETTINGS };

type PrivacyPage = Extract<PageState, { id: 'privacy' }>;

/** "Choose privacy settings for your device": "Next" scrolls to the end, then "Accept" (oobe-ui.md §21). */
export const privacyPage: PageHandler<PrivacyPage> = (ctx, page, input) => {
  if (input.kind === 'select') {
    const setting = PRIVACY_SETTINGS.find((s) => s.id === input.list);
    if (setting) {
      page.choices = { ...page.choices, [setting.id]: requireItem(setting.choices, input.item, setting.heading) };
      return;
    }
  }
  if (input.kind === 'click' && input.control === 'next' && !page.atEnd) {
    page.atEnd = true;
    return;
  }
  if (input.kind === 'click' && input.control === 'accept' && page.atEnd) {
    ctx.state.oobe.privacyAccepted = true;
    timeline(ctx, 'input', 'Privacy settings accepted');
    continueAfterJoin(ctx);
    return;
  }
  throw notOnScreen(page, input);
};
