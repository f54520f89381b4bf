import type { ScreenId } from './screen-ids';
import type {
  AllSetView,
  AutopilotDiagnosticsView,
  DesktopView,
  MfaView,
  PasswordView,
  PrivacyView,
  SignOnView,
  SomethingWentWrongView,
  StaySignedInView,
} from './views/account-views';
import type { EspErrorView, EspView } from './views/esp-view';
import type { TaskSequenceView } from './views/task-sequence-view';
import type { LicenseAgreementView } from './views/license-agreement-view';
import type { DevicePrepCompleteView, DevicePrepFailureView, DevicePrepProgressView } from './views/device-prep-views';
import type { DeploymentReport } from './report';
import type {
  PreprovisionConfigView,
  PreprovisionFailureView,
  PreprovisionMenuView,
  PreprovisionSuccessView,
} from './views/preprovision-views';
import type { AutopilotResetView, LockScreenView, ResetErrorView } from './views/reset-views';
import type { KioskView } from './views/kiosk-view';
import type { ProvisioningPackageScreenView } from './views/provisioning-package-view';
import type { LocalAccountView } from './views/local-account-view';
import type { WindowsHelloView } from './views/hello-view';

export type * from './views/account-views';
export type * from './views/esp-view';
export type * from './views/task-sequence-view';
export type * from './views/license-agreement-view';
export type * from './views/device-prep-views';
export type * from './report';
export type * from './views/preprovision-views';
export type * from './views/reset-views';
export type * from './views/kiosk-view';
export type * from './views/provisioning-package-view';
export type * from './views/local-account-view';
export type * from './views/hello-view';

/** Real-time pacing of the virtual clock, applied by the host (the core only knows virtual time). */
export const PACINGS = ['paused', 'x1', 'x10', 'x60'] as const;
export type Pacing = (typeof PACINGS)[number];

export type UpdatesStatus =
  | { phase: 'scanning' }
  | { phase: 'downloading' }
  | { phase: 'loop'; index: number }
  | { phase: 'finished' }
  | { phase: 'finished-reboot' }
  | { phase: 'finished-final' };

export interface WifiNetworkView {
  ssid: string;
  security: string;
  signal: number;
  secured: boolean;
  connected: boolean;
}

/** What the device's screen shows: one variant per screen id, each a pure view model. */
export type ScreenView =
  | { id: 'powered-off'; resealed: boolean }
  | { id: 'boot'; restarting: boolean }
  | { id: 'region'; regions: string[]; selected: string }
  | { id: 'keyboard'; layouts: string[]; selected: string }
  | {
      id: 'second-keyboard';
      panel: 'ask' | 'language' | 'layout';
      languages: string[];
      selectedLanguage: string;
      layouts: string[];
      selectedLayout: string;
      added: string[];
    }
  | {
      id: 'network';
      ethernet: { present: boolean; connected: boolean };
      networks: WifiNetworkView[];
      selectedSsid: string | null;
      /** The network whose security key is being asked for, with the last error if the key was wrong. */
      passwordPrompt: { ssid: string; error: string | null } | null;
      connecting: string | null;
      canContinue: boolean;
      offerNoInternet: boolean;
    }
  | { id: 'autopilot-profile'; status: 'retrieving' | 'error' }
  | { id: 'updates'; status: UpdatesStatus }
  | {
      id: 'branding-signin';
      organizationName: string;
      logo: string | null;
      signInText: string;
      username: string;
      usernameLocked: boolean;
      hideChangeAccountOptions: boolean;
      /** The inline error under the username box (wrong format, another organization's account). */
      error: string | null;
    }
  | { id: 'consumer-oobe'; selected: 'personal' | 'work' | null; offline: boolean }
  | PasswordView
  | MfaView
  | SomethingWentWrongView
  | EspView
  | EspErrorView
  | AutopilotDiagnosticsView
  | PrivacyView
  | SignOnView
  | StaySignedInView
  | AllSetView
  | DesktopView
  | TaskSequenceView
  | LicenseAgreementView
  | DevicePrepProgressView
  | DevicePrepCompleteView
  | DevicePrepFailureView
  | PreprovisionMenuView
  | PreprovisionConfigView
  | PreprovisionSuccessView
  | PreprovisionFailureView
  | LockScreenView
  | AutopilotResetView
  | ResetErrorView
  | KioskView
  | ProvisioningPackageScreenView
  | LocalAccountView
  | WindowsHelloView;

export interface AdapterInfo {
  name: string;
  kind: 'ethernet' | 'wifi';
  mac: string;
  linkUp: boolean;
  ipv4: string | null;
  ssid: string | null;
}

/** The device-info panel beside the screen: what a technician could read off the device. */
export interface DeviceInfo {
  manufacturer: string;
  model: string;
  serialNumber: string;
  uuid: string;
  windows: string;
  tpm: string;
  adapters: AdapterInfo[];
  internet: boolean;
  blockedEndpoints: string[];
  deviceTime: string;
  clockDriftMs: number;
}

/** The scenario the device was built from, as the chrome's scenario panel shows it. */
export interface ScenarioInfo {
  id: string;
  title: string;
  description: string;
}

/** A scenario fault as the trainer's fault list shows it. */
export interface FaultView {
  id: string;
  label: string;
  trigger: 'at' | 'on-screen' | 'manual';
  fired: boolean;
}

export interface DeviceSnapshot {
  /** Null for a device not built from a scenario file. */
  scenario: ScenarioInfo | null;
  faults: FaultView[];
  power: 'on' | 'off';
  /** Virtual milliseconds since the device was created. */
  nowMs: number;
  pacing: Pacing;
  /** Virtual ms until the next scheduled event, or null when nothing is scheduled. */
  nextEventInMs: number | null;
  windowsVersion: '10' | '11';
  screen: ScreenView;
  /**
   * How many times the screen has changed to another page: with `screen.id`, the page an input is
   * meant for (`page` in device.click/type/select/key), so an input aimed at a page that has gone is dropped.
   */
  pageChanges: number;
  info: DeviceInfo;
  /** The Windows Autopilot device preparation deployment report; null when this run is not a device-preparation deployment. */
  report: DeploymentReport | null;
}

export type ScreenViewOf<T extends ScreenId> = Extract<ScreenView, { id: T }>;
