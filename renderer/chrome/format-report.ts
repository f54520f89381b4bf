import type { DeploymentStatus, ReportItemStatus } from '../../shared/report';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * "Enrollment date" as the admin center writes it in en-US ("11/2/2026, 9:04:12 AM"), read from
 * the ISO text as written (no time zone conversion, no Date: the same run draws the same text).
 * Anything that isn't ISO 8601 is shown as it came.
 */
export function formatEnrollmentDate(iso: string | null): string {
  if (!iso) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})/.exec(iso);
  if (!m) return iso;
  const [, year, month, day, hh, mm, ss] = m;
  const hour = Number(hh);
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  return `${Number(month)}/${Number(day)}/${year}, ${h12}:${pad(Number(mm))}:${ss} ${hour < 12 ? 'AM' : 'PM'}`;
}

/** The CSS modifier for an item's or the deployment's status. */
export function statusTone(status: DeploymentStatus | ReportItemStatus | null): 'good' | 'bad' | 'busy' | 'quiet' {
  switch (status) {
    case 'Installed':
    case 'Success':
      return 'good';
    case 'Failed':
      return 'bad';
    case 'In progress':
      return 'busy';
    default:
      return 'quiet';
  }
}
