import { useId, type ReactNode } from 'react';
import { DeviceInput, FieldError } from '../frame/device-input';
import { useFieldText } from '../state/use-field-text';
import { useSecretText } from '../state/use-secret-text';
import './credential-fields.css';

interface CredentialFieldsProps {
  /** The user name the device holds (adopted while the box is not being typed in). */
  username: string;
  error: string | null;
  /** The boxes' placeholders, which are also their accessible names. */
  labels: { username: string; password: string };
  /** The screen's class for the error line above the boxes. */
  errorClassName: string;
  /** Windows puts the caret in the password box when the user name is already there. */
  autoFocusPassword?: boolean;
  /** Wraps the password box (the sign-on screen puts its arrow button inside it). */
  renderPassword?: (input: ReactNode) => ReactNode;
}

/**
 * The user name and password boxes of the full-screen sign-ins (the sign-on screen, the reset's
 * administrator check), with the device's error above them. Every keystroke goes to the device;
 * the password box empties when the device refuses the credentials (it has cleared its copy too).
 */
export function CredentialFields({
  username: deviceUsername,
  error,
  labels,
  errorClassName,
  autoFocusPassword = false,
  renderPassword = (input) => input,
}: CredentialFieldsProps) {
  const username = useFieldText(deviceUsername);
  const [password, setPassword] = useSecretText(error);
  const errorId = useId();
  const describedBy = error ? errorId : undefined;
  return (
    <>
      <FieldError id={errorId} className={errorClassName} error={error} />
      <DeviceInput
        className="credential-input"
        field="username"
        text={username.text}
        onText={username.setText}
        type="text"
        name="username"
        autoComplete="off"
        spellCheck={false}
        placeholder={labels.username}
        aria-label={labels.username}
        aria-describedby={describedBy}
        onFocus={username.onFocus}
        onBlur={username.onBlur}
      />
      {renderPassword(
        <DeviceInput
          className="credential-input"
          field="password"
          text={password}
          onText={setPassword}
          type="password"
          name="password"
          autoComplete="off"
          placeholder={labels.password}
          aria-label={labels.password}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          autoFocus={autoFocusPassword}
        />,
      )}
    </>
  );
}
