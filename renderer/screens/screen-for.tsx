import { lazy, Suspense } from 'react';
import type { ScreenView } from '../../shared/snapshot';
import { AllSetScreen } from './all-set-screen';
import { AutopilotProfileScreen } from './autopilot-profile-screen';
import { BootScreen } from './boot-screen';
import { BrandingSigninScreen } from './branding-signin-screen';
import { LicenseAgreementScreen } from './license-agreement-screen';
import { EspErrorScreen } from './esp-error-screen';
import { EspScreen } from './esp-screen';
import { KeyboardScreen } from './keyboard-screen';
import { NetworkScreen } from './network-screen';
import { PasswordScreen } from './password-screen';
import { PoweredOffScreen } from './powered-off-screen';
import { PrivacyScreen } from './privacy-screen';
import { RegionScreen } from './region-screen';
import { SecondKeyboardScreen } from './second-keyboard-screen';
import { StaySignedInScreen } from './stay-signed-in-screen';
import { UpdatesScreen } from './updates-screen';

/*
 * Screens only some deployments reach (pre-provisioning, device preparation, reset, kiosk, task
 * sequence, diagnostics…) load on first use, so the first screen's module evaluation skips them and
 * qrcode (pre-provisioning only). Each root carries data-screen, so nothing shows it before it is drawn.
 */
// The desktop (with Settings, the Start menu and the taskbar), sign-on and Windows Hello come at the
// end of a deployment or after a restart, MFA and the error page only on some: never the first screen.
const DesktopScreen = lazy(() => import('./desktop-screen').then((m) => ({ default: m.DesktopScreen })));
const WindowsHelloScreen = lazy(() =>
  import('./windows-hello-screen').then((m) => ({ default: m.WindowsHelloScreen })),
);
const SignonScreen = lazy(() => import('./signon-screen').then((m) => ({ default: m.SignonScreen })));
const MfaScreen = lazy(() => import('./mfa-screen').then((m) => ({ default: m.MfaScreen })));
const SomethingWentWrongScreen = lazy(() =>
  import('./something-went-wrong-screen').then((m) => ({ default: m.SomethingWentWrongScreen })),
);
const AutopilotDiagnosticsScreen = lazy(() =>
  import('./autopilot-diagnostics-screen').then((m) => ({ default: m.AutopilotDiagnosticsScreen })),
);
const ConsumerOobeScreen = lazy(() =>
  import('./consumer-oobe-screen').then((m) => ({ default: m.ConsumerOobeScreen })),
);
const AutopilotResetScreen = lazy(() =>
  import('./reset/autopilot-reset-screen').then((m) => ({ default: m.AutopilotResetScreen })),
);
const LockScreen = lazy(() => import('./reset/lock-screen').then((m) => ({ default: m.LockScreen })));
const ResetErrorScreen = lazy(() =>
  import('./reset/reset-error-screen').then((m) => ({ default: m.ResetErrorScreen })),
);
const TaskSequenceScreen = lazy(() =>
  import('./task-sequence/task-sequence-screen').then((m) => ({ default: m.TaskSequenceScreen })),
);
const KioskScreen = lazy(() => import('./kiosk/kiosk-screen').then((m) => ({ default: m.KioskScreen })));
const DevicePrepCompleteScreen = lazy(() =>
  import('./device-prep/device-prep-complete-screen').then((m) => ({ default: m.DevicePrepCompleteScreen })),
);
const DevicePrepFailureScreen = lazy(() =>
  import('./device-prep/device-prep-failure-screen').then((m) => ({ default: m.DevicePrepFailureScreen })),
);
const DevicePrepProgressScreen = lazy(() =>
  import('./device-prep/device-prep-progress-screen').then((m) => ({ default: m.DevicePrepProgressScreen })),
);
const PreprovisionConfigScreen = lazy(() =>
  import('./preprovision/preprovision-config-screen').then((m) => ({ default: m.PreprovisionConfigScreen })),
);
const PreprovisionFailureScreen = lazy(() =>
  import('./preprovision/preprovision-failure-screen').then((m) => ({ default: m.PreprovisionFailureScreen })),
);
const PreprovisionMenuScreen = lazy(() =>
  import('./preprovision/preprovision-menu-screen').then((m) => ({ default: m.PreprovisionMenuScreen })),
);
const PreprovisionSuccessScreen = lazy(() =>
  import('./preprovision/preprovision-success-screen').then((m) => ({ default: m.PreprovisionSuccessScreen })),
);
const ProvisioningPackageScreen = lazy(() =>
  import('./provisioning-package/provisioning-package-screen').then((m) => ({ default: m.ProvisioningPackageScreen })),
);
const LocalAccountScreen = lazy(() =>
  import('./local-account/local-account-screen').then((m) => ({ default: m.LocalAccountScreen })),
);

/** The one component for each screen id; the switch is exhaustive over ScreenView. */
export function ScreenFor({ view }: { view: ScreenView }) {
  return (
    <Suspense fallback={null}>
      <ScreenSwitch view={view} />
    </Suspense>
  );
}

function ScreenSwitch({ view }: { view: ScreenView }) {
  switch (view.id) {
    case 'powered-off':
      return <PoweredOffScreen view={view} />;
    case 'boot':
      return <BootScreen view={view} />;
    case 'region':
      return <RegionScreen view={view} />;
    case 'keyboard':
      return <KeyboardScreen view={view} />;
    case 'second-keyboard':
      return <SecondKeyboardScreen view={view} />;
    case 'network':
      return <NetworkScreen view={view} />;
    case 'autopilot-profile':
      return <AutopilotProfileScreen view={view} />;
    case 'updates':
      return <UpdatesScreen view={view} />;
    case 'branding-signin':
      return <BrandingSigninScreen view={view} />;
    case 'consumer-oobe':
      return <ConsumerOobeScreen view={view} />;
    case 'password':
      return <PasswordScreen view={view} />;
    case 'mfa':
      return <MfaScreen view={view} />;
    case 'something-went-wrong':
      return <SomethingWentWrongScreen view={view} />;
    case 'esp':
      return <EspScreen view={view} />;
    case 'esp-error':
      return <EspErrorScreen view={view} />;
    case 'autopilot-diagnostics':
      return <AutopilotDiagnosticsScreen view={view} />;
    case 'privacy':
      return <PrivacyScreen view={view} />;
    case 'stay-signed-in':
      return <StaySignedInScreen view={view} />;
    case 'all-set':
      return <AllSetScreen view={view} />;
    case 'windows-hello':
      return <WindowsHelloScreen view={view} />;
    case 'signon':
      return <SignonScreen view={view} />;
    case 'desktop':
      return <DesktopScreen view={view} />;
    case 'kiosk':
      return <KioskScreen view={view} />;
    case 'task-sequence':
      return <TaskSequenceScreen view={view} />;
    case 'license-agreement':
      return <LicenseAgreementScreen view={view} />;
    case 'device-prep-progress':
      return <DevicePrepProgressScreen view={view} />;
    case 'device-prep-complete':
      return <DevicePrepCompleteScreen view={view} />;
    case 'device-prep-failure':
      return <DevicePrepFailureScreen view={view} />;
    case 'preprovision-menu':
      return <PreprovisionMenuScreen view={view} />;
    case 'preprovision-config':
      return <PreprovisionConfigScreen view={view} />;
    case 'preprovision-success':
      return <PreprovisionSuccessScreen view={view} />;
    case 'preprovision-failure':
      return <PreprovisionFailureScreen view={view} />;
    case 'lock-screen':
      return <LockScreen view={view} />;
    case 'autopilot-reset':
      return <AutopilotResetScreen view={view} />;
    case 'reset-error':
      return <ResetErrorScreen view={view} />;
    case 'provisioning-package':
      return <ProvisioningPackageScreen view={view} />;
    case 'local-account':
      return <LocalAccountScreen view={view} />;
  }
}

/** Screens drawn inside the OOBE frame, over the shared soft background. */
export function isOobeScreen(view: ScreenView): boolean {
  return ![
    'powered-off',
    'boot',
    'signon',
    'desktop',
    'task-sequence',
    'kiosk',
    'lock-screen',
    'autopilot-reset',
    'reset-error',
  ].includes(view.id);
}
