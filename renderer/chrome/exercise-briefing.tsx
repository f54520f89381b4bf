import { CheckmarkCircle20Filled, Circle20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { AttemptView, ObjectiveView } from '../../shared/exercise';
import { useCommands } from '../state/commands';
import { ExerciseAnswer } from './exercise-answer';
import { formatDuration, LEVEL_LABEL, pointsText } from './exercise-format';
import './exercise.css';

function ObjectiveItem({ objective }: { objective: ObjectiveView }) {
  const answered = objective.kind === 'answer' || objective.kind === 'choice';
  return (
    <li
      className={`exercise-objective${objective.met ? ' exercise-objective--met' : ''}`}
      data-objective={objective.id}
      data-met={objective.met}
    >
      <div className="exercise-objective__head">
        {objective.met ? (
          <CheckmarkCircle20Filled className="exercise-objective__tick" aria-label="Met" />
        ) : (
          <Circle20Regular className="exercise-objective__todo" aria-label="Not met yet" />
        )}
        <span className="exercise-objective__label">{objective.label}</span>
        <span className="exercise-objective__points">{pointsText(objective.points)}</span>
      </div>
      {answered && !objective.met ? <ExerciseAnswer objective={objective} /> : null}
    </li>
  );
}

/** Time taken, and what is left of the limit (on the device's virtual clock). */
function AttemptClock({ attempt, nowMs }: { attempt: AttemptView; nowMs: number }) {
  const elapsed = Math.max(0, nowMs - attempt.startedAtMs);
  if (attempt.timeLimitMinutes === null) return <p className="exercise-clock">Time taken {formatDuration(elapsed)}</p>;
  const left = attempt.timeLimitMinutes * 60_000 - elapsed;
  return (
    <p className={`exercise-clock${left < 5 * 60_000 ? ' exercise-clock--short' : ''}`}>
      Time left {formatDuration(left)} of {attempt.timeLimitMinutes} min
    </p>
  );
}

/**
 * Trainee mode while an attempt runs (window id "exercise-briefing"): the ticket, the objectives with
 * their live ticks and answer boxes, the hints with their cost, the clock and "End attempt".
 */
export function ExerciseBriefing({ attempt, nowMs }: { attempt: AttemptView; nowMs: number }) {
  const { run } = useCommands();
  const [busy, setBusy] = useState(false);
  const act = async (name: 'exercise.hint' | 'exercise.end') => {
    setBusy(true);
    await run(name, {});
    setBusy(false);
  };

  return (
    <section
      className="side-section exercise"
      data-window="exercise-briefing"
      aria-labelledby="exercise-briefing-title"
    >
      <p className="exercise__kicker">
        Exercise{' '}
        <span className={`chrome-badge exercise-level exercise-level--${attempt.level}`}>
          {LEVEL_LABEL[attempt.level]}
        </span>
      </p>
      <h2 id="exercise-briefing-title" className="side-section__title">
        {attempt.title}
      </h2>
      <p className="exercise__briefing">{attempt.briefing}</p>
      <AttemptClock attempt={attempt} nowMs={nowMs} />
      <p className="exercise-score" aria-live="polite">
        Score <strong>{attempt.score}</strong> of {attempt.maxScore}
      </p>
      <h3 className="side-section__subtitle">Objectives</h3>
      <ul className="exercise-objectives" aria-label="Objectives">
        {attempt.objectives.map((objective) => (
          <ObjectiveItem key={objective.id} objective={objective} />
        ))}
      </ul>
      <h3 className="side-section__subtitle">Hints</h3>
      {attempt.hintsTaken.length > 0 ? (
        <ol className="exercise-hints" aria-label="Hints taken">
          {attempt.hintsTaken.map((hint) => (
            <li key={hint.text}>
              {hint.text} <span className="exercise-hints__cost">(−{pointsText(hint.cost)})</span>
            </li>
          ))}
        </ol>
      ) : null}
      {attempt.nextHintCost !== null ? (
        <button type="button" className="chrome-button" disabled={busy} onClick={() => void act('exercise.hint')}>
          Show a hint (costs {pointsText(attempt.nextHintCost)})
        </button>
      ) : (
        <p className="side-section__note">No hint left.</p>
      )}
      <div className="exercise__end">
        <button type="button" className="chrome-button" disabled={busy} onClick={() => void act('exercise.end')}>
          End attempt
        </button>
      </div>
    </section>
  );
}
