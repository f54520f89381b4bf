import type { DeviceSetup, ServiceEndpoint } from '../../shared/device-setup';
import type { Pacing, ScenarioInfo, ScreenView, UpdatesStatus } from '../../shared/snapshot';
import type { TpmFault } from '../../shared/device-setup';
import type { ClockState } from './clock/virtual-clock';
import type { DeviceIdentity } from './hardware/identity';
import type { RegistryState } from './os/registry';
import type { EventLogState } from './os/event-log';
import type { FileSystemState } from './os/file-system';
import type { TimerEvent } from './timer-events';

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
  | { id: 'consumer-oobe'; selected: 'personal' | 'work' | null; offline: boolean };

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
  /** Scenario faults that have fired (each fires once). */
  firedFaults: string[];
  registry: RegistryState;
  eventLog: EventLogState;
  fs: FileSystemState;
}

export type { ScreenView };
