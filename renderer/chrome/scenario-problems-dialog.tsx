import { ErrorCircle20Regular } from '@fluentui/react-icons';
import type { ContractError } from '../../shared/contract';
import { ChromeDialog } from './chrome-dialog';

type Problem = NonNullable<ContractError['problems']>[number];

/** A refused scenario: what was being loaded (a built-in's id or a file's name) and every problem. */
export interface ScenarioProblems {
  source: string;
  problems: Problem[];
}

/**
 * "This scenario can't be loaded": every problem the host found, one line each as
 * "file — path: message", so a scenario author can fix them all in one go. The device that was
 * running keeps running.
 */
export function ScenarioProblemsDialog({ report, onClose }: { report: ScenarioProblems; onClose: () => void }) {
  const count = report.problems.length;
  return (
    <ChromeDialog title="This scenario can't be loaded" tone="alert" className="problems" onClose={onClose}>
      <p className="problems__lead">
        <ErrorCircle20Regular className="problems__icon" aria-hidden="true" />
        <span>
          <strong>{report.source}</strong> has {count === 1 ? 'a problem' : `${count} problems`}. Nothing was changed:
          the current device keeps running.
        </span>
      </p>
      <ol className="problems__list" aria-label="Problems">
        {report.problems.map((problem, index) => (
          <li key={index} className="problems__item">
            <code className="problems__where">
              {problem.file}
              {problem.path ? ` — ${problem.path}` : ''}
            </code>
            <span className="problems__sep">: </span>
            <span className="problems__message">{problem.message}</span>
          </li>
        ))}
      </ol>
    </ChromeDialog>
  );
}
