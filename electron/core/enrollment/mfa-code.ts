import { ENROLLMENT_STRINGS } from '../../../shared/strings-enrollment';
import { timeline, type Ctx } from '../context';
import { findUser } from './users';

/**
 * Checks the verification code typed on a code page (the sign-in's MFA page, Windows Hello's
 * identity check): a wrong one empties the box and shows Windows's message, as both pages do.
 */
export function acceptMfaCode(ctx: Ctx, page: { code: string; error: string | null }): boolean {
  const user = findUser(ctx.state, ctx.state.account.upn);
  if (user && page.code.trim() === user.mfaCode) return true;
  page.error = ENROLLMENT_STRINGS.mfa.wrong;
  page.code = '';
  timeline(ctx, 'input', 'Wrong verification code');
  return false;
}
