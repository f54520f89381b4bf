import { describe, expect, it } from 'vitest';
import { formatEnrollmentDate, statusTone } from '../../../renderer/chrome/format-report';

describe('the deployment report panel writes', () => {
  it('"Enrollment date" as the en-US admin center does, from the ISO text as given', () => {
    expect(formatEnrollmentDate('2026-11-02T09:00:37.000Z')).toBe('11/2/2026, 9:00:37 AM');
    expect(formatEnrollmentDate('2026-11-02T00:05:09Z')).toBe('11/2/2026, 12:05:09 AM');
    expect(formatEnrollmentDate('2026-12-31T12:00:00Z')).toBe('12/31/2026, 12:00:00 PM');
    expect(formatEnrollmentDate('2026-12-31T23:59:59Z')).toBe('12/31/2026, 11:59:59 PM');
  });

  it('a dash before enrollment, and anything that is not ISO 8601 as it came', () => {
    expect(formatEnrollmentDate(null)).toBe('—');
    expect(formatEnrollmentDate('yesterday')).toBe('yesterday');
  });

  it('statuses in the tone that matches their meaning', () => {
    expect(statusTone('Installed')).toBe('good');
    expect(statusTone('Success')).toBe('good');
    expect(statusTone('Failed')).toBe('bad');
    expect(statusTone('In progress')).toBe('busy');
    expect(statusTone('Skipped')).toBe('quiet');
    expect(statusTone('Dependent')).toBe('quiet');
    expect(statusTone(null)).toBe('quiet');
  });
});
