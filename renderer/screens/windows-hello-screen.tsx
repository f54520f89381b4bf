import { useId } from 'react';
import type { WindowsHelloView } from '../../shared/snapshot';
import { ENROLLMENT_STRINGS, format } from '../../shared/strings-enrollment';
import { HELLO_STRINGS } from '../../shared/strings-hello';
import { OobeButton, OobeLink } from '../frame/oobe-button';
import { OobeFrame } from '../frame/oobe-frame';
import { OobePage } from '../frame/oobe-page';
import { OobeTextField } from '../frame/oobe-text-field';
import { MfaCodeField } from './mfa-code-field';
import { HelloArt } from '../illustrations/hello-art';
import { useCommands } from '../state/commands';
import { useSecretText } from '../state/use-secret-text';
import { EntraDialog } from './stay-signed-in-screen';
import './sign-in-pages.css';
import './windows-hello.css';

const B = HELLO_STRINGS.biometric;
const E = HELLO_STRINGS.entra;
const H = HELLO_STRINGS.hybrid;

function biometricTexts(kind: WindowsHelloView['biometrics']) {
  if (kind === 'both') return { title: B.titleBoth, body: B.bodyBoth };
  if (kind === 'fingerprint') return { title: B.titleFingerprint, body: B.bodyFingerprint };
  return { title: B.titleFace, body: B.bodyFace };
}

/** "Want to use your face / fingerprint to sign in faster and more securely?" (oobe-ui.md §22). */
function BiometricPage({ view }: { view: WindowsHelloView }) {
  const { title, body } = biometricTexts(view.biometrics);
  return (
    <OobeFrame screen="windows-hello" illustration={<HelloArt kind={view.biometrics ?? 'face'} />}>
      <OobePage
        title={title}
        buttons={<OobeButton control="yes-set-up" label={B.yes} primary />}
        links={<OobeLink control="skip" label={B.skip} />}
      >
        <p>{body}</p>
      </OobePage>
    </OobeFrame>
  );
}

/** "Set up a PIN": New PIN and Confirm PIN (the PIN never comes back from the device; a refused one empties both). */
function PinFields({ view }: { view: WindowsHelloView }) {
  const { click } = useCommands();
  const [pin, setPin] = useSecretText(view.error);
  const [confirm, setConfirm] = useSecretText(view.error);
  const reqId = useId();
  const digitsOnly = view.requirements.filter((r) => r.startsWith("Can't include")).length === 3;
  return (
    <div className="signin-form hello-pin">
      <OobeTextField
        field="new-pin"
        text={pin}
        onText={setPin}
        error={null}
        describedBy={reqId}
        onEnter={() => click('ok')}
        type="password"
        inputMode={digitsOnly ? 'numeric' : 'text'}
        autoComplete="new-password"
        autoFocus
        placeholder={E.newPin}
        aria-label={E.newPin}
      />
      <OobeTextField
        field="confirm-pin"
        text={confirm}
        onText={setConfirm}
        error={view.error}
        onEnter={() => click('ok')}
        type="password"
        inputMode={digitsOnly ? 'numeric' : 'text'}
        autoComplete="new-password"
        placeholder={E.confirmPin}
        aria-label={E.confirmPin}
      />
      <details className="hello-pin__requirements" id={reqId}>
        <summary>{HELLO_STRINGS.pin.requirements}</summary>
        <ul>
          {view.requirements.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      </details>
    </div>
  );
}

function MfaFields({ view }: { view: WindowsHelloView }) {
  const leadId = useId();
  const M = ENROLLMENT_STRINGS.mfa;
  return (
    <div className="signin-form">
      <p className="entra-dialog__eyebrow">{M.title}</p>
      <p id={leadId}>{format(M.sent, view.phoneHint)}</p>
      <MfaCodeField error={view.error} describedBy={leadId} />
    </div>
  );
}

/** The error page's lines: Error code, Correlation ID, Timestamp (oobe-ui.md §22). */
function FailureLines({ failure }: { failure: NonNullable<WindowsHelloView['failure']> }) {
  return (
    <dl className="hello-failure">
      <div>
        <dt>{H.errorCode}</dt>
        <dd>{failure.code}</dd>
      </div>
      <div>
        <dt>{H.correlationId}</dt>
        <dd>{failure.correlationId}</dd>
      </div>
      <div>
        <dt>{H.timestamp}</dt>
        <dd>{failure.timestamp}</dd>
      </div>
    </dl>
  );
}

/** The Entra-joined pages: web dialogs from login.microsoftonline.com/webapp/windowsngc (oobe-ui.md §22). */
function EntraPages({ view }: { view: WindowsHelloView }) {
  switch (view.stage) {
    case 'mfa':
      return (
        <EntraDialog
          screen="windows-hello"
          title={ENROLLMENT_STRINGS.mfa.verifyTitle}
          button={<OobeButton control="verify" label={ENROLLMENT_STRINGS.mfa.verify} primary />}
        >
          <MfaFields view={view} />
        </EntraDialog>
      );
    case 'set-pin':
      return (
        <EntraDialog
          screen="windows-hello"
          title={E.setUpPin}
          button={<OobeButton control="ok" label={E.ok} primary />}
        >
          <PinFields view={view} />
        </EntraDialog>
      );
    case 'error':
      return (
        <EntraDialog
          screen="windows-hello"
          title={E.errorTitle}
          button={<OobeButton control="skip" label={E.skip} primary />}
        >
          <p>{E.errorBody}</p>
        </EntraDialog>
      );
    case 'all-set':
      return (
        <EntraDialog screen="windows-hello" title={E.allSet} button={<OobeButton control="ok" label={E.ok} primary />}>
          <p>{E.allSetBody}</p>
        </EntraDialog>
      );
    default:
      return (
        <EntraDialog screen="windows-hello" title={E.title} button={<OobeButton control="ok" label={E.ok} primary />}>
          <p className="entra-dialog__eyebrow">{view.username}</p>
          <p>{E.body}</p>
        </EntraDialog>
      );
  }
}

/** The hybrid / domain-joined pages (CXH enterpriseNgcEnrollment, oobe-ui.md §22). */
function HybridPages({ view }: { view: WindowsHelloView }) {
  const art = <HelloArt kind="pin" />;
  switch (view.stage) {
    case 'set-pin':
      return (
        <OobeFrame screen="windows-hello" illustration={art}>
          <OobePage title={E.setUpPin} buttons={<OobeButton control="ok" label={E.ok} primary />}>
            <PinFields view={view} />
          </OobePage>
        </OobeFrame>
      );
    case 'error':
      return (
        <OobeFrame screen="windows-hello" illustration={art}>
          <OobePage
            title={H.errorTitle}
            buttons={
              <>
                <OobeButton control="skip" label={H.skip} />
                <OobeButton control="try-again" label={H.tryAgain} primary />
              </>
            }
          >
            {view.failure ? <FailureLines failure={view.failure} /> : null}
          </OobePage>
        </OobeFrame>
      );
    case 'all-set':
      return (
        <OobeFrame screen="windows-hello" illustration={art}>
          <OobePage title={H.allSet} buttons={<OobeButton control="ok" label={H.ok} primary />}>
            <p>{H.allSetBody}</p>
          </OobePage>
        </OobeFrame>
      );
    default:
      return (
        <OobeFrame screen="windows-hello" illustration={art}>
          <OobePage title={H.title} buttons={<OobeButton control="set-up-pin" label={H.setUpPin} primary />}>
            <p>{H.body}</p>
          </OobePage>
        </OobeFrame>
      );
  }
}

/**
 * Windows Hello for Business at the first sign-in (oobe-ui.md §22): the biometric page, then the
 * Entra-joined PIN dialogs or the hybrid pages, by the view's stage.
 */
export function WindowsHelloScreen({ view }: { view: WindowsHelloView }) {
  if (view.stage === 'biometric') return <BiometricPage view={view} />;
  return view.flavour === 'hybrid' ? <HybridPages view={view} /> : <EntraPages view={view} />;
}
