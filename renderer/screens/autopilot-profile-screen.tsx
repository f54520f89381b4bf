import type { ScreenViewOf } from '../../shared/snapshot';
import { OOBE_STRINGS } from '../../shared/strings';
import { OobeFrame } from '../frame/oobe-frame';
import { ProgressPage } from '../frame/progress-ring';
import { AutopilotArt } from '../illustrations/autopilot-art';

/** Autopilot profile retrieval (oobe-ui.md §7): no title, a spinning ring and one status line. */
export function AutopilotProfileScreen({ view }: { view: ScreenViewOf<'autopilot-profile'> }) {
  return (
    <OobeFrame screen="autopilot-profile" illustration={<AutopilotArt />}>
      <ProgressPage
        status={view.status === 'error' ? OOBE_STRINGS.autopilotProfile.activationError : OOBE_STRINGS.justAMoment}
      />
    </OobeFrame>
  );
}
