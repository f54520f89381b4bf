import { CheckmarkCircle20Filled, DismissCircle20Filled } from '@fluentui/react-icons';
import { useId } from 'react';
import type { DiagnosticsSectionView, ScreenViewOf } from '../../shared/snapshot';
import { ENROLLMENT_STRINGS } from '../../shared/strings-enrollment';
import { OobeButton } from '../frame/oobe-button';
import { OobeFrame } from '../frame/oobe-frame';
import { OobePage } from '../frame/oobe-page';
import { AutopilotArt } from '../illustrations/autopilot-art';
import { useCommands } from '../state/commands';
import './autopilot-diagnostics.css';

const D = ENROLLMENT_STRINGS.diagnostics;
type View = ScreenViewOf<'autopilot-diagnostics'>;

const STATUS_WORD: Record<DiagnosticsSectionView['status'], string> = {
  complete: D.complete,
  error: D.error,
  working: D.working,
};

/** The status icon before a section's name; its word is there for screen readers. */
function StatusIcon({ status }: { status: DiagnosticsSectionView['status'] }) {
  const icon =
    status === 'complete' ? (
      <CheckmarkCircle20Filled className="diag-status diag-status--complete" aria-hidden="true" />
    ) : status === 'error' ? (
      <DismissCircle20Filled className="diag-status diag-status--error" aria-hidden="true" />
    ) : (
      <svg className="diag-status diag-status--working" viewBox="0 0 20 20" aria-hidden="true">
        <circle cx="10" cy="10" r="7" />
      </svg>
    );
  return (
    <>
      {icon}
      <span className="visually-hidden">{STATUS_WORD[status]}</span>
    </>
  );
}

function Section({ section, expanded }: { section: DiagnosticsSectionView; expanded: boolean }) {
  const { click } = useCommands();
  const titleId = useId();
  return (
    <div className="diag-section" role="group" aria-labelledby={titleId}>
      <div className="diag-section__row">
        <StatusIcon status={section.status} />
        <h3 id={titleId} className="diag-section__title">
          {section.title}
        </h3>
        <button
          type="button"
          className="diag-section__toggle"
          data-control={`toggle-${section.id}`}
          aria-expanded={expanded}
          onClick={() => click(`toggle-${section.id}`)}
        >
          {expanded ? D.hideDetails : D.showDetails}
        </button>
      </div>
      {expanded ? (
        <dl className="diag-section__rows">
          {section.rows.map((row, index) => (
            <div key={`${row.name}-${index}`} className="diag-row">
              <dt className="diag-row__name">{row.name}</dt>
              <dd className="diag-row__value">{row.value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </div>
  );
}

/** The outcome of "Export logs": where the file went, or why it could not be written. */
function ExportMessage({ view }: { view: View }) {
  const { state, message } = view.export;
  if (state === 'idle' || !message) return null;
  return (
    <span className={`diag-export diag-export--${state}`} role={state === 'failed' ? 'alert' : 'status'}>
      {message}
    </span>
  );
}

/**
 * "Windows Autopilot diagnostics" (oobe-ui.md §19.1): collapsible status sections under
 * "Deployment info", "Close" back to the page it came from, and "Export logs" to a USB drive.
 * After a successful export only the close button is left.
 */
export function AutopilotDiagnosticsScreen({ view }: { view: View }) {
  const headingId = useId();
  const exported = view.export.state === 'exported';
  return (
    <OobeFrame screen="autopilot-diagnostics" illustration={<AutopilotArt />}>
      <OobePage
        title={D.title}
        subtitle={view.export.state === 'idle' ? undefined : <ExportMessage view={view} />}
        buttons={
          <>
            <OobeButton control="close" label={D.close} primary={exported} />
            {exported ? null : <OobeButton control="export-logs" label={D.exportLogs} primary />}
          </>
        }
      >
        <h2 id={headingId} className="diag-heading">
          {D.deploymentInfo}
        </h2>
        <div className="diag-sections" role="group" aria-labelledby={headingId}>
          {view.sections.map((section) => (
            <Section key={section.id} section={section} expanded={view.expanded.includes(section.id)} />
          ))}
        </div>
      </OobePage>
    </OobeFrame>
  );
}
