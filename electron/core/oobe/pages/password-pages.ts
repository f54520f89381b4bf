import { ENROLLMENT_STRINGS } from '../../../../shared/strings-enrollment';
import { showPage, timeline } from '../../context';
import { startJoin } from '../../enrollment/join';
import { acceptMfaCode } from '../../enrollment/mfa-code';
import { findUser } from '../../enrollment/users';
import type { PageState } from '../../state';
import { notOnScreen, type PageHandler } from './page-input';
import { showSignIn } from '../flow';

type Page<I extends PageState['id']> = Extract<PageState, { id: I }>;

/** "Enter password" → "Sign in" (Windows 11) / "Next" (Windows 10); MFA when the user has it. */
export const passwordPage: PageHandler<Page<'password'>> = (ctx, page, input) => {
  if (page.busy) throw notOnScreen(page, input);
  if (input.kind === 'type' && input.field === 'password') {
    page.password = input.text;
    page.error = null;
    return;
  }
  if (input.kind === 'click' && input.control === 'sign-in') {
    const user = findUser(ctx.state, ctx.state.account.upn);
    if (!page.password) {
      page.error = ENROLLMENT_STRINGS.password.empty;
      return;
    }
    if (!user || page.password !== user.password) {
      page.error = ENROLLMENT_STRINGS.password.wrong;
      page.password = '';
      timeline(ctx, 'input', 'Wrong password');
      return;
    }
    timeline(ctx, 'input', `Password accepted for ${user.upn}`);
    if (user.mfa) {
      showPage(ctx, { id: 'mfa', code: '', error: null, busy: false });
      return;
    }
    startJoin(ctx);
    return;
  }
  if (input.kind === 'click' && input.control === 'back') {
    showSignIn(ctx);
    return;
  }
  throw notOnScreen(page, input);
};

/** "Enter code" → "Verify" (external-facts.md §6.2). */
export const mfaPage: PageHandler<Page<'mfa'>> = (ctx, page, input) => {
  if (page.busy) throw notOnScreen(page, input);
  if (input.kind === 'type' && input.field === 'code') {
    page.code = input.text;
    page.error = null;
    return;
  }
  if (input.kind === 'click' && input.control === 'verify') {
    if (!acceptMfaCode(ctx, page)) return;
    timeline(ctx, 'input', 'Verification code accepted');
    startJoin(ctx);
    return;
  }
  throw notOnScreen(page, input);
};

/** "Something went wrong": "Try again" goes back to the sign-in page (user-driven.md §5). */
export const somethingWentWrongPage: PageHandler<Page<'something-went-wrong'>> = (ctx, page, input) => {
  if (input.kind === 'click' && input.control === 'try-again') {
    timeline(ctx, 'input', 'Try again');
    // The sign-in page loads again from Entra ID: still unreachable means the same error.
    showSignIn(ctx);
    return;
  }
  throw notOnScreen(page, input);
};
