import { ArrowLeft20Regular } from '@fluentui/react-icons';
import type { ScreenViewOf } from '../../shared/snapshot';
import { OOBE_STRINGS } from '../../shared/strings';
import { ENROLLMENT_STRINGS } from '../../shared/strings-enrollment';
import { OobeButton } from '../frame/oobe-button';
import { OobeFrame } from '../frame/oobe-frame';
import { OobePage } from '../frame/oobe-page';
import { OobeTextField } from '../frame/oobe-text-field';
import { ProgressPage } from '../frame/progress-ring';
import { AutopilotArt } from '../illustrations/autopilot-art';
import { useCommands } from '../state/commands';
import { SigninOrganization } from './signin-organization';
import { useSecretText } from '../state/use-secret-text';
import './branding-signin.css';
import './sign-in-pages.css';

const S = ENROLLMENT_STRINGS.password;
/** [UNVERIFIED] accessible name of Entra's back arrow beside the username (not in the spec). */
const BACK = 'Back';

type View = ScreenViewOf<'password'>;

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
        data-control="back"
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
  const { click } = useCommands();
  const [password, setPassword] = useSecretText(view.error);
  return (
    <OobeFrame screen="password" illustration={<AutopilotArt />}>
      {view.busy ? (
        <ProgressPage status={OOBE_STRINGS.justAMoment} />
      ) : (
        <OobePage
          title={S.title}
          eyebrow={
            <>
              <SigninOrganization logo={view.logo} name={view.organizationName} />
              <Account username={view.username} />
            </>
          }
          buttons={<OobeButton control="sign-in" label={view.submitLabel} primary />}
        >
          <div className="signin-form">
            <OobeTextField
              field="password"
              text={password}
              onText={setPassword}
              error={view.error}
              onEnter={() => click('sign-in')}
              type="password"
              autoComplete="off"
              autoFocus
              placeholder={S.placeholder}
              aria-label={S.placeholder}
            />
            {/* Self-service password reset needs a browser the device doesn't have: shown, not offered. */}
            <p className="signin-form__inert-link">{S.forgot}</p>
          </div>
        </OobePage>
      )}
    </OobeFrame>
  );
}
