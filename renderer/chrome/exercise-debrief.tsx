import { ArrowDownload20Regular, CheckmarkCircle20Filled, DismissCircle20Regular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import type { AttemptReport, AttemptStatus, AttemptView } from '../../shared/exercise';
import { useCommands } from '../state/commands';
import { download } from './download';
import { formatDuration, pointsText } from './exercise-format';
import './exercise.css';

const STATUS_TEXT: Record<AttemptStatus, string> = {
  running: 'Running',
  completed: 'Every objective met',
  ended: 'Attempt ended',
  'timed-out': 'Time is up',
};

/** The report of this attempt, as the session kept it when the attempt ended. */
function useReport(attempt: AttemptView): { report: AttemptReport; html: string } | null {
  const { run } = useCommands();
  const [found, setFound] = useState<{ report: AttemptReport; html: string } | null>(null);
  useEffect(() => {
    let live = true;
    void run('exercise.reports', {}).then((result) => {
      const mine = result?.reports.filter(
        (r) => r.report.exercise === attempt.exercise && r.report.startedAtMs === attempt.startedAtMs,
      );
      if (live) setFound(mine?.at(-1) ?? null);
    });
    return () => {
      live = false;
    };
  }, [run, attempt.exercise, attempt.startedAtMs, attempt.status]);
  return found;
}

/**
 * Trainee mode once the attempt has ended (window id "exercise-debrief"): the score, each objective
 * met or not, the root cause, the real fix and where the documents say so, and the report to download.
 */
export function ExerciseDebrief({ attempt, onLeave }: { attempt: AttemptView; onLeave: () => void }) {
  const found = useReport(attempt);
  const debrief = attempt.debrief;
  const base = `${attempt.exercise}-report`;
  return (
    <section className="side-section exercise" data-window="exercise-debrief" aria-labelledby="exercise-debrief-title">
      <p className="exercise__kicker">Debrief</p>
      <h2 id="exercise-debrief-title" className="side-section__title">
        {attempt.title}
      </h2>
      <p className="exercise-result" data-status={attempt.status}>
        {STATUS_TEXT[attempt.status]} in {formatDuration(attempt.nowMs - attempt.startedAtMs)}
      </p>
      <p className="exercise-score exercise-score--final" aria-label={`Score ${attempt.score} of ${attempt.maxScore}`}>
        <strong>{attempt.score}</strong> / {attempt.maxScore}
      </p>
      {attempt.hintsTaken.length > 0 ? (
        <p className="side-section__note">
          {attempt.hintsTaken.length} {attempt.hintsTaken.length === 1 ? 'hint' : 'hints'} taken, −
          {pointsText(attempt.hintsTaken.reduce((sum, h) => sum + h.cost, 0))}
        </p>
      ) : null}
      <h3 className="side-section__subtitle">Objectives</h3>
      <ul className="exercise-objectives" aria-label="Objectives">
        {attempt.objectives.map((o) => (
          <li
            key={o.id}
            className={`exercise-objective${o.met ? ' exercise-objective--met' : ''}`}
            data-objective={o.id}
            data-met={o.met}
          >
            <div className="exercise-objective__head">
              {o.met ? (
                <CheckmarkCircle20Filled className="exercise-objective__tick" aria-label="Met" />
              ) : (
                <DismissCircle20Regular className="exercise-objective__missed" aria-label="Not met" />
              )}
              <span className="exercise-objective__label">{o.label}</span>
              <span className="exercise-objective__points">{pointsText(o.points)}</span>
            </div>
          </li>
        ))}
      </ul>
      {debrief ? (
        <>
          <h3 className="side-section__subtitle">Root cause</h3>
          <p className="exercise__text" data-debrief="root-cause">
            {debrief.rootCause}
          </p>
          <h3 className="side-section__subtitle">The fix</h3>
          <p className="exercise__text" data-debrief="fix">
            {debrief.fix}
          </p>
          <h3 className="side-section__subtitle">Where it is documented</h3>
          <ul className="exercise-citations">
            {debrief.citations.map((c) => (
              <li key={c}>
                <code>{c}</code>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <div className="exercise__end">
        <button
          type="button"
          className="chrome-button"
          disabled={!found}
          onClick={() => found && download(`${base}.html`, found.html, 'text/html')}
        >
          <ArrowDownload20Regular className="chrome-button__icon" aria-hidden="true" />
          Report (HTML)
        </button>
        <button
          type="button"
          className="chrome-button"
          disabled={!found}
          onClick={() => found && download(`${base}.json`, `${JSON.stringify(found.report, null, 2)}\n`)}
        >
          <ArrowDownload20Regular className="chrome-button__icon" aria-hidden="true" />
          Report (JSON)
        </button>
        <button type="button" className="chrome-button" onClick={onLeave}>
          Leave trainee mode
        </button>
      </div>
    </section>
  );
}
