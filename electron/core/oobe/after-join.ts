import { showPage, timeline, type Ctx } from '../context';
import { advance, resumeEsp, type EspHooks } from '../esp/esp-engine';
import { isHybrid, onPremisesAccount, signedInUser } from '../enrollment/users';
import { restart } from '../power';
import { DEFAULT_PRIVACY_CHOICES } from './privacy-settings';
import { resumeDevicePrep } from '../device-prep/dp-engine';
import { continueSelfDeploying } from '../self-deploying/sd-ending';
import { startWindowsHello } from '../hello/hello-flow';

/**
 * What follows the Entra sign-in (user-driven.md §2 rows 10–14, §3 rows 9–16): the device ESP,
 * the privacy page, the automatic sign-in (or the sign-on screen), the user ESP, the desktop.
 * Each step is skipped once done, so the same function resumes after a restart.
 */
export function continueAfterJoin(ctx: Ctx): void {
  const { state } = ctx;
  // Device preparation (no ESP): its pages until the deployment is over, then sign-in and the desktop.
  if (resumeDevicePrep(ctx)) return;
  // Self-deploying: after the device ESP, the sign-on screen or the kiosk's automatic sign-in.
  if (continueSelfDeploying(ctx)) return;
  const esp = state.esp;
  if (esp && !esp.deviceLeft) {
    esp.phase = 'device';
    resumeEsp(ctx, ESP_HOOKS);
    return;
  }
  const profile = state.setup.policies.deploymentProfile;
  if (profile?.privacySettings === 'show' && !state.oobe.privacyAccepted) {
    showPage(ctx, { id: 'privacy', choices: { ...DEFAULT_PRIVACY_CHOICES }, atEnd: false });
    return;
  }
  if (!state.account.signedIn) {
    const user = signedInUser(state);
    if (isHybrid(state) && user) {
      // Hybrid: the ESP steps aside for the Windows sign-on screen and on-premises credentials.
      showPage(ctx, {
        id: 'signon',
        stage: 'press-ctrl-alt-del',
        username: onPremisesAccount(state, user),
        password: '',
        error: null,
        purpose: 'account-setup',
      });
      return;
    }
    if (!state.account.credentialsCached) {
      // A restart during the device ESP drops the credentials typed at OOBE (user-driven.md §2 row 12).
      showPage(ctx, {
        id: 'signon',
        stage: 'credentials',
        username: state.account.upn ?? '',
        password: '',
        error: null,
        purpose: 'account-setup',
      });
      return;
    }
    state.account.signedIn = true;
    timeline(ctx, 'input', `Signed in automatically as ${state.account.upn}`);
  }
  if (esp && !esp.userLeft) {
    esp.phase = 'user';
    resumeEsp(ctx, ESP_HOOKS);
    return;
  }
  // Windows Hello for Business at the first sign-in, after Account setup (oobe-ui.md §2, §22).
  if (startWindowsHello(ctx)) return;
  showPage(ctx, { id: 'desktop', window: 'none' });
}

/** Hybrid Account setup shows the Entra pages unless ADFS single sign-on makes them unnecessary. */
function hybridPages(ctx: Ctx): boolean {
  const { state } = ctx;
  if (!isHybrid(state) || state.setup.tenant.activeDirectory?.federation === 'adfs') {
    if (state.esp) state.esp.hybridPagesDone = true;
    return false;
  }
  showPage(ctx, { id: 'stay-signed-in', allowManage: true });
  return true;
}

/** Back from the hybrid pages to the running Account setup. */
export function resumeAfterHybridPages(ctx: Ctx): void {
  const esp = ctx.state.esp;
  if (!esp) return;
  esp.hybridPagesDone = true;
  showPage(ctx, { id: 'esp' });
  advance(ctx);
}

export const ESP_HOOKS: EspHooks = {
  restart,
  next: continueAfterJoin,
  hybridPages,
};
