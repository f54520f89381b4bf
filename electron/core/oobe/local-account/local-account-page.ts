import { LOCAL_ACCOUNT_STRINGS } from '../../../../shared/strings-local-oobe';
import { showPage, timeline, type Ctx } from '../../context';
import type { DeviceState } from '../../state';
import { notOnScreen, type PageHandler, type PageInput } from '../pages/page-input';
import { createLocalAccount } from './local-account-profile';
import { localAccountNameError } from './local-account-rules';
import type { LocalAccountPage } from './local-account-state';

/**
 * The pre-provisioning user flow after a technician flow with `wlidsvc` disabled: the Entra
 * sign-in option is missing and the user is "asked to accept the EULA, and create a local
 * account" (003:80, 001:2948).
 */
export function onLocalAccountPath(state: DeviceState): boolean {
  const pp = state.preprovision;
  return pp.stage === 'user-flow' && pp.caveats.includes('wlidsvc-disabled') && state.localAccount === null;
}

/**
 * Instead of the Entra sign-in: the License Agreement page (oobe-ui.md §10), then the local account.
 * Once the account exists (a restart after it was made), OOBE is over: its desktop shows.
 */
export function continueWithoutEntraSignIn(ctx: Ctx): void {
  if (ctx.state.localAccount) {
    ctx.state.account.signedIn = true;
    showPage(ctx, { id: 'desktop', window: 'none' });
    return;
  }
  showPage(ctx, { id: 'license-agreement' });
}

function showNamePage(ctx: Ctx): void {
  showPage(ctx, { id: 'local-account', stage: 'name', name: '', password: '', confirm: '', error: null });
}

/**
 * "Accept" on the licence page of the local-account path. The existing-devices handler records
 * its answer in the task-sequence state, which this device doesn't have. Returns true when handled.
 */
export function handleLocalLicenseInput(ctx: Ctx, input: PageInput): boolean {
  const { state } = ctx;
  if (state.page.id !== 'license-agreement' || state.existingDevice || !onLocalAccountPath(state)) return false;
  if (input.kind === 'click' && input.control === 'accept') {
    state.oobe.licenseAccepted = true;
    timeline(ctx, 'input', 'License Agreement accepted');
    showNamePage(ctx);
    return true;
  }
  throw notOnScreen(state.page, input);
}

/** The account is made: Windows signs the new user in and shows the desktop (a workgroup device, nothing enrolled). */
function finish(ctx: Ctx, page: LocalAccountPage): void {
  const { state } = ctx;
  createLocalAccount(ctx, page.name.trim(), page.password.length > 0);
  state.account.signedIn = true;
  showPage(ctx, { id: 'desktop', window: 'none' });
}

function next(ctx: Ctx, page: LocalAccountPage): void {
  page.error = null;
  switch (page.stage) {
    case 'name':
      page.error = localAccountNameError(page.name);
      if (page.error) return;
      timeline(ctx, 'input', `Local account: name "${page.name.trim()}"`);
      page.stage = 'password';
      return;
    case 'password':
      timeline(ctx, 'input', page.password ? 'Local account: password entered' : 'Local account: no password');
      // An empty password has nothing to confirm.
      if (!page.password) return finish(ctx, page);
      page.stage = 'confirm';
      page.confirm = '';
      return;
    case 'confirm':
      if (page.confirm !== page.password) {
        page.error = LOCAL_ACCOUNT_STRINGS.errors.mismatch;
        page.confirm = '';
        timeline(ctx, 'input', 'Local account: the passwords do not match');
        return;
      }
      return finish(ctx, page);
  }
}

const FIELD_OF_STAGE = { name: 'name', password: 'password', confirm: 'confirm-password' } as const;

/** "Who’s going to use this device?" → password → confirm ([UNVERIFIED] pages, shared/strings-local-oobe.ts). */
export const localAccountPage: PageHandler<LocalAccountPage> = (ctx, page, input) => {
  if (input.kind === 'type' && input.field === FIELD_OF_STAGE[page.stage]) {
    if (page.stage === 'name') page.name = input.text;
    else if (page.stage === 'password') page.password = input.text;
    else page.confirm = input.text;
    return;
  }
  if (input.kind === 'click' && input.control === 'next') return next(ctx, page);
  if (input.kind === 'click' && input.control === 'back' && page.stage !== 'name') {
    page.error = null;
    page.stage = page.stage === 'confirm' ? 'password' : 'name';
    page.password = page.stage === 'name' ? '' : page.password;
    page.confirm = '';
    return;
  }
  throw notOnScreen(page, input);
};
