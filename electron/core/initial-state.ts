import type { DeviceSetup } from '../../shared/device-setup';
import type { ScenarioInfo } from '../../shared/snapshot';
import { createClock } from './clock/virtual-clock';
import { deriveIdentity } from './hardware/identity';
import { createEventLog } from './os/event-log';
import { addDrive, createFileSystem } from './os/file-system';
import { createRegistry } from './os/registry';
import { writeBaselineRegistry } from './os/baseline-registry';
import { Rng } from './rng';
import { initialExistingDevice } from './existing-device/existing-device-state';
import type { DeviceState, OobeProgress } from './state';
import { initialResetState } from './reset/reset-state';
import { initialPreprovisionState } from './preprovision/preprovision-state';

/** Windows names a fresh install DESKTOP- plus seven random letters and digits. */
function defaultComputerName(seed: number): string {
  return `DESKTOP-${Rng.derive(seed, 'computer-name').chars(7, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}`;
}

/** No OOBE page answered yet. */
export function freshOobeProgress(): OobeProgress {
  return {
    region: null,
    keyboard: null,
    secondKeyboard: null,
    extraLayouts: [],
    profilePagePassed: false,
    updatesChecked: false,
    renamed: false,
    privacyAccepted: false,
    licenseAccepted: false,
  };
}

/** A device fresh from the OEM, switched off, at virtual time `now`. */
export function createInitialState(setup: DeviceSetup, now = 0, scenario: ScenarioInfo | null = null): DeviceState {
  const identity = deriveIdentity(setup);
  const computerName = defaultComputerName(setup.seed);
  const registry = createRegistry();
  writeBaselineRegistry(registry, setup, identity, computerName);
  const fs = createFileSystem();
  // USB drives take the letters after C: (D:, E:, …); the first is where exported logs go.
  setup.device.usbDrives.forEach((_, i) => addDrive(fs, String.fromCharCode(68 + i), 0));
  return {
    setup,
    scenario,
    identity,
    computerName,
    power: 'off',
    pacing: 'paused',
    clock: createClock(now),
    bootCount: 0,
    clockDriftMs: setup.device.clockDriftMs,
    tpmFault: setup.device.tpm.fault,
    network: {
      cableConnected: setup.device.network.ethernet.present && setup.device.network.ethernet.cableConnected,
      ethernetInternet: setup.device.network.ethernet.internet,
      uplink: true,
      savedWifi: [],
      connectedSsid: null,
      blockedEndpoints: [...setup.environment.blockedEndpoints],
      ethernetIpv4: null,
      wifiIpv4: null,
    },
    profile: { kind: 'unknown' },
    oobe: freshOobeProgress(),
    page: { id: 'powered-off' },
    firedFaults: [],
    plans: {},
    reset: initialResetState(),
    account: {
      upn: null,
      credentialsCached: false,
      joined: false,
      enrollmentId: null,
      signedIn: false,
      domainJoined: false,
      continuedPastEsp: false,
    },
    esp: null,
    existingDevice: initialExistingDevice(setup),
    devicePrep: null,
    selfDeploying: null,
    devicePrepIssues: [],
    preprovision: initialPreprovisionState(),
    localAccount: null,
    registry,
    eventLog: createEventLog(),
    fs,
  };
}
