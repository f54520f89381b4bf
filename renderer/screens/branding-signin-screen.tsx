import { useId, type KeyboardEvent } from 'react';
import type { ScreenViewOf } from '../../shared/snapshot';
import { OOBE_STRINGS } from '../../shared/strings';
import { OobeButton } from '../frame/oobe-button';
import { OobeFrame } from '../frame/oobe-frame';
import { OobePage } from '../frame/oobe-page';
import { AutopilotArt } from '../illustrations/autopilot-art';
import { useCommands } from '../state/commands';
import { useFieldText } from '../state/use-field-text';
import './branding-signin.css';

const S = OOBE_STRINGS.signIn;
type View = ScreenViewOf<'branding-signin'>;

/** The organisation's square logo (a data: URL from the tenant's branding) and its name. */
function Organization({ view }: { view: View }) {
  return (
    <div className="signin-org">
      {view.logo ? <img className="signin-org__logo" src={view.logo} alt="" /> : null}
      <p className="signin-org__name">{view.organizationName}</p>
    </div>
  );
}

/**
 * The company-branded sign-in (oobe-ui.md §11): logo, organisation name, "Sign in", the username
 * box, the inline error and the branding's sign-in text. Every keystroke goes to the device.
 */
export function BrandingSigninScreen({ view }: { view: View }) {
  const { type, click } = useCommands();
  const field = useFieldText(view.username);
  const errorId = useId();
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') click('next');
  };
  return (
    <OobeFrame screen="branding-signin" illustration={<AutopilotArt />}>
      <OobePage
        title={S.heading}
        eyebrow={<Organization view={view} />}
        buttons={<OobeButton control="next" label={S.next} primary />}
      >
        <div className="signin-form">
          <input
            className="oobe-input signin-form__username"
            type="text"
            inputMode="email"
            autoComplete="off"
            spellCheck={false}
            placeholder={S.placeholder}
            value={field.text}
            readOnly={view.usernameLocked}
            aria-invalid={view.error ? true : undefined}
            aria-describedby={view.error ? errorId : undefined}
            onFocus={field.onFocus}
            onBlur={field.onBlur}
            onChange={(event) => {
              field.setText(event.target.value);
              type('username', event.target.value);
            }}
            onKeyDown={onKeyDown}
          />
          {view.error ? (
            <p id={errorId} className="oobe-error" role="alert">
              {view.error}
            </p>
          ) : null}
          {view.signInText ? <p className="signin-form__text">{view.signInText}</p> : null}
        </div>
      </OobePage>
    </OobeFrame>
  );
}
