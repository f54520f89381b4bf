import type { ScreenViewOf } from '../../shared/snapshot';
import { OOBE_STRINGS } from '../../shared/strings';
import { OobeButton } from '../frame/oobe-button';
import { OobeFrame } from '../frame/oobe-frame';
import { OobePage } from '../frame/oobe-page';
import { OobeTextField } from '../frame/oobe-text-field';
import { AutopilotArt } from '../illustrations/autopilot-art';
import { useCommands } from '../state/commands';
import { SigninOrganization } from './signin-organization';
import { useFieldText } from '../state/use-field-text';
import './branding-signin.css';

const S = OOBE_STRINGS.signIn;
type View = ScreenViewOf<'branding-signin'>;

/**
 * The company-branded sign-in (oobe-ui.md §11): logo, organisation name, "Sign in", the username
 * box, the inline error and the branding's sign-in text. Every keystroke goes to the device.
 */
export function BrandingSigninScreen({ view }: { view: View }) {
  const { click } = useCommands();
  const field = useFieldText(view.username);
  return (
    <OobeFrame screen="branding-signin" illustration={<AutopilotArt />}>
      <OobePage
        title={S.heading}
        eyebrow={<SigninOrganization logo={view.logo} name={view.organizationName} />}
        buttons={<OobeButton control="next" label={S.next} primary />}
      >
        <div className="signin-form">
          <OobeTextField
            className="signin-form__username"
            field="username"
            text={field.text}
            onText={field.setText}
            error={view.error}
            onEnter={() => click('next')}
            type="text"
            inputMode="email"
            autoComplete="off"
            spellCheck={false}
            placeholder={S.placeholder}
            readOnly={view.usernameLocked}
            onFocus={field.onFocus}
            onBlur={field.onBlur}
          />
          {view.signInText ? <p className="signin-form__text">{view.signInText}</p> : null}
        </div>
      </OobePage>
    </OobeFrame>
  );
}
