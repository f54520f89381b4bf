import { useCallback, useEffect, useState } from 'react';
import type { SimulatorClient } from '../../shared/contract';
import type { ExerciseListing } from '../../shared/exercise';
import { reportFileStem } from '../../shared/report-file-name';
import { download } from '../chrome/download';
import { useCommands } from '../state/commands';

/**
 * The class (issue 13): the exercises of the open pack (`npm run web -- --pack DIR`, else the
 * built-ins) with this session's progress; "Hand out" starts one on the trainee's device (the
 * device page shows its briefing); "Collect reports" downloads every attempt's report, each a
 * self-contained HTML page that opens in any browser with no server, plus all of them as JSON.
 */
export function ClassPanel({ client }: { client: SimulatorClient }) {
  const { run } = useCommands();
  const [exercises, setExercises] = useState<ExerciseListing[]>([]);
  const [note, setNote] = useState<string | null>(null);
  const refresh = useCallback(() => {
    void run('exercise.list', {}).then((r) => r && setExercises(r.exercises));
  }, [run]);
  useEffect(() => {
    refresh();
    // Progress moves when an attempt ends.
    return client.subscribe('exercise:changed', (view) => {
      if (view.status !== 'running') refresh();
    });
  }, [client, refresh]);
  const collect = async () => {
    const result = await run('exercise.reports', {});
    if (!result) return;
    if (result.reports.length === 0) {
      setNote('No attempt has ended yet: nothing to collect.');
      return;
    }
    result.reports.forEach(({ report, html }, i) => download(`${reportFileStem(report, i)}.html`, html, 'text/html'));
    download(
      'class-reports.json',
      `${JSON.stringify(
        result.reports.map((r) => r.report),
        null,
        2,
      )}\n`,
    );
    setNote(result.reports.length === 1 ? '1 report collected.' : `${result.reports.length} reports collected.`);
  };
  return (
    <section className="trainer-panel" aria-labelledby="trainer-class-title">
      <h2 id="trainer-class-title" className="side-section__title">
        Class
      </h2>
      <ul className="trainer-class" aria-label="Class exercises">
        {exercises.map((e) => (
          <li key={e.id} className="trainer-row">
            <span>
              {e.title} ({e.level}) · {e.attempts} {e.attempts === 1 ? 'attempt' : 'attempts'}
              {e.bestScore === null ? '' : ` · best ${e.bestScore}/${e.maxScore}`}
            </span>
            <button
              type="button"
              className="chrome-button"
              aria-label={`Hand out ${e.id}`}
              onClick={() => void run('exercise.start', { id: e.id }).then(refresh)}
            >
              Hand out
            </button>
          </li>
        ))}
      </ul>
      <div className="trainer-row">
        <button type="button" className="chrome-button" onClick={() => void collect()}>
          Collect reports
        </button>
      </div>
      {note ? (
        <p className="side-section__note" role="status">
          {note}
        </p>
      ) : null}
    </section>
  );
}
