import { ENROLLMENT_STRINGS } from '../../../shared/strings-enrollment';
import { showError, timeline, type Ctx } from '../context';
import { canReach } from '../network/connectivity';

/**
 * A work account's first sign-in on an Entra-joined device has no cached credentials: Windows must
 * ask Entra ID (login.microsoftonline.com) to check them, so without a route there it can't sign the
 * user in. The sign-on screen stays, with the generic error, and the typed password is dropped;
 * "Sign in" works again once the route is back. Returns true when the sign-in was refused so.
 * A reachability check, not a service request: the password itself is still checked against the
 * device's copy of the tenant, as before, so no extra `service:called` appears in the timelines.
 */
export function entraUnreachableAtSignIn(
  ctx: Ctx,
  page: { username: string; password: string; error: string | null },
): boolean {
  if (canReach(ctx.state, 'login.microsoftonline.com')) return false;
  page.error = ENROLLMENT_STRINGS.signon.unreachable;
  page.password = '';
  timeline(ctx, 'input', `Sign-in as ${page.username.trim()}: Microsoft Entra ID cannot be reached`);
  showError(ctx, { code: null, message: page.error });
  return true;
}
