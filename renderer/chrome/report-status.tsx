import {
  ArrowSync16Regular,
  CheckmarkCircle16Filled,
  DismissCircle16Filled,
  SubtractCircle16Regular,
} from '@fluentui/react-icons';
import type { DeploymentStatus, ReportItemStatus } from '../../shared/report';
import { statusTone } from './format-report';

const ICONS = {
  good: CheckmarkCircle16Filled,
  bad: DismissCircle16Filled,
  busy: ArrowSync16Regular,
  quiet: SubtractCircle16Regular,
} as const;

/**
 * A status as the report writes it ("Installed", "Failed", "In progress" …) with a coloured glyph.
 * null: the device has reported nothing for this item yet; Intune's text for that is not
 * documented, so the panel shows a dash and says so to screen readers.
 */
export function ReportStatus({ status }: { status: DeploymentStatus | ReportItemStatus | null }) {
  if (status === null) {
    return (
      <span
        className="report-status report-status--none"
        aria-label="No status reported yet"
        title="No status reported yet"
      >
        —
      </span>
    );
  }
  const tone = statusTone(status);
  const Icon = ICONS[tone];
  return (
    <span className={`report-status report-status--${tone}`}>
      <Icon className="report-status__icon" aria-hidden="true" />
      {status}
    </span>
  );
}
