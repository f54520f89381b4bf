import type { DeviceSetup, ServiceEndpoint } from '../../shared/device-setup';
import type { ComgmtState } from './comgmt/comgmt-state';
import type { HelloPage, HelloRecord } from './hello/hello-state';
import type { DesktopWindow, Pacing, ScenarioInfo, ScreenView, UpdatesStatus } from '../../shared/snapshot';
import type { TpmFault } from '../../shared/device-setup';
import type { ClockState } from './clock/virtual-clock';
import type { DeviceIdentity } from './hardware/identity';
import type { RegistryState } from './os/registry';
import type { EventLogState } from './os/event-log';
import type { FileSystemState } from './os/file-system';
import type { TimerEvent } from './timer-events';
import type { EspState } from './esp/esp-state';
import type { ResetPage, ResetState } from './reset/reset-state';
import type { ExistingDeviceState, TaskSequencePage } from './existing-device/existing-device-state';
import type { DevicePrepState } from './device-prep/dp-state';
import type { DevicePrepKnownIssue } from '../../shared/faults';
import type { SelfDeployingState } from './self-deploying/sd-state';
import type { PreprovisionPage, PreprovisionState } from './preprovision/preprovision-state';
import type { ProvisioningPackagePage } from './oobe/provisioning-package/ppkg-state';
import type { LocalAccountPage, LocalAccountRecord } from './oobe/local-account/local-account-state';
import type { PlanRun } from './plan/plan-types';

/** Where the Autopilot profile stands on this boot (ProfileState_* in the Autopilot event log). */
export type ProfileState =
  | { kind: 'unknown' }
  | { kind: 'downloading'; attempt: number }
  | { kind: 'available' }
  | { kind: 'not-registered' }
  | { kind: 'no-profile' }
  | { kind: 'failed' };

/** OOBE pages the user has answered; they stay answered across restarts (OOBE resumes). */
export interface OobeProgress {
  region: string | null;
  keyboard: string | null;
  secondKeyboard: 'added' | 'skipped' | null;
  extraLayouts: string[];
  /** The profile retrieval page has been passed once (it comes before the update check). */
  profilePagePassed: boolean;
  /** "Checking for updates" has run to its end (and its restart, if any, has happened). */
  updatesChecked: boolean;
  /** The profile's device name template has been applied (rename + restart before sign-in). */
  renamed: boolean;
  /** The privacy page has been answered. */
  privacyAccepted: boolean;
  /** The License Agreement page has been accepted (it shows unless the profile hides it: oobe-ui.md §2 row 13, §10). */
  licenseAccepted: boolean;
}

/** Who signed in at OOBE, and what the device did with it. */
export interface AccountState {
  /** UPN typed on the branded sign-in page and accepted by Entra ID. */
  upn: string | null;
  /** The credentials are in memory for the automatic sign-in (lost if the device restarts during the device ESP). */
  credentialsCached: boolean;
  joined: boolean;
  enrollmentId: string | null;
  /** The user is signed in to Windows (Account setup runs from here). */
  signedIn: boolean;
  /** Hybrid: the computer account exists in Active Directory. */
  domainJoined: boolean;
  /** The user left a failed or unfinished ESP (or device preparation deployment) with "Continue anyway". */
  continuedPastEsp: boolean;
}

/** Page-local state of the screen on display (lost when the page is left). */
export type PageState =
  | { id: 'powered-off' }
  | { id: 'boot' }
  | { id: 'region'; selected: string }
  | { id: 'keyboard'; selected: string }
  | { id: 'second-keyboard'; panel: 'ask' | 'language' | 'layout'; language: string; layout: string }
  | {
      id: 'network';
      selectedSsid: string | null;
      prompt: { ssid: string; key: string; error: string | null } | null;
      connecting: string | null;
    }
  | { id: 'autopilot-profile'; status: 'retrieving' | 'error' }
  | { id: 'updates'; status: UpdatesStatus }
  | { id: 'branding-signin'; username: string; error: string | null }
  | { id: 'consumer-oobe'; selected: 'personal' | 'work' | null; offline: boolean }
  | { id: 'password'; password: string; error: string | null; busy: boolean }
  | { id: 'mfa'; code: string; error: string | null; busy: boolean }
  | { id: 'something-went-wrong'; message: string; code: string | null }
  | { id: 'esp' }
  | { id: 'esp-error' }
  | {
      id: 'autopilot-diagnostics';
      returnTo: 'esp' | 'esp-error' | 'preprovision-failure';
      expanded: string[];
      exportState: 'idle' | 'exported' | 'failed';
      exportMessage: string | null;
    }
  | { id: 'privacy'; choices: Record<string, string>; atEnd: boolean }
  | {
      id: 'signon';
      stage: 'press-ctrl-alt-del' | 'credentials';
      username: string;
      password: string;
      error: string | null;
      /** What signing in leads to. */
      purpose: 'account-setup' | 'desktop' | 'self-deploying';
    }
  | { id: 'stay-signed-in'; allowManage: boolean }
  | { id: 'all-set' }
  | { id: 'desktop'; window: DesktopWindow }
  | TaskSequencePage
  | ResetPage
  | { id: 'license-agreement' }
  | { id: 'device-prep-progress' }
  | { id: 'device-prep-complete' }
  | { id: 'device-prep-failure' }
  /** Self-deploying kiosk: KioskUser0's full-screen app. */
  | { id: 'kiosk' }
  | PreprovisionPage
  | ProvisioningPackagePage
  | LocalAccountPage
  | HelloPage;

export interface NetworkState {
  cableConnected: boolean;
  /** Whether the wired network leads to the internet (scenario setting). */
  ethernetInternet: boolean;
  /** The site's uplink: a fault can take the internet away from every adapter at once. */
  uplink: boolean;
  /** SSIDs whose key the device has saved (survive restart, forgotten after a profile-retrieval error). */
  savedWifi: string[];
  connectedSsid: string | null;
  blockedEndpoints: ServiceEndpoint[];
  /** A fault made the domain controller (un)reachable; unset: as the scenario's environment says. */
  domainControllerReachable?: boolean;
  ethernetIpv4: string | null;
  wifiIpv4: string | null;
}

/** The whole device: plain JSON, so it can be saved, restored and replayed. */
export interface DeviceState {
  setup: DeviceSetup;
  scenario: ScenarioInfo | null;
  identity: DeviceIdentity;
  computerName: string;
  power: 'on' | 'off';
  pacing: Pacing;
  clock: ClockState<TimerEvent>;
  bootCount: number;
  clockDriftMs: number;
  tpmFault: TpmFault;
  network: NetworkState;
  profile: ProfileState;
  oobe: OobeProgress;
  page: PageState;
  /**
   * How many times the screen has changed to another page since the device was made: with the
   * page's id it names "the page an input was meant for" (absent in states saved before it existed).
   */
  pageChanges?: number;
  account: AccountState;
  esp: EspState | null;
  /** Windows Autopilot deployment for existing devices (null when the scenario has no task sequence). */
  existingDevice: ExistingDeviceState | null;
  /** The Windows Autopilot device preparation deployment, once a policy applies (null otherwise). */
  devicePrep: DevicePrepState | null;
  /** Device preparation known issues armed by faults (they act when the deployment meets them). */
  devicePrepIssues: DevicePrepKnownIssue[];
  /** Pre-provisioning: WIN ×5, the technician flow, Reseal, the user flow (electron/core/preprovision/). */
  preprovision: PreprovisionState;
  /** Self-deploying mode: the userless join, kiosk autologon (null until the mode is met). */
  selfDeploying: SelfDeployingState | null;
  /** Windows Autopilot Reset: a queued remote reset, the reset under way, what follows it. */
  reset: ResetState;
  /** The local account made at OOBE (pre-provisioning user flow without wlidsvc), or null. */
  localAccount: LocalAccountRecord | null;
  /** The plan runner's runs by plan id (electron/core/plan/); absent in states saved before it existed. */
  plans?: Record<string, PlanRun>;
  /** Co-management: the policy, authority, client and site answers (electron/core/comgmt/); absent until met. */
  comgmt?: ComgmtState;
  /** Windows Hello for Business at the first sign-in (electron/core/hello/); absent until met. */
  hello?: HelloRecord;
  /** Scenario faults that have fired (each fires once). */
  firedFaults: string[];
  registry: RegistryState;
  eventLog: EventLogState;
  fs: FileSystemState;
}

export type { ScreenView };
