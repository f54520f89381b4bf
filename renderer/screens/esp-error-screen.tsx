import type { ScreenViewOf } from '../../shared/snapshot';
import { ENROLLMENT_STRINGS, format } from '../../shared/strings-enrollment';
import { OobeButton, OobeLink } from '../frame/oobe-button';
import { OobeFrame } from '../frame/oobe-frame';
import { OobePage } from '../frame/oobe-page';
import { AutopilotArt } from '../illustrations/autopilot-art';
import { EspCategories } from './esp-categories';

const S = ENROLLMENT_STRINGS.esp;
type View = ScreenViewOf<'esp-error'>;

/**
 * Windows 11: "For more details, View diagnostics." (opens the diagnostics page); Windows 10:
 * "Collect logs", and once collected, where the logs went.
 */
function Diagnostics({ view }: { view: View }) {
  if (view.diagnostics === 'view-diagnostics') {
    return (
      <span className="esp-error__line">
        {S.diagnosticsLead}
        <OobeLink control="view-diagnostics" label={S.viewDiagnostics} />.
      </span>
    );
  }
  if (view.diagnostics === 'collect-logs') {
    return (
      <span className="esp-error__line">
        <OobeLink control="collect-logs" label={S.collectLogs} />
      </span>
    );
  }
  return null;
}

/**
 * The ESP's error state (oobe-ui.md §12.6): the sub-header becomes the error message, the failed
 * category shows "Error", and the profile decides the buttons: "Reset device", then "Try again"
 * (primary, rightmost), and a "Continue anyway" link bottom-left.
 */
export function EspErrorScreen({ view }: { view: View }) {
  // The sub-header's place: the message, then the diagnostics sentence and where logs went.
  const subtitle = (
    <>
      <span className="esp-error__message" role="alert">
        {view.message}
      </span>
      <Diagnostics view={view} />
      {view.logsWrittenTo ? (
        <span className="esp-error__line esp-error__logs" role="status">
          {format(ENROLLMENT_STRINGS.diagnostics.exported, view.logsWrittenTo)}
        </span>
      ) : null}
    </>
  );
  const buttons = (
    <>
      {view.buttons.resetDevice ? <OobeButton control="reset-device" label={S.resetDevice} /> : null}
      {view.buttons.tryAgain ? <OobeButton control="try-again" label={S.tryAgain} primary /> : null}
    </>
  );
  return (
    <OobeFrame screen="esp-error" illustration={<AutopilotArt />}>
      <OobePage
        title={S.title}
        subtitle={subtitle}
        buttons={buttons}
        links={view.buttons.continueAnyway ? <OobeLink control="continue-anyway" label={S.continueAnyway} /> : null}
      >
        <EspCategories categories={view.categories} detailsStyle={view.detailsStyle} />
      </OobePage>
    </OobeFrame>
  );
}
