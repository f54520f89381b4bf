import { ENROLLMENT_STRINGS } from '../../../shared/strings-enrollment';
import { timeline, type Ctx } from '../context';
import { entraUnreachableAtSignIn } from '../enrollment/first-sign-in';
import { signInOrganizationUser } from '../enrollment/users';
import { continueAfterJoin } from '../oobe/after-join';
import { notOnScreen, type PageInput } from '../oobe/pages/page-input';
import type { PageState } from '../state';
import { startDeviceTokenJoin } from './device-token-join';
import { signInKiosk } from './sd-ending';
import { isSelfDeploying, KIOSK_ACCOUNT } from './sd-mode';

type SignOnPage = Extract<PageState, { id: 'signon' }>;

/** "kioskUser0", ".\kioskUser0" or "COMPUTER\kioskUser0": the local kiosk account, whatever the case. */
function isKioskAccount(typed: string): boolean {
  const name = typed.trim().split('\\').pop() ?? '';
  return name.toLowerCase() === KIOSK_ACCOUNT.toLowerCase();
}

/**
 * The sign-on screen at the end of a self-deploying deployment: any member of the organization
 * signs in with Entra credentials (001:11211), then Account setup runs (001:8900). On a kiosk whose
 * autologon failed, the documented workaround works too: `kioskUser0` with no password (001:3179).
 */
function selfDeployingSignOn(ctx: Ctx, page: SignOnPage, input: PageInput): void {
  if (input.kind === 'type' && (input.field === 'username' || input.field === 'password')) {
    page[input.field] = input.text;
    page.error = null;
    return;
  }
  if (input.kind !== 'click' || input.control !== 'sign-in') throw notOnScreen(page, input);
  const { state } = ctx;
  if (state.setup.policies.kiosk && isKioskAccount(page.username) && page.password === '') {
    signInKiosk(ctx, 'manual');
    return;
  }
  // An Entra account can sign in only on a device that joined Entra ID, and only while Entra ID answers.
  if (state.account.joined && entraUnreachableAtSignIn(ctx, page)) return;
  if (!signInOrganizationUser(ctx, page, ENROLLMENT_STRINGS.signon.wrong, state.account.joined)) return;
  continueAfterJoin(ctx);
}

/** Input that self-deploying mode handles before the ordinary pages do; false lets the ordinary handler take it. */
export function handleSelfDeployingInput(ctx: Ctx, input: PageInput): boolean {
  const { state } = ctx;
  const page = state.page;
  if (page.id === 'kiosk') throw notOnScreen(page, input);
  if (page.id === 'signon' && page.purpose === 'self-deploying') {
    selfDeployingSignOn(ctx, page, input);
    return true;
  }
  // 0x81039001 is intermittent and "subsequent attempts might resolve" it (001:3200): the condition
  // is gone by the next attempt, and the ESP's own "Try again" runs it (as pre-provisioning's Retry does).
  const intermittent = isSelfDeploying(state) && page.id === 'esp-error' && state.esp?.failure?.code === '0x81039001';
  if (
    intermittent &&
    input.kind === 'click' &&
    input.control === 'try-again' &&
    state.tpmFault === 'max-attestation-retry-exceeded'
  ) {
    state.tpmFault = 'none';
    timeline(ctx, 'cloud', 'The intermittent TPM attestation problem (0x81039001) is gone on this attempt');
  }
  // Without an ESP, a failed join shows the generic error page; its "Try again" joins again.
  const failedJoin = isSelfDeploying(state) && !state.account.joined && state.selfDeploying?.joinFailure;
  if (failedJoin && page.id === 'something-went-wrong' && input.kind === 'click' && input.control === 'try-again') {
    timeline(ctx, 'input', 'Try again');
    startDeviceTokenJoin(ctx);
    return true;
  }
  return false;
}
