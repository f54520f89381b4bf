import type { ReactNode } from 'react';
import type { PreprovisionDetailsView } from '../../../shared/views/preprovision-views';
import { PREPROVISION_STRINGS } from '../../../shared/strings-preprovision';
import { OOBE_STRINGS } from '../../../shared/strings';
import type { WindowsVersion } from '../../state/windows-version';

const L = PREPROVISION_STRINGS.config.labels;

interface DetailsProps {
  details: PreprovisionDetailsView;
  windows: WindowsVersion;
  /** The result pages add the elapsed time as a fourth line. */
  elapsed?: string;
  /** The configuration page is downloading the details for the first time: no profile known yet. */
  loading?: boolean;
}

/** The OOBE's spinning ring, small, in place of the values still downloading. */
function Loading() {
  return (
    <span className="pp-loading" role="status">
      <svg className="progress__ring pp-loading__ring" viewBox="0 0 56 56" aria-hidden="true">
        <circle className="progress__arc" cx="28" cy="28" r="24" />
      </svg>
      {OOBE_STRINGS.justAMoment}
    </span>
  );
}

/**
 * Organization, profile and assigned user as label/value lines (oobe-ui.md §15, §17). Windows 10
 * leaves the user line out when nobody is assigned (001:6623); Windows 11's lite page says so.
 */
export function PreprovisionDetails({ details, windows, elapsed, loading = false }: DetailsProps) {
  const waiting = loading && details.profileName === null;
  const user = details.assignedUser ?? (windows === '11' ? PREPROVISION_STRINGS.config.notAssigned : null);
  const rows: [string, ReactNode][] = [
    [L.organization, details.organizationName],
    [L.profile, waiting ? <Loading /> : (details.profileName ?? '')],
  ];
  // Until the first download ends nobody is known to be assigned: no "Not assigned" yet.
  if (user !== null && !waiting) rows.push([L.assignedUser, user]);
  if (elapsed !== undefined) rows.push([PREPROVISION_STRINGS.result.elapsedLabel, elapsed]);
  return (
    <dl className="pp-details">
      {rows.map(([label, value]) => (
        <div key={label} className="pp-details__row">
          <dt className="pp-details__label">{label}</dt>
          <dd className="pp-details__value">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
