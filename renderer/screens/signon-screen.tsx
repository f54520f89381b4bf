import { ArrowRight20Regular, Person48Regular } from '@fluentui/react-icons';
import type { FormEvent } from 'react';
import type { ScreenViewOf } from '../../shared/snapshot';
import { ENROLLMENT_STRINGS, format } from '../../shared/strings-enrollment';
import { useCommands } from '../state/commands';
import { CredentialFields } from './credential-fields';
import { Wallpaper } from './wallpaper';
import './full-screen.css';
import './signon.css';

const S = ENROLLMENT_STRINGS.signon;
const SIGN_IN = 'Sign in'; // [UNVERIFIED] accessible name of the sign-on screen's arrow button; not in the strings
type View = ScreenViewOf<'signon'>;

/** The lock screen: only the prompt to press Ctrl+Alt+Delete (the chrome's note says how to send it). */
function PressCtrlAltDel() {
  return (
    <div className="signon__lock">
      <p className="signon__prompt">{S.pressCtrlAltDel}</p>
    </div>
  );
}

/**
 * "Other user": user name and password, the domain the account belongs to, and the arrow that
 * signs in. Every keystroke goes to the device; the password box empties when the device refuses
 * the credentials (the device has cleared its copy too).
 */
function Credentials({ view }: { view: View }) {
  const { click } = useCommands();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    click('sign-in');
  };

  return (
    <form className="signon__form" onSubmit={submit} noValidate>
      <div className="signon__avatar" aria-hidden="true">
        <Person48Regular />
      </div>
      <h1 className="signon__name">{S.otherUser}</h1>
      <CredentialFields
        username={view.username}
        error={view.error}
        labels={S}
        errorClassName="signon__error"
        autoFocusPassword={view.username !== ''}
        renderPassword={(input) => (
          <div className="signon__password">
            {input}
            <button
              type="submit"
              className="signon__submit"
              data-control="sign-in"
              aria-label={SIGN_IN}
              title={SIGN_IN}
            >
              <ArrowRight20Regular />
            </button>
          </div>
        )}
      />
      {view.domain ? <p className="signon__domain">{format(S.signInTo, view.domain)}</p> : null}
    </form>
  );
}

/**
 * The Windows sign-on screen (user-driven.md §3 rows 11 and 16): full screen over our own night
 * wallpaper, first the Ctrl+Alt+Delete prompt of a domain-joined device, then the credentials.
 * No clock: the lock screen's time would have to come from the host's wall clock.
 */
export function SignonScreen({ view }: { view: View }) {
  const credentials = view.stage === 'credentials';
  return (
    <div className="full-screen signon" data-screen="signon" data-stage={view.stage}>
      <Wallpaper variant="lock" />
      <div className={credentials ? 'full-screen__veil full-screen__veil--blur' : 'full-screen__veil signon__veil'} />
      {credentials ? <Credentials view={view} /> : <PressCtrlAltDel />}
    </div>
  );
}
