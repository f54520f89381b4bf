import type { ScreenViewOf } from '../../shared/snapshot';
import { OobeButton } from '../frame/oobe-button';
import { OobeFrame } from '../frame/oobe-frame';
import { OobePage } from '../frame/oobe-page';
import { LicenseArt } from '../illustrations/license-art';
import './license-agreement.css';

/**
 * The simulator cannot reproduce Microsoft's licence text: the scrollable box says so in our own
 * words (docs/FIDELITY.md "Existing devices"). Title and button are Windows's (oobe-ui.md §10).
 */
const LICENSE_PLACEHOLDER = [
  'MICROSOFT SOFTWARE LICENSE TERMS',
  'Windows shows the full Microsoft Software License Terms here, in a box the user scrolls through. The simulator does not reproduce that text.',
  'This page appears because no Windows Autopilot profile hides it: an Autopilot profile with "Microsoft Software License Terms" set to Hide (CloudAssignedOobeConfig bit 16, SkipEula) would have skipped it.',
]; // [UNVERIFIED] simulator wording

export function LicenseAgreementScreen({ view }: { view: ScreenViewOf<'license-agreement'> }) {
  return (
    <OobeFrame screen="license-agreement" illustration={<LicenseArt />}>
      <OobePage title={view.title} buttons={<OobeButton control="accept" label={view.acceptLabel} primary />}>
        <div className="license-text" tabIndex={0} role="document" aria-label={view.title}>
          {LICENSE_PLACEHOLDER.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </div>
      </OobePage>
    </OobeFrame>
  );
}
