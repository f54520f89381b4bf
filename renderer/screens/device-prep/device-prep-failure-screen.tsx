import type { ScreenViewOf } from '../../../shared/snapshot';
import { OobeButton } from '../../frame/oobe-button';
import { OobeFrame } from '../../frame/oobe-frame';
import { OobePage } from '../../frame/oobe-page';
import { ErrorArt } from '../../illustrations/error-art';
import { ExportLogsLink } from './export-logs-link';
import './device-prep.css';

type View = ScreenViewOf<'device-prep-failure'>;

/** The red sub-header: the admin's "Custom error message" (or the default), then the code in grey. */
function Message({ view }: { view: View }) {
  return (
    <>
      <span className="device-prep__subheader device-prep__subheader--error" role="alert">
        {view.message}
      </span>
      {view.errorCodeText ? <span className="device-prep__code">{view.errorCodeText}</span> : null}
    </>
  );
}

/**
 * The deployment-failure page (device-preparation.md S7b, §1.4; oobe-ui.md §18): the error drawing,
 * the message in red, one explanatory paragraph per visible button, the "Export logs" link only
 * when the policy shows the diagnostics link, and the buttons "Retry" and — only when the policy
 * allows skipping — "Continue anyway"; the rightmost one is primary. No success message after an
 * export (known issue K1).
 */
export function DevicePrepFailureScreen({ view }: { view: View }) {
  const skip = view.buttons.continueAnyway;
  const buttons = (
    <>
      <OobeButton control="retry" label={view.labels.retry} primary={!skip} />
      {skip ? <OobeButton control="continue-anyway" label={view.labels.continueAnyway} primary /> : null}
    </>
  );
  return (
    <OobeFrame screen="device-prep-failure" illustration={<ErrorArt />}>
      <OobePage title={view.title} subtitle={<Message view={view} />} buttons={buttons}>
        <div className="device-prep__failure">
          {view.descriptions.map((text) => (
            <p key={text} className="device-prep__description">
              {text}
            </p>
          ))}
          {view.exportLogs ? (
            <p className="device-prep__export-line">
              <ExportLogsLink label={view.exportLogs.label} busy={view.exportLogs.busy} />
            </p>
          ) : null}
        </div>
      </OobePage>
    </OobeFrame>
  );
}
