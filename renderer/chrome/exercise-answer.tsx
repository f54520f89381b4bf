import { useId, useState, type FormEvent } from 'react';
import type { ObjectiveView } from '../../shared/exercise';
import { useCommands } from '../state/commands';

/**
 * The answer box of an answer or multiple-choice objective: the prompt, a text box or the choices,
 * and Check. A wrong answer says so and stays (the objective counts the tries); a right one ticks it.
 */
export function ExerciseAnswer({ objective }: { objective: ObjectiveView }) {
  const { run } = useCommands();
  const [text, setText] = useState('');
  const [choice, setChoice] = useState<number | null>(null);
  const [verdict, setVerdict] = useState<'wrong' | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const answer = objective.kind === 'choice' ? (choice === null ? '' : String(choice)) : text.trim();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!answer) return;
    setBusy(true);
    const result = await run('exercise.answer', { objective: objective.id, answer });
    setBusy(false);
    if (result && !result.correct) setVerdict('wrong');
  };

  return (
    <form className="exercise-answer" onSubmit={(event) => void submit(event)} aria-label={objective.label}>
      {objective.kind === 'choice' ? (
        <fieldset className="exercise-answer__choices">
          <legend className="exercise-answer__prompt">{objective.prompt}</legend>
          {(objective.choices ?? []).map((label, index) => (
            <label key={label} className="exercise-answer__choice">
              <input
                type="radio"
                name={id}
                value={index}
                checked={choice === index}
                onChange={() => {
                  setChoice(index);
                  setVerdict(null);
                }}
              />
              <span>{label}</span>
            </label>
          ))}
        </fieldset>
      ) : (
        <>
          <label className="exercise-answer__prompt" htmlFor={id}>
            {objective.prompt}
          </label>
          <input
            id={id}
            className="chrome-input exercise-answer__input"
            autoComplete="off"
            spellCheck={false}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setVerdict(null);
            }}
          />
        </>
      )}
      <div className="exercise-answer__row">
        <button type="submit" className="chrome-button" disabled={busy || !answer}>
          Check
        </button>
        <span className="exercise-answer__verdict" role="status">
          {verdict === 'wrong' ? 'Not right. Look again.' : ''}
          {objective.wrongAnswers > 0 ? ` (${objective.wrongAnswers} wrong so far)` : ''}
        </span>
      </div>
    </form>
  );
}
