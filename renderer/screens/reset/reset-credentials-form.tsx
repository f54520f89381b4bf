import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { RESET_STRINGS } from '../../../shared/strings-reset';
import { useCommands } from '../../state/commands';
import { useFieldText } from '../../state/use-field-text';

const S = RESET_STRINGS.signIn;

/**
 * User name and password for the reset's administrator check, with the submit and secondary
 * buttons. Every keystroke goes to the device; the password box empties when the device refuses
 * the credentials (the device has cleared its copy too).
 */
export function ResetCredentialsForm({
  username: deviceUsername,
  error,
  submit,
  secondary,
  children,
}: {
  username: string;
  error: string | null;
  submit: { control: string; label: string };
  secondary: { control: string; label: string };
  children?: ReactNode;
}) {
  const { type, click } = useCommands();
  const username = useFieldText(deviceUsername);
  const [password, setPassword] = useState('');
  const [seenError, setSeenError] = useState(error);
  if (error !== seenError) {
    setSeenError(error);
    if (error) setPassword('');
  }
  const errorId = useId();
  const describedBy = error ? errorId : undefined;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    click(submit.control);
  };
  return (
    <form className="reset-form" onSubmit={onSubmit} noValidate>
      {children}
      {error ? (
        <p id={errorId} className="reset-form__error" role="alert">
          {error}
        </p>
      ) : null}
      <input
        className="reset-form__input"
        type="text"
        name="username"
        autoComplete="off"
        spellCheck={false}
        placeholder={S.username}
        aria-label={S.username}
        aria-describedby={describedBy}
        value={username.text}
        onFocus={username.onFocus}
        onBlur={username.onBlur}
        onChange={(event) => {
          username.setText(event.target.value);
          type('username', event.target.value);
        }}
      />
      <input
        className="reset-form__input"
        type="password"
        name="password"
        autoComplete="off"
        placeholder={S.password}
        aria-label={S.password}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        value={password}
        onChange={(event) => {
          setPassword(event.target.value);
          type('password', event.target.value);
        }}
      />
      <div className="reset-form__buttons">
        <button type="button" className="reset-button" onClick={() => click(secondary.control)}>
          {secondary.label}
        </button>
        <button type="submit" className="reset-button reset-button--primary">
          {submit.label}
        </button>
      </div>
    </form>
  );
}
