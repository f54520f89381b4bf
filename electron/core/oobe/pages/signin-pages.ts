import { OOBE_STRINGS } from '../../../../shared/strings';
import { ENROLLMENT_STRINGS } from '../../../../shared/strings-enrollment';
import { setRegistryValue, showError, showPage, timeline } from '../../context';
import { findUser } from '../../enrollment/users';
import { callService } from '../../network/cloud-link';
import { DeviceError } from '../../device-core';
import type { PageState } from '../../state';
import { AUTOPILOT_DIAGNOSTICS_KEY } from '../profile-download';
import { notOnScreen, requireItem, type PageHandler } from './page-input';
import { showSignIn } from '../flow';

type Page<I extends PageState['id']> = Extract<PageState, { id: I }>;

const UPN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The company-branded sign-in page (user-driven.md §4): the username step. An account from another
 * organization (or a device registered to another tenant) gets the documented error and
 * `TenantMatched` = 0; a known user goes on to the password page.
 */
export const brandingSignInPage: PageHandler<Page<'branding-signin'>> = (ctx, page, input) => {
  const { state } = ctx;
  const locked = Boolean(state.setup.registration.assignedUser);
  if (input.kind === 'type' && input.field === 'username') {
    if (locked) throw new DeviceError('The username is set by the assigned user and cannot be changed.');
    page.username = input.text;
    page.error = null;
    return;
  }
  if (input.kind === 'click' && input.control === 'next') {
    const username = page.username.trim();
    if (!UPN.test(username)) {
      page.error = OOBE_STRINGS.signIn.invalidUsername;
      return;
    }
    // Home realm discovery: Entra ID tells whether the account (and this device's record) is this organization's.
    const realm = callService(ctx, { op: 'entra.realm', upn: username });
    if (realm.kind === 'unreachable') {
      const message = ENROLLMENT_STRINGS.error.tryAgainOnly;
      showPage(ctx, { id: 'something-went-wrong', message, code: null });
      showError(ctx, { code: null, message });
      return;
    }
    if (realm.kind === 'other-organization') {
      page.error = OOBE_STRINGS.signIn.otherTenant;
      showError(ctx, { code: null, message: page.error });
      setRegistryValue(ctx, AUTOPILOT_DIAGNOSTICS_KEY, 'TenantMatched', { type: 'REG_DWORD', data: 0 });
      timeline(ctx, 'input', `Sign-in with ${username}: account belongs to another organization`);
      return;
    }
    state.setup.tenant = realm.directory;
    const user = findUser(state, username);
    if (!user) {
      page.error = ENROLLMENT_STRINGS.password.unknownUser;
      timeline(ctx, 'input', `Sign-in with ${username}: no such user`);
      return;
    }
    state.account.upn = user.upn;
    timeline(ctx, 'input', `Username: ${user.upn}`);
    showPage(ctx, { id: 'password', password: '', error: null, busy: false });
    return;
  }
  throw notOnScreen(page, input);
};

/** "How would you like to set up this device?" — where a device without Autopilot goes on. */
export const consumerPage: PageHandler<Page<'consumer-oobe'>> = (ctx, page, input) => {
  if (input.kind === 'select' && input.list === 'setup-type') {
    page.selected = requireItem(['personal', 'work'], input.item, 'setup type') as 'personal' | 'work';
    return;
  }
  if (input.kind === 'click' && input.control === 'next') {
    if (!page.selected) throw new DeviceError('Choose how to set up this device first.');
    if (page.selected === 'work' && ctx.state.setup.policies.devicePreparation.length > 0) {
      // "Set up for work or school" → the Entra sign-in, where a device preparation policy can take over (device-preparation.md §1.2 S5).
      timeline(ctx, 'input', 'Set up for work or school');
      showSignIn(ctx);
      return;
    }
    throw new DeviceError(
      'The simulator emulates Autopilot deployments; the consumer setup beyond this page is not simulated.',
    );
  }
  throw notOnScreen(page, input);
};
