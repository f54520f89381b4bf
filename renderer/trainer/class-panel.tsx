import { useCallback, useEffect, useState } from 'react';
import type { CommandResult, SimulatorClient } from '../../shared/contract';
import type { ExerciseListing } from '../../shared/exercise';
import { reportFileStem } from '../../shared/report-file-name';
import { download } from '../chrome/download';
import { useCommands } from '../state/commands';

type HandedOut = CommandResult<'class.devices'>['devices'][number];

/** How often the list of handed-out devices is refreshed: their events go to their own pages. */
const DEVICES_POLL_MS = 2_000;

/**
 * The class (issue 13): the exercises of the open pack (`npm run web -- --pack DIR`, else the
 * built-ins) with this session's progress; "Hand out" gives a trainee a device of its own with
 * that exercise started (a new tab in the browser; Electron opens a window itself) and lists it
 * with its attempt's state; "Collect reports" downloads every device's attempt reports, each a
 * self-contained HTML page that opens in any browser with no server, plus all of them as JSON.
 */
export function ClassPanel({ client }: { client: SimulatorClient }) {
  const { run } = useCommands();
  const [exercises, setExercises] = useState<ExerciseListing[]>([]);
  const [note, setNote] = useState<string | null>(null);
  const [devices, setDevices] = useState<HandedOut[]>([]);
  const refreshDevices = useCallback(() => {
    void run('class.devices', {}).then((r) => r && setDevices(r.devices));
  }, [run]);
  useEffect(() => {
    refreshDevices();
    const timer = setInterval(refreshDevices, DEVICES_POLL_MS);
    return () => clearInterval(timer);
  }, [refreshDevices]);
  const handOut = async (exerciseId: string) => {
    const result = await run('class.handOut', { exerciseId });
    if (!result) return;
    if (!result.opened) window.open(new URL(result.url, location.href).href, '_blank', 'noopener');
    refreshDevices();
  };
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
    const result = await run('class.reports', {});
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
              onClick={() => void handOut(e.id)}
            >
              Hand out
            </button>
          </li>
        ))}
      </ul>
      {devices.length > 0 ? (
        <ul className="trainer-class" aria-label="Handed-out devices">
          {devices.map((d) => (
            <li key={d.deviceId} className="trainer-row">
              {/* Electron's devices are windows of their own (`device:<id>`): only a web page is a link. */}
              {d.url.startsWith('/') ? (
                <a href={d.url} target="_blank" rel="noopener noreferrer">
                  Device {d.deviceId}
                </a>
              ) : (
                <span>Device {d.deviceId}</span>
              )}
              <span>
                {d.exerciseId} · {attemptState(d)}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
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

function attemptState({ attempt }: HandedOut): string {
  if (attempt === null) return 'not started';
  if (attempt.status === 'running') return 'in progress';
  return attempt.status === 'timed-out' ? 'timed out' : attempt.status;
}
