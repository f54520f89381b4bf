import { PanelRightContract20Regular, PanelRightExpand20Regular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import type { DeploymentReport } from '../../shared/report';
import type { ScreenView } from '../../shared/snapshot';
import { DEVICE_PREP_STRINGS } from '../../shared/strings-device-prep';
import { DeploymentReportDetails } from './deployment-report-details';
import { REPORT_LABELS } from './deployment-report-labels';
import { formatEnrollmentDate } from './format-report';
import { ReportStatus } from './report-status';
import './deployment-report-panel.css';

const C = REPORT_LABELS.columns;
const R = DEVICE_PREP_STRINGS.report;
/** The list's columns, in Intune's order (the row's cells below follow it). */
const COLUMNS = [C.deviceName, C.enrollmentDate, C.deploymentStatus, C.phase, C.serialNumber, C.deploymentTime, C.upn];

/** The deployments list: one row, this device's (device-preparation.md §4.2). Its name opens the details. */
function DeploymentsList({ report, onOpen, open }: { report: DeploymentReport; onOpen: () => void; open: boolean }) {
  const { row } = report;
  return (
    <div className="report-grid" role="region" aria-label="Deployments" tabIndex={0}>
      <table className="report-table">
        <thead>
          <tr>
            {COLUMNS.map((label) => (
              <th key={label} scope="col">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr data-selected={open || undefined}>
            <td>
              <button type="button" className="report-link" aria-expanded={open} onClick={onOpen}>
                {row.deviceName}
              </button>
            </td>
            <td>{formatEnrollmentDate(row.enrollmentDate)}</td>
            <td>
              <ReportStatus status={row.deploymentStatus} />
            </td>
            <td>{row.phase ?? '—'}</td>
            <td>{row.serialNumber}</td>
            <td>{row.deploymentTime}</td>
            <td>{row.upn}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}

/** Folds the blade into a strip, or opens it again. */
function FoldButton({ folded, onToggle }: { folded: boolean; onToggle: () => void }) {
  const label = folded ? 'Show deployment report' : 'Fold deployment report';
  const Icon = folded ? PanelRightExpand20Regular : PanelRightContract20Regular;
  return (
    <button
      type="button"
      className="report-icon-button"
      aria-expanded={!folded}
      aria-label={label}
      title={label}
      onClick={onToggle}
    >
      <Icon aria-hidden="true" />
    </button>
  );
}

/** Trainer information Windows never shows: where the failure page's "Export logs" wrote, if anywhere. */
function ExportNote({ screen }: { screen: ScreenView }) {
  if (screen.id !== 'device-prep-failure' || !screen.lastExport) return null;
  const { writtenTo } = screen.lastExport;
  return (
    <p className="report-blade__note" role="note">
      {writtenTo
        ? `Export logs wrote ${writtenTo}. The device said nothing about it (known issue).`
        : 'Export logs wrote nothing: no USB drive is attached. The device said nothing about it (known issue).'}
    </p>
  );
}

/**
 * The report an admin would see in Intune for this device preparation deployment, next to the
 * device and updated with every snapshot: the deployments list (one row) and the "Device
 * deployment details" pane, laid out like an admin-center blade in the simulator's own style,
 * then the trainer's debrief. It folds into a narrow strip to give the display room.
 */
export function DeploymentReportPanel({ report, screen }: { report: DeploymentReport; screen: ScreenView }) {
  const titleId = useId();
  const [collapsed, setCollapsed] = useState(false);
  const [detailsOpen, setDetailsOpen] = useState(true);

  if (collapsed) {
    return (
      <aside className="report-blade report-blade--collapsed" aria-label="Deployment report">
        <FoldButton folded onToggle={() => setCollapsed(false)} />
        <span className="report-blade__spine" aria-hidden="true">
          {R.reportName} · {report.row.deploymentStatus}
        </span>
      </aside>
    );
  }

  return (
    <aside className="report-blade" aria-labelledby={titleId}>
      <header className="report-blade__header">
        <div className="report-blade__headings">
          <p className="report-blade__crumb">Devices › Monitor › {R.reportName}</p>
          <h2 id={titleId} className="report-blade__title">
            {R.screenTitle}
          </h2>
          <p className="report-blade__tag">Deployment report · what the admin sees, live</p>
        </div>
        <FoldButton folded={false} onToggle={() => setCollapsed(true)} />
      </header>
      <div className="report-blade__body">
        <DeploymentsList report={report} open={detailsOpen} onOpen={() => setDetailsOpen((open) => !open)} />
        <ExportNote screen={screen} />
        {detailsOpen ? <DeploymentReportDetails report={report} onHide={() => setDetailsOpen(false)} /> : null}
        {report.debrief.length > 0 ? (
          <section className="report-debrief" aria-label="Trainer debrief">
            <h3 className="report-debrief__title">Trainer debrief</h3>
            <ul className="report-debrief__list">
              {report.debrief.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
    </aside>
  );
}
