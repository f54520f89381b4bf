import { useId, type KeyboardEvent } from 'react';
import type { ScreenViewOf } from '../../shared/snapshot';
import { OOBE_STRINGS } from '../../shared/strings';
import { ENROLLMENT_STRINGS, format } from '../../shared/strings-enrollment';
import { OobeButton } from '../frame/oobe-button';
import { OobeFrame } from '../frame/oobe-frame';
import { OobePage } from '../frame/oobe-page';
import { ProgressPage } from '../frame/progress-ring';
import { AutopilotArt } from '../illustrations/autopilot-art';
import { useCommands } from '../state/commands';
import { useSecretText } from './password-screen';
import './branding-signin.css';
import './sign-in-pages.css';

const S = ENROLLMENT_STRINGS.mfa;

/**
 * "Enter code" → "Verify" (external-facts.md §6.2): the code "texted" to the user's phone, whose
 * last digits the page shows. A wrong code empties the box and says so.
 */
export function MfaScreen({ view }: { view: ScreenViewOf<'mfa'> }) {
  const { type, click } = useCommands();
  const [code, setCode] = useSecretText(view.error);
  const leadId = useId();
  const errorId = useId();
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') click('verify');
  };
  if (view.busy) {
    return (
      <OobeFrame screen="mfa" illustration={<AutopilotArt />}>
        <ProgressPage status={OOBE_STRINGS.justAMoment} />
      </OobeFrame>
    );
  }
  return (
    <OobeFrame screen="mfa" illustration={<AutopilotArt />}>
      <OobePage
        title={S.title}
        eyebrow={<p className="signin-account__name">{view.username}</p>}
        buttons={<OobeButton control="verify" label={S.verify} primary />}
      >
        <div className="signin-form">
          <p id={leadId} className="signin-form__lead">
            {format(S.sent, view.phoneHint)}
          </p>
          <input
            className="oobe-input"
            type="text"
            inputMode="numeric"
            autoComplete="one-time-code"
            autoFocus
            spellCheck={false}
            placeholder={S.placeholder}
            value={code}
            aria-label={S.placeholder}
            aria-invalid={view.error ? true : undefined}
            aria-describedby={view.error ? `${leadId} ${errorId}` : leadId}
            onChange={(event) => {
              setCode(event.target.value);
              type('code', event.target.value);
            }}
            onKeyDown={onKeyDown}
          />
          {view.error ? (
            <p id={errorId} className="oobe-error" role="alert">
              {view.error}
            </p>
          ) : null}
        </div>
      </OobePage>
    </OobeFrame>
  );
}
