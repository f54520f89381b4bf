import type { LicenseAgreementView } from '../../../shared/snapshot';
import { showPage, timeline, type Ctx } from '../context';
import { notOnScreen, type PageHandler } from './pages/page-input';
import type { DeviceState, PageState } from '../state';

/** oobe-ui.md §10 (STR oobeEula/EulaTitleNonNumbered, EulaTitle, YesButtonText). */
const LICENSE_STRINGS = {
  title11: 'Please review the License Agreement',
  title10: 'Windows 10 License Agreement',
  accept: 'Accept',
} as const;

/**
 * The licence terms come after the update check and the rename, before the sign-in (oobe-ui.md §2
 * row 13, §10), unless the Autopilot profile hides them ("Microsoft Software License Terms" = Hide,
 * SkipEula). A device without a profile (not registered, none assigned, an ignored JSON) always
 * shows them; so does an existing device whose JSON /Generalize deleted (provisioning-modes.md §6
 * row 31). Returns true when the page is shown.
 */
export function showLicenseIfDue(ctx: Ctx): boolean {
  const { state } = ctx;
  // An existing device shows OOBE only once its task sequence has installed the new Windows.
  if (state.existingDevice && state.existingDevice.phase !== 'done') return false;
  if (state.oobe.licenseAccepted) return false;
  const hidden = state.profile.kind === 'available' && state.setup.policies.deploymentProfile?.licenseTerms === 'hide';
  if (hidden) return false;
  showPage(ctx, { id: 'license-agreement' });
  return true;
}

export function licenseAgreementView(state: DeviceState): LicenseAgreementView {
  return {
    id: 'license-agreement',
    title: state.setup.windows.version === '10' ? LICENSE_STRINGS.title10 : LICENSE_STRINGS.title11,
    acceptLabel: LICENSE_STRINGS.accept,
  };
}

/** "Accept" records the answer (it survives restarts) and OOBE goes on. */
type LicenseAgreementPage = Extract<PageState, { id: 'license-agreement' }>;

export function licenseAgreementPage(next: (ctx: Ctx) => void): PageHandler<LicenseAgreementPage> {
  return (ctx, page, input) => {
    if (input.kind === 'click' && input.control === 'accept') {
      ctx.state.oobe.licenseAccepted = true;
      timeline(ctx, 'input', 'License Agreement accepted');
      next(ctx);
      return;
    }
    throw notOnScreen(page, input);
  };
}
