import { useId } from 'react';
import type { ScreenViewOf } from '../../shared/snapshot';
import { OOBE_STRINGS } from '../../shared/strings';
import { ENROLLMENT_STRINGS, format } from '../../shared/strings-enrollment';
import { OobeButton } from '../frame/oobe-button';
import { OobeFrame } from '../frame/oobe-frame';
import { OobePage } from '../frame/oobe-page';
import { ProgressPage } from '../frame/progress-ring';
import { AutopilotArt } from '../illustrations/autopilot-art';
import { MfaCodeField } from './mfa-code-field';
import './branding-signin.css';
import './sign-in-pages.css';

const S = ENROLLMENT_STRINGS.mfa;

/**
 * "Enter code" → "Verify" (external-facts.md §6.2): the code "texted" to the user's phone, whose
 * last digits the page shows. A wrong code empties the box and says so.
 */
export function MfaScreen({ view }: { view: ScreenViewOf<'mfa'> }) {
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
            <MfaCodeField error={view.error} describedBy={leadId} />
          </div>
        </OobePage>
      )}
    </OobeFrame>
  );
}
