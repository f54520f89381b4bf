import { useEffect, useId, useState } from 'react';
import type { ExerciseListing } from '../../shared/exercise';
import { useCommands } from '../state/commands';
import { ChromeDialog } from './chrome-dialog';
import { LEVEL_LABEL, pointsText } from './exercise-format';
import './exercise.css';

type Listing = { state: 'loading' } | { state: 'ready'; exercises: ExerciseListing[] } | { state: 'failed' };

/** One exercise: title, level, what the trainee is told, and Start. */
function ExerciseItem({ exercise, busy, onStart }: { exercise: ExerciseListing; busy: boolean; onStart: () => void }) {
  const titleId = useId();
  return (
    <li className="picker__item" aria-labelledby={titleId} data-exercise={exercise.id}>
      <div className="picker__text">
        <h3 id={titleId} className="picker__title">
          {exercise.title}
        </h3>
        <p className="picker__meta">
          <span className={`chrome-badge exercise-level exercise-level--${exercise.level}`}>
            {LEVEL_LABEL[exercise.level]}
          </span>
          <span>
            {exercise.objectives} objectives, {pointsText(exercise.maxScore)}
          </span>
          {exercise.timeLimitMinutes !== null ? <span>{exercise.timeLimitMinutes} min limit</span> : null}
          {exercise.bestScore !== null ? (
            <span className="chrome-badge chrome-badge--brand">
              best {exercise.bestScore}/{exercise.maxScore}
            </span>
          ) : null}
        </p>
        <p className="picker__description">{exercise.briefing}</p>
      </div>
      <button type="button" className="chrome-button" disabled={busy} aria-describedby={titleId} onClick={onStart}>
        Start
      </button>
    </li>
  );
}

/**
 * The header's "Exercises" button: the library's exercises from easy to hard, each with Start.
 * Starting replaces the device with the exercise's, played to where the trainee takes over.
 */
export function ExercisePicker() {
  const { run } = useCommands();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [listing, setListing] = useState<Listing>({ state: 'loading' });

  useEffect(() => {
    if (!open) return;
    let live = true;
    void run('exercise.list', {}).then((result) => {
      if (live) setListing(result ? { state: 'ready', exercises: result.exercises } : { state: 'failed' });
    });
    return () => {
      live = false;
    };
  }, [open, run]);

  const start = async (id: string) => {
    setBusy(true);
    const started = await run('exercise.start', { id });
    setBusy(false);
    if (started) setOpen(false);
  };

  return (
    <>
      <button type="button" className="chrome-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Exercises
      </button>
      {open ? (
        <ChromeDialog title="Exercises" className="picker" onClose={() => setOpen(false)}>
          <p className="picker__lead">
            An exercise starts a new device where the user left it. Meet its objectives from the device and the tenant;
            hints cost points. The scenario&apos;s notes and the trainer&apos;s panels are hidden until the attempt
            ends.
          </p>
          {listing.state === 'loading' ? <p className="picker__empty">Reading the exercises…</p> : null}
          {listing.state === 'failed' ? <p className="picker__empty">The exercises could not be read.</p> : null}
          {listing.state === 'ready' ? (
            <ul className="picker__list" aria-label="Exercises">
              {listing.exercises.map((exercise) => (
                <ExerciseItem
                  key={exercise.id}
                  exercise={exercise}
                  busy={busy}
                  onStart={() => void start(exercise.id)}
                />
              ))}
            </ul>
          ) : null}
        </ChromeDialog>
      ) : null}
    </>
  );
}
