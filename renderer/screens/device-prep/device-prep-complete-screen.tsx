import type { ScreenViewOf } from '../../../shared/snapshot';
import { OobeButton } from '../../frame/oobe-button';
import { OobeFrame } from '../../frame/oobe-frame';
import { OobePage } from '../../frame/oobe-page';
import { DevicePrepSuccessArt } from './device-prep-success-art';
import './device-prep.css';

/**
 * "Required setup complete" (device-preparation.md S7a, oobe-ui.md §18): the ring is gone, the
 * success drawing takes the left half, and one primary button signs the user in to the desktop.
 */
export function DevicePrepCompleteScreen({ view }: { view: ScreenViewOf<'device-prep-complete'> }) {
  return (
    <OobeFrame screen="device-prep-complete" illustration={<DevicePrepSuccessArt />}>
      <OobePage
        title={view.title}
        subtitle={<span className="device-prep__subheader">{view.subheader}</span>}
        buttons={<OobeButton control="next" label={view.nextLabel} primary />}
      />
    </OobeFrame>
  );
}
