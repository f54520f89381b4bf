import { startWindowsHello } from '../../hello/hello-flow';
import { ENROLLMENT_STRINGS } from '../../../../shared/strings-enrollment';
import { showPage, timeline, type Ctx } from '../../context';
import { entraUnreachableAtSignIn } from '../../enrollment/first-sign-in';
import { isHybrid, onPremisesAccount, signedInUser } from '../../enrollment/users';
import type { PageState } from '../../state';
import { continueAfterJoin, resumeAfterHybridPages } from '../after-join';
import { notOnScreen, type PageHandler } from './page-input';
import { awaitsNextUser, signInNextUser } from '../../reset/next-user';
import { awaitsComgmtLogon, signInAfterLogoff } from '../../comgmt/auto-enroll/auto-enroll';

type Page<I extends PageState['id']> = Extract<PageState, { id: I }>;

/** Shows the Windows sign-on screen: Ctrl+Alt+Delete first on a domain-joined device. */
export function signOnPage(ctx: Ctx, purpose: 'account-setup' | 'desktop'): void {
  const { state } = ctx;
  const user = signedInUser(state);
  const hybrid = isHybrid(state);
  const username = user ? (hybrid ? onPremisesAccount(state, user) : user.upn) : '';
  showPage(ctx, {
    id: 'signon',
    stage: hybrid ? 'press-ctrl-alt-del' : 'credentials',
    username,
    password: '',
    error: null,
    purpose,
  });
}

/** Whether the typed account is the signed-in user's (DOMAIN\name or UPN, case-insensitive). */
function matches(ctx: Ctx, typed: string): boolean {
  const user = signedInUser(ctx.state);
  if (!user) return false;
  const wanted = [user.upn, onPremisesAccount(ctx.state, user)].map((s) => s.toLowerCase());
  return wanted.includes(typed.trim().toLowerCase());
}

/** The Windows sign-on screen (user-driven.md §3 row 11): Ctrl+Alt+Delete, then credentials. */
export const signonPage: PageHandler<Page<'signon'>> = (ctx, page, input) => {
  if (page.stage === 'press-ctrl-alt-del') throw notOnScreen(page, input);
  if (input.kind === 'type' && input.field === 'username') {
    page.username = input.text;
    page.error = null;
    return;
  }
  if (input.kind === 'type' && input.field === 'password') {
    page.password = input.text;
    page.error = null;
    return;
  }
  if (input.kind === 'click' && input.control === 'sign-in') {
    // After an Autopilot Reset the next user may be any of the organization's users.
    if (awaitsNextUser(ctx)) return signInNextUser(ctx, page);
    // The first sign-in of an Entra-joined device's user checks the credentials with Entra ID.
    if (!isHybrid(ctx.state) && page.purpose === 'account-setup' && entraUnreachableAtSignIn(ctx, page)) return;
    // After a co-managed device's user signed out, any cloud user of the tenant may log on (002:111).
    if (awaitsComgmtLogon(ctx)) return signInAfterLogoff(ctx, page, ENROLLMENT_STRINGS.signon.wrong);
    const user = signedInUser(ctx.state);
    const expected = isHybrid(ctx.state) ? (user?.onPremisesPassword ?? user?.password) : user?.password;
    if (!matches(ctx, page.username) || page.password !== expected) {
      page.error = ENROLLMENT_STRINGS.signon.wrong;
      page.password = '';
      return;
    }
    ctx.state.account.signedIn = true;
    timeline(ctx, 'input', `Signed in as ${page.username}`);
    // A hybrid device's first sign-in after Account setup provisions Windows Hello (oobe-ui.md §22); an unlock never does.
    if (page.purpose !== 'desktop') continueAfterJoin(ctx);
    else if (!startWindowsHello(ctx)) showPage(ctx, { id: 'desktop', window: 'none' });
    return;
  }
  throw notOnScreen(page, input);
};

/** Ctrl+Alt+Delete on the lock screen opens the credentials. */
export function pressCtrlAltDel(ctx: Ctx): boolean {
  const page = ctx.state.page;
  if (page.id !== 'signon' || page.stage !== 'press-ctrl-alt-del') return false;
  page.stage = 'credentials';
  return true;
}

/** "Stay signed in to all your apps": keep "Allow my organization to manage my device", then "OK". */
export const staySignedInPage: PageHandler<Page<'stay-signed-in'>> = (ctx, page, input) => {
  if (input.kind === 'select' && input.list === 'allow-manage') {
    page.allowManage = input.item === 'on';
    return;
  }
  if (input.kind === 'click' && input.control === 'ok') {
    timeline(ctx, 'input', page.allowManage ? 'Stay signed in: OK' : 'Stay signed in: OK without device management');
    showPage(ctx, { id: 'all-set' });
    return;
  }
  throw notOnScreen(page, input);
};

/** "You're all set!" → "Done": back to the running Account setup. */
export const allSetPage: PageHandler<Page<'all-set'>> = (ctx, page, input) => {
  if (input.kind === 'click' && input.control === 'done') {
    resumeAfterHybridPages(ctx);
    return;
  }
  throw notOnScreen(page, input);
};
