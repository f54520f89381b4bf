import { useId } from 'react';
import type { ScreenViewOf } from '../../../shared/snapshot';
import { format } from '../../../shared/strings-enrollment';
import { TASK_SEQUENCE_STRINGS as S } from './task-sequence-strings';

type View = ScreenViewOf<'task-sequence'>;

/**
 * Configuration Manager's task sequence progress window ("Show Task Sequence progress",
 * 001:11868): organization name, the task sequence, the running action and a progress bar.
 */
export function ProgressDialog({ view }: { view: View }) {
  const titleId = useId();
  const actionId = useId();
  return (
    <section className="ts-progress" role="dialog" aria-labelledby={titleId} aria-describedby={actionId}>
      <header className="ts-progress__titlebar">
        <h1 id={titleId} className="ts-progress__title">
          {S.progressTitle}
        </h1>
      </header>
      <div className="ts-progress__body">
        <p className="ts-progress__org">{view.organizationName}</p>
        <p className="ts-progress__line">{format(S.running, view.taskSequenceName)}</p>
        <p id={actionId} className="ts-progress__line ts-progress__action" aria-live="polite">
          {view.stepName ? format(S.runningAction, view.stepName) : S.starting}
        </p>
        <div
          className="ts-progress__bar"
          role="progressbar"
          aria-label={view.taskSequenceName}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={view.percent}
        >
          <div className="ts-progress__fill" style={{ width: `${view.percent}%` }} />
        </div>
      </div>
    </section>
  );
}
