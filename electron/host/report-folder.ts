import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AttemptReport, AttemptView } from '../../shared/exercise';
import { reportFileStem } from '../../shared/report-file-name';
import type { Session } from '../runtime/session';

/**
 * `npm run web -- --reports DIR`: the class's reports collected as they happen. Whenever an attempt
 * ends, every report of the session not yet written goes to DIR as `<stem>.html` (self-contained,
 * opens in any browser from the disk) and `<stem>.json`. Returns the function that stops it.
 */
export function collectReportsTo(
  session: Session,
  dir: string,
  onError: (error: unknown) => void,
  /** A handed-out device's files start with its id (`d1-01-…`), so a class's devices never collide. */
  prefix = '',
): () => void {
  mkdirSync(dir, { recursive: true });
  let written = 0;
  let nextId = 1;
  const flush = () => {
    const reply = session.handle({ kind: 'req', id: 1_000_000 + nextId++, name: 'exercise.reports', payload: {} });
    if (reply.kind !== 'res') return;
    const { reports } = reply.payload as { reports: { report: AttemptReport; html: string }[] };
    for (; written < reports.length; written += 1) {
      const { report, html } = reports[written]!;
      const stem = `${prefix}${reportFileStem(report, written)}`;
      writeFileSync(join(dir, `${stem}.html`), html);
      writeFileSync(join(dir, `${stem}.json`), `${JSON.stringify(report, null, 2)}\n`);
    }
  };
  return session.subscribe((event) => {
    if (event.name !== 'exercise:changed' || (event.payload as AttemptView).status === 'running') return;
    // After the command that ended the attempt has been answered: the session is not re-entered.
    setImmediate(() => {
      try {
        flush();
      } catch (error) {
        onError(error);
      }
    });
  });
}
