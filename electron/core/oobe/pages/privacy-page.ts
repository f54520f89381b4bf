import { ENROLLMENT_STRINGS } from '../../../../shared/strings-enrollment';
import { timeline } from '../../context';
import type { PageState } from '../../state';
import { continueAfterJoin } from '../after-join';
import { notOnScreen, requireItem, type PageHandler } from './page-input';

const P = ENROLLMENT_STRINGS.privacy;

/** The privacy settings as oobe-ui.md §21 lists them: id → heading and choices (first = preselected). */
export const PRIVACY_SETTINGS: readonly { id: string; heading: string; choices: readonly string[] }[] = [
  { id: 'location', heading: 'Let Microsoft and apps use your location', choices: [P.yes, P.no] },
  { id: 'find-my-device', heading: 'Find my device', choices: [P.yes, P.no] },
  { id: 'diagnostic-data', heading: 'Send diagnostic data to Microsoft', choices: [P.includeOptional, P.requiredOnly] },
  { id: 'inking-typing', heading: 'Improve inking & typing', choices: [P.yes, P.no] },
  { id: 'tailored-experiences', heading: 'Get tailored experiences with diagnostic data', choices: [P.yes, P.no] },
  { id: 'personalized-offers', heading: 'Get personalized offers from Windows', choices: [P.yes, P.no] },
];

export const DEFAULT_PRIVACY_CHOICES: Readonly<Record<string, string>> = Object.fromEntries(
  PRIVACY_SETTINGS.map((s) => [s.id, s.choices[0]!]),
);

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
