import { RESET_STRINGS } from '../../../shared/strings-reset';
import { timeline, type Ctx } from '../context';
import { signInOrganizationUser } from '../enrollment/users';
import { continueAfterJoin } from '../oobe/after-join';
import type { PageState } from '../state';
import { watchForDesktop } from './apps-after-reset';
import { ensureUserProfile } from './user-profile';

type SignonPage = Extract<PageState, { id: 'signon' }>;

/** After a reset the sign-on screen belongs to nobody yet: any of the organization's users may sign in. */
export function awaitsNextUser(ctx: Ctx): boolean {
  return ctx.state.reset.awaitingNextUser;
}

/**
 * The first sign-in after a reset. After a remote reset this user becomes the primary user and the
 * Entra device owner (001:11353); after a local one those stay as they were (001:11333).
 */
export function signInNextUser(ctx: Ctx, page: SignonPage): void {
  const { state } = ctx;
  const user = signInOrganizationUser(ctx, page, RESET_STRINGS.signIn.wrong);
  if (!user) return;
  state.reset.awaitingNextUser = false;
  if (state.reset.ownerCleared) {
    state.reset.ownerCleared = false;
    state.reset.primaryUser = user.upn;
    timeline(ctx, 'cloud', `Intune: ${user.upn} is now the primary user and the Microsoft Entra device owner`);
  }
  ensureUserProfile(ctx);
  watchForDesktop(ctx);
  continueAfterJoin(ctx);
}
