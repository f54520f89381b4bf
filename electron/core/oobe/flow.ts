import { cancelWhere } from '../clock/virtual-clock';
import { ENROLLMENT_STRINGS } from '../../../shared/strings-enrollment';
import { after, showError, showPage, type Ctx } from '../context';
import { canReach } from '../network/connectivity';
import { continueAfterJoin } from './after-join';
import { needsRename, renameAndRestart } from './device-rename';
import { hasInternet } from '../network/connectivity';
import type { DeviceState } from '../state';
import { layoutsForRegion, languageForRegion } from './locales';
import { profileAvailable, profileSettled, startProfileDownload } from './profile-download';
import { TIMINGS } from './timings';
import { enterUpdates } from './updates';
import { userFlowInsteadOfSignIn } from '../preprovision/user-flow';
import { technicianLanding } from '../preprovision/technician';
import { isSelfDeploying } from '../self-deploying/sd-mode';
import { startSelfDeploying } from '../self-deploying/device-token-join';
import { showLicenseIfDue } from './license-agreement';

/**
 * OOBE's page order (oobe-ui.md §2, user-driven.md §2): region → keyboard → second keyboard →
 * network → Autopilot profile → checking for updates → company-branded sign-in, or the consumer
 * page for a device without Autopilot. A page is skipped when it has been answered (OOBE resumes
 * after a restart) or when an already-downloaded profile presets it.
 */
export function continueOobe(ctx: Ctx): void {
  const { state } = ctx;
  const { oobe } = state;
  if (state.account.joined) {
    // Joined and enrolled: after a restart OOBE picks up at the ESP, not at the first pages.
    continueAfterJoin(ctx);
    return;
  }
  // Pre-provisioning: after the updates check that WIN ×5's row 2 runs, the configuration page.
  if (technicianLanding(ctx)) return;
  if (!oobe.region && !profilePresetsLanguage(state)) {
    showPage(ctx, { id: 'region', selected: oobe.region ?? state.setup.device.region });
    return;
  }
  const presetKeyboard = profilePresetsKeyboard(state);
  if (!oobe.keyboard && !presetKeyboard) {
    const region = oobe.region ?? state.setup.device.region;
    const layouts = layoutsForRegion(region);
    // The scenario's keyboard applies to its own region; another region proposes its own default.
    const preferred =
      region === state.setup.device.region && layouts.includes(state.setup.device.keyboard)
        ? state.setup.device.keyboard
        : layouts[0]!;
    showPage(ctx, { id: 'keyboard', selected: preferred });
    return;
  }
  if (!oobe.secondKeyboard && !presetKeyboard) {
    const language = languageForRegion(oobe.region ?? state.setup.device.region);
    showPage(ctx, { id: 'second-keyboard', panel: 'ask', language, layout: '' });
    return;
  }
  if (!hasInternet(state)) {
    showPage(ctx, { id: 'network', selectedSsid: null, prompt: null, connecting: null });
    return;
  }
  if (!oobe.profilePagePassed || !profileSettled(state)) {
    enterProfilePage(ctx);
    return;
  }
  if (!oobe.updatesChecked) {
    enterUpdates(ctx);
    return;
  }
  if (profileAvailable(state)) {
    if (needsRename(state)) {
      renameAndRestart(ctx);
      return;
    }
    if (showLicenseIfDue(ctx)) return;
    if (isSelfDeploying(state)) {
      // Self-deploying: no sign-in page; the device joins with its TPM (provisioning-modes.md §2.4 step 4).
      startSelfDeploying(ctx);
      return;
    }
    // Pre-provisioning user flow: hybrid goes to the ESP, wlidsvc disabled loses the Entra option.
    if (userFlowInsteadOfSignIn(ctx)) return;
    showSignIn(ctx);
    return;
  }
  if (showLicenseIfDue(ctx)) return;
  showPage(ctx, { id: 'consumer-oobe', selected: null, offline: false });
}

/**
 * The company-branded sign-in page is served by Entra ID: without login.microsoftonline.com the
 * device shows "Something went wrong" instead (user-driven.md §5, errors.md B10).
 */
export function showSignIn(ctx: Ctx): void {
  const { state } = ctx;
  if (!canReach(state, 'login.microsoftonline.com') || !canReach(state, 'login.live.com')) {
    const message = ENROLLMENT_STRINGS.error.tryAgainOnly;
    showPage(ctx, { id: 'something-went-wrong', message, code: null });
    showError(ctx, { code: null, message });
    return;
  }
  const username = state.account.upn ?? state.setup.registration.assignedUser ?? '';
  showPage(ctx, { id: 'branding-signin', username, error: null });
}

/**
 * The profile retrieval page (oobe-ui.md §7): waits for the service's answer, leaves 1 s after it,
 * and gives up after 3 minutes. After a restart it shows again only while the new download runs.
 */
function enterProfilePage(ctx: Ctx): void {
  const { state } = ctx;
  startProfileDownload(ctx);
  showPage(ctx, { id: 'autopilot-profile', status: 'retrieving' });
  cancelWhere(state.clock, (e) => e.type === 'profile-page-timeout' || e.type === 'profile-page-leave');
  if (profileSettled(state)) after(ctx, TIMINGS.profilePageLeavePauseMs, { type: 'profile-page-leave' });
  else after(ctx, TIMINGS.profilePageTimeoutMs, { type: 'profile-page-timeout' });
}

/** "Language (Region)" set to a language presets language and region: needs the profile first (Ethernet). */
function profilePresetsLanguage(state: DeviceState): boolean {
  return profileAvailable(state) && (state.setup.policies.deploymentProfile?.language ?? 'os-default') !== 'os-default';
}

/** "Automatically configure keyboard" works only together with a chosen language (user-driven.md §6.1). */
function profilePresetsKeyboard(state: DeviceState): boolean {
  return (
    profilePresetsLanguage(state) && (state.setup.policies.deploymentProfile?.automaticallyConfigureKeyboard ?? false)
  );
}
