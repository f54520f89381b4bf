import type { FormEvent, ReactNode } from 'react';
import { RESET_STRINGS } from '../../../shared/strings-reset';
import { useCommands } from '../../state/commands';
import { CredentialFields } from '../credential-fields';

const S = RESET_STRINGS.signIn;

/**
 * User name and password for the reset's administrator check (CredentialFields), with the submit
 * and secondary buttons.
 */
export function ResetCredentialsForm({
  username,
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
  const { click } = useCommands();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    click(submit.control);
  };
  return (
    <form className="reset-form" onSubmit={onSubmit} noValidate>
      {children}
      <CredentialFields username={username} error={error} labels={S} errorClassName="reset-form__error" />
      <div className="reset-form__buttons">
        <button
          type="button"
          className="reset-button"
          data-control={secondary.control}
          onClick={() => click(secondary.control)}
        >
          {secondary.label}
        </button>
        <button type="submit" className="reset-button reset-button--primary" data-control={submit.control}>
          {submit.label}
        </button>
      </div>
    </form>
  );
}
