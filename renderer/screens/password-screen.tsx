import { ArrowLeft20Regular } from '@fluentui/react-icons';
import { useId, useState, type KeyboardEvent } from 'react';
import type { ScreenViewOf } from '../../shared/snapshot';
import { OOBE_STRINGS } from '../../shared/strings';
import { ENROLLMENT_STRINGS } from '../../shared/strings-enrollment';
import { OobeButton } from '../frame/oobe-button';
import { OobeFrame } from '../frame/oobe-frame';
import { OobePage } from '../frame/oobe-page';
import { ProgressPage } from '../frame/progress-ring';
import { AutopilotArt } from '../illustrations/autopilot-art';
import { useCommands } from '../state/commands';
import './branding-signin.css';
import './sign-in-pages.css';

const S = ENROLLMENT_STRINGS.password;
/** [UNVERIFIED] accessible name of Entra's back arrow beside the username (not in the spec). */
const BACK = 'Back';

type View = ScreenViewOf<'password'>;

/**
 * The text of a secret box (password, code) that the device clears after a wrong attempt: the
 * view never carries the secret back, so a new error is the sign that the device emptied it.
 */
export function useSecretText(error: string | null) {
  const [text, setText] = useState('');
  const [seenError, setSeenError] = useState(error);
  if (error !== seenError) {
    setSeenError(error);
    if (error) setText('');
  }
  return [text, setText] as const;
}

/** The organisation's logo and name above the page, as on the sign-in page before it. */
function Organization({ view }: { view: View }) {
  return (
    <div className="signin-org">
      {view.logo ? <img className="signin-org__logo" src={view.logo} alt="" /> : null}
      <p className="signin-org__name">{view.organizationName}</p>
    </div>
  );
}

/** The account being signed in, with Entra's back arrow to change it. */
function Account({ username }: { username: string }) {
  const { click } = useCommands();
  return (
    <div className="signin-account">
      <button
        type="button"
        className="signin-account__back"
        aria-label={BACK}
        title={BACK}
        onClick={() => click('back')}
      >
        <ArrowLeft20Regular aria-hidden="true" />
      </button>
      <span className="signin-account__name">{username}</span>
    </div>
  );
}

/**
 * "Enter password" (oobe-ui.md §11, user-driven.md §4): the Entra page after the username, with
 * "Sign in" on Windows 11 and "Next" on Windows 10. While Entra ID and Intune answer, a ring.
 */
export function PasswordScreen({ view }: { view: View }) {
  const { type, click } = useCommands();
  const [password, setPassword] = useSecretText(view.error);
  const errorId = useId();
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') click('sign-in');
  };
  if (view.busy) {
    return (
      <OobeFrame screen="password" illustration={<AutopilotArt />}>
        <ProgressPage status={OOBE_STRINGS.justAMoment} />
      </OobeFrame>
    );
  }
  return (
    <OobeFrame screen="password" illustration={<AutopilotArt />}>
      <OobePage
        title={S.title}
        eyebrow={
          <>
            <Organization view={view} />
            <Account username={view.username} />
          </>
        }
        buttons={<OobeButton control="sign-in" label={view.submitLabel} primary />}
      >
        <div className="signin-form">
          <input
            className="oobe-input"
            type="password"
            autoComplete="off"
            autoFocus
            placeholder={S.placeholder}
            value={password}
            aria-label={S.placeholder}
            aria-invalid={view.error ? true : undefined}
            aria-describedby={view.error ? errorId : undefined}
            onChange={(event) => {
              setPassword(event.target.value);
              type('password', event.target.value);
            }}
            onKeyDown={onKeyDown}
          />
          {view.error ? (
            <p id={errorId} className="oobe-error" role="alert">
              {view.error}
            </p>
          ) : null}
          {/* Self-service password reset needs a browser the device doesn't have: shown, not offered. */}
          <p className="signin-form__inert-link">{S.forgot}</p>
        </div>
      </OobePage>
    </OobeFrame>
  );
}
