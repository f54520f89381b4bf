import { ErrorCircle20Regular } from '@fluentui/react-icons';
import { useFailures } from '../state/commands';

/** Commands the device refused, one dismissible message each; the app carries on. */
export function FailureMessages() {
  const { failures, dismiss } = useFailures();
  if (failures.length === 0) return null;
  return (
    <div className="failures">
      {failures.map((failure) => (
        <div key={failure.id} className="failure" role="alert">
          <ErrorCircle20Regular className="failure__icon" aria-hidden="true" />
          <p className="failure__text">{failure.text}</p>
          <button type="button" className="chrome-button" onClick={() => dismiss(failure.id)}>
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
