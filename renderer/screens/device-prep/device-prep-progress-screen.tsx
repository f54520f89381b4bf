import type { ScreenViewOf } from '../../../shared/snapshot';
import { OobeFrame } from '../../frame/oobe-frame';
import { OobePage } from '../../frame/oobe-page';
import { ProgressRing } from '../../frame/progress-ring';
import { AutopilotArt } from '../../illustrations/autopilot-art';
import './device-prep.css';

type View = ScreenViewOf<'device-prep-progress'>;

/**
 * The sub-header: grey while the deployment runs, the connectivity error in red while the device
 * has lost its connection (oobe-ui.md §18). Announced politely, as Windows marks it live.
 */
function Subheader({ view }: { view: View }) {
  return (
    <span
      className={
        view.connectivityError ? 'device-prep__subheader device-prep__subheader--error' : 'device-prep__subheader'
      }
      aria-live="polite"
    >
      {view.subheader}
    </span>
  );
}

/**
 * "Setting up for work or school" (device-preparation.md S6, oobe-ui.md §18): the centred spinning
 * ring with the bold percentage line (or the reboot message) and the status sub-line under it. No
 * per-phase list and no buttons: the trainee can only wait.
 */
export function DevicePrepProgressScreen({ view }: { view: View }) {
  return (
    <OobeFrame screen="device-prep-progress" illustration={<AutopilotArt />}>
      <OobePage title={view.title} subtitle={<Subheader view={view} />}>
        <div
          className="device-prep__progress"
          data-percent={view.percent}
          data-reboot={view.rebootRequired || undefined}
        >
          <ProgressRing status={view.percentText} detail={view.statusText} />
        </div>
      </OobePage>
    </OobeFrame>
  );
}
