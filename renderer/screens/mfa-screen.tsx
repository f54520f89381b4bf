import { useId } from 'react';
import type { ScreenViewOf } from '../../shared/snapshot';
import { OOBE_STRINGS } from '../../shared/strings';
import { ENROLLMENT_STRINGS, format } from '../../shared/strings-enrollment';
import { OobeButton } from '../frame/oobe-button';
import { OobeFrame } from '../frame/oobe-frame';
import { OobePage } from '../frame/oobe-page';
import { OobeTextField } from '../frame/oobe-text-field';
import { ProgressPage } from '../frame/progress-ring';
import { AutopilotArt } from '../illustrations/autopilot-art';
import { useCommands } from '../state/commands';
import { useSecretText } from '../state/use-secret-text';
import './branding-signin.css';
import './sign-in-pages.css';

const S = ENROLLMENT_STRINGS.mfa;

/**
 * "Enter code" → "Verify" (external-facts.md §6.2): the code "texted" to the user's phone, whose
 * last digits the page shows. A wrong code empties the box and says so.
 */
export function MfaScreen({ view }: { view: ScreenViewOf<'mfa'> }) {
  const { click } = useCommands();
  const [code, setCode] = useSecretText(view.error);
  const leadId = useId();
  return (
    <OobeFrame screen="mfa" illustration={<AutopilotArt />}>
      {view.busy ? (
        <ProgressPage status={OOBE_STRINGS.justAMoment} />
      ) : (
        <OobePage
          title={S.title}
          eyebrow={<p className="signin-account__name">{view.username}</p>}
          buttons={<OobeButton control="verify" label={S.verify} primary />}
        >
          <div className="signin-form">
            <p id={leadId} className="signin-form__lead">
              {format(S.sent, view.phoneHint)}
            </p>
            <OobeTextField
              field="code"
              text={code}
              onText={setCode}
              error={view.error}
              describedBy={leadId}
              onEnter={() => click('verify')}
              type="text"
              inputMode="numeric"
              autoComplete="one-time-code"
              autoFocus
              spellCheck={false}
              placeholder={S.placeholder}
              aria-label={S.placeholder}
            />
          </div>
        </OobePage>
      )}
    </OobeFrame>
  );
}
