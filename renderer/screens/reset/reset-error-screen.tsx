import { ErrorCircle24Regular } from '@fluentui/react-icons';
import { useId } from 'react';
import type { ResetErrorView } from '../../../shared/snapshot';
import { RESET_STRINGS } from '../../../shared/strings-reset';
import { useCommands } from '../../state/commands';
import { Wallpaper } from '../wallpaper';
import { ResetCredentialsForm } from './reset-credentials-form';
import '../full-screen.css';
import './reset.css';

const E = RESET_STRINGS.errorScreen;

/**
 * A reset that could not run, with the seeds' message (001:2887, 001:3232, 001:11253). "Could not
 * find the recovery environment" asks for administrator credentials to continue (001:3234); the
 * others send the person to sign in and look.
 */
export function ResetErrorScreen({ view }: { view: ResetErrorView }) {
  const { click } = useCommands();
  const titleId = useId();
  const message = (
    <>
      <div className="reset-panel__icon reset-panel__icon--error" aria-hidden="true">
        <ErrorCircle24Regular />
      </div>
      <h1 id={titleId} className="reset-panel__message" role="alert">
        {view.message}
      </h1>
    </>
  );
  return (
    <div className="full-screen reset-screen" data-screen="reset-error" data-reason={view.reason}>
      <Wallpaper variant="lock" />
      <div className="full-screen__veil full-screen__veil--blur" />
      <section className="reset-panel" aria-labelledby={titleId}>
        {view.asksCredentials ? (
          <ResetCredentialsForm
            username={view.username}
            error={view.error}
            submit={{ control: 'continue', label: E.continueReset }}
            secondary={{ control: 'sign-in', label: E.signIn }}
          >
            {message}
            <p className="reset-panel__text reset-panel__text--quiet">{RESET_STRINGS.errors.recoveryNotFoundAdvice}</p>
          </ResetCredentialsForm>
        ) : (
          <div className="reset-form">
            {message}
            <div className="reset-form__buttons">
              <button
                type="button"
                className="reset-button reset-button--primary"
                data-control="sign-in"
                onClick={() => click('sign-in')}
              >
                {E.signIn}
              </button>
            </div>
          </div>
        )}
      </section>
    </div>
  );
}
