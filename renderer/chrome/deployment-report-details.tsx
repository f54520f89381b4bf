import { Dismiss16Regular } from '@fluentui/react-icons';
import { useId, type ReactNode } from 'react';
import type { DeploymentReport, ReportItem } from '../../shared/report';
import { DEVICE_PREP_STRINGS } from '../../shared/strings-device-prep';
import { REPORT_LABELS } from './deployment-report-labels';
import { ReportStatus } from './report-status';
import { TermRow } from './term-row';

const D = REPORT_LABELS.device;

function Field({ term, children }: { term: string; children: ReactNode }) {
  return (
    <TermRow className="report-details__field" term={term}>
      {children}
    </TermRow>
  );
}

/** Apps or Scripts: each selected item with its last reported status (and the trainer's why). */
function Items({ title, items, empty }: { title: string; items: ReportItem[]; empty: string }) {
  const id = useId();
  return (
    <section className="report-details__section" aria-labelledby={id}>
      <h4 id={id} className="report-details__heading">
        {title}
      </h4>
      {items.length === 0 ? (
        <p className="report-details__empty">{empty}</p>
      ) : (
        <table className="report-items" aria-labelledby={id}>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id}>
                <th scope="row">
                  <span className="report-items__name">{item.name}</span>
                  <span className="report-items__type">{item.type}</span>
                  {item.note ? <span className="report-items__note">{item.note}</span> : null}
                </th>
                <td>
                  <ReportStatus status={item.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/**
 * "Device deployment details" (device-preparation.md §4.3): the Device section, then the apps and
 * the scripts the policy selected with their last reported status. Policies are never listed:
 * the deployment syncs them but does not track them (§4.4).
 */
export function DeploymentReportDetails({ report, onHide }: { report: DeploymentReport; onHide: () => void }) {
  const titleId = useId();
  const deviceId = useId();
  const { device, apps, scripts } = report.details;
  return (
    <section className="report-details" aria-labelledby={titleId}>
      <header className="report-details__bar">
        <h3 id={titleId} className="report-details__title">
          {DEVICE_PREP_STRINGS.report.detailsTitle}
        </h3>
        <button
          type="button"
          className="report-icon-button"
          aria-label="Hide deployment details"
          title="Hide deployment details"
          onClick={onHide}
        >
          <Dismiss16Regular aria-hidden="true" />
        </button>
      </header>
      <section className="report-details__section" aria-labelledby={deviceId}>
        <h4 id={deviceId} className="report-details__heading">
          {REPORT_LABELS.sections.device}
        </h4>
        <dl className="report-details__fields">
          <Field term={D.deviceName}>{device.deviceName}</Field>
          <Field term={D.deploymentStatus}>
            <ReportStatus status={device.deploymentStatus} />
          </Field>
          <Field term={D.deviceId}>{device.deviceId ?? '—'}</Field>
          <Field term={D.entraDeviceId}>{device.entraDeviceId ?? '—'}</Field>
          <Field term={D.serialNumber}>{device.serialNumber}</Field>
          <Field term={D.deploymentPolicy}>{device.deploymentPolicy}</Field>
          <Field term={D.policyVersion}>{device.policyVersion}</Field>
          <Field term={D.osVersion}>{device.osVersion}</Field>
        </dl>
        {report.logsAvailable ? (
          <p className="report-details__logs">
            Diagnostic logs were collected automatically when the deployment failed; the admin downloads them from this
            pane.
          </p>
        ) : null}
      </section>
      <Items title={REPORT_LABELS.sections.apps} items={apps} empty="The policy selects no apps." />
      <Items title={REPORT_LABELS.sections.scripts} items={scripts} empty="The policy selects no scripts." />
    </section>
  );
}
