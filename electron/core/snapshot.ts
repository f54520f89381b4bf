import type { AdapterInfo, DesktopView, DeviceInfo, DeviceSnapshot, ScreenView } from '../../shared/snapshot';
import { nextDue } from './clock/virtual-clock';
import { deviceTimeIso } from './context';
import { ethernetUp, hasInternet, visibleWifi } from './network/connectivity';
import { INPUT_LANGUAGES, LAYOUTS_BY_LANGUAGE, REGIONS, layoutsForRegion } from './oobe/locales';
import type { DeviceState } from './state';
import { enrollmentScreenView } from './snapshot-enrollment';
import { devicePrepScreenView } from './device-prep/dp-view';
import { deploymentReport } from './device-prep/dp-report';
import { taskSequenceView } from './existing-device/task-sequence-view';
import { kioskView } from './self-deploying/kiosk-view';
import { licenseAgreementView } from './oobe/license-agreement';
import { resetScreenView, withResetManagement } from './reset/reset-view';
import { preprovisionScreenView } from './preprovision/preprovision-view';
import { provisioningPackageView } from './oobe/provisioning-package/ppkg-view';
import { localAccountView } from './oobe/local-account/local-account-view';
import { withLocalAccount } from './oobe/local-account/local-account-desktop';
import { withDesktopTray } from './oobe/pages/desktop-tray';
import { helloView } from './hello/hello-view';

function tpmSummary(state: DeviceState): string {
  const { tpm } = state.setup.device;
  if (tpm.presence === 'absent') return 'None';
  const fault = state.tpmFault === 'none' ? '' : `, fault: ${state.tpmFault}`;
  return `TPM ${tpm.presence} (${tpm.manufacturerId} ${tpm.manufacturerVersion})${tpm.ready ? ', ready' : ', not ready'}${fault}`;
}

function adapters(state: DeviceState): AdapterInfo[] {
  const { setup, identity, network } = state;
  const list: AdapterInfo[] = [];
  if (setup.device.network.ethernet.present) {
    list.push({
      name: 'Ethernet',
      kind: 'ethernet',
      mac: identity.ethernetMac,
      linkUp: ethernetUp(state),
      ipv4: network.ethernetIpv4,
      ssid: null,
    });
  }
  if (setup.device.network.wifi.present) {
    const up = network.connectedSsid !== null && network.wifiIpv4 !== null;
    list.push({
      name: 'Wi-Fi',
      kind: 'wifi',
      mac: identity.wifiMac,
      linkUp: up,
      ipv4: network.wifiIpv4,
      ssid: network.connectedSsid,
    });
  }
  return list;
}

function deviceInfo(state: DeviceState): DeviceInfo {
  const { setup, identity } = state;
  return {
    manufacturer: setup.device.smbios.manufacturer,
    model: setup.device.smbios.model,
    serialNumber: identity.serialNumber,
    uuid: identity.uuid,
    windows: `Windows ${setup.windows.version} ${setup.windows.edition} (build ${setup.windows.build})`,
    tpm: tpmSummary(state),
    adapters: adapters(state),
    internet: hasInternet(state),
    blockedEndpoints: [...state.network.blockedEndpoints],
    deviceTime: deviceTimeIso(state),
    clockDriftMs: state.clockDriftMs,
  };
}

/** Projects the page state onto what the screen draws. */
function screenView(state: DeviceState): ScreenView {
  const page = state.page;
  switch (page.id) {
    case 'powered-off':
      return { id: 'powered-off', resealed: state.preprovision.stage === 'resealed' };
    case 'boot':
      return { id: 'boot', restarting: state.bootCount > 1 };
    case 'region':
      return { id: 'region', regions: [...REGIONS], selected: page.selected };
    case 'keyboard':
      return {
        id: 'keyboard',
        layouts: [...layoutsForRegion(state.oobe.region ?? state.setup.device.region)],
        selected: page.selected,
      };
    case 'second-keyboard':
      return {
        id: 'second-keyboard',
        panel: page.panel,
        languages: INPUT_LANGUAGES,
        selectedLanguage: page.language,
        layouts: [...(LAYOUTS_BY_LANGUAGE[page.language] ?? [])],
        selectedLayout: page.layout,
        added: [...state.oobe.extraLayouts],
      };
    case 'network': {
      const connected = state.network.connectedSsid;
      return {
        id: 'network',
        ethernet: { present: state.setup.device.network.ethernet.present, connected: ethernetUp(state) },
        networks: visibleWifi(state).map((n) => ({
          ssid: n.ssid,
          security: n.security,
          signal: n.signal,
          secured: n.security !== 'Open',
          connected: n.ssid === connected && state.network.wifiIpv4 !== null,
        })),
        selectedSsid: page.selectedSsid,
        passwordPrompt: page.prompt ? { ssid: page.prompt.ssid, error: page.prompt.error } : null,
        connecting: page.connecting,
        canContinue: hasInternet(state),
        offerNoInternet: true,
      };
    }
    case 'autopilot-profile':
      return { id: 'autopilot-profile', status: page.status };
    case 'updates':
      return { id: 'updates', status: page.status };
    case 'branding-signin': {
      const { tenant, registration } = state.setup;
      return {
        id: 'branding-signin',
        organizationName: tenant.name,
        logo: tenant.branding.configured ? (tenant.branding.logo ?? null) : null,
        signInText: tenant.branding.configured ? tenant.branding.signInText : '',
        username: page.username,
        usernameLocked: Boolean(registration.assignedUser),
        hideChangeAccountOptions: state.setup.policies.deploymentProfile?.hideChangeAccountOptions === 'hide',
        error: page.error,
      };
    }
    case 'consumer-oobe':
      return { id: 'consumer-oobe', selected: page.selected, offline: page.offline };
    case 'device-prep-progress':
    case 'device-prep-complete':
    case 'device-prep-failure':
      return devicePrepScreenView(state, page.id);
    case 'task-sequence':
      return taskSequenceView(state, page);
    case 'kiosk':
      return kioskView(state);
    case 'license-agreement':
      return licenseAgreementView(state);
    case 'lock-screen':
    case 'autopilot-reset':
    case 'reset-error':
      return resetScreenView(state, page);
    case 'preprovision-menu':
    case 'preprovision-config':
    case 'preprovision-success':
    case 'preprovision-failure':
      return preprovisionScreenView(state, page);
    case 'provisioning-package':
      return provisioningPackageView(state, page);
    case 'local-account':
      return localAccountView(page);
    case 'windows-hello':
      return helloView(state, page);
    case 'desktop':
      return withDesktopTray(
        state,
        withLocalAccount(state, withResetManagement(state, enrollmentScreenView(state, page) as DesktopView)),
      );
    default:
      return enrollmentScreenView(state, page);
  }
}

export function buildSnapshot(state: DeviceState): DeviceSnapshot {
  const due = nextDue(state.clock);
  return {
    scenario: state.scenario,
    faults: state.setup.faults.map((f) => ({
      id: f.id,
      label: f.label,
      trigger: f.trigger.kind,
      fired: state.firedFaults.includes(f.id),
    })),
    power: state.power,
    nowMs: state.clock.now,
    pacing: state.pacing,
    nextEventInMs: due === null ? null : due - state.clock.now,
    windowsVersion: state.setup.windows.version,
    screen: screenView(state),
    pageChanges: state.pageChanges ?? 0,
    info: deviceInfo(state),
    report: deploymentReport(state),
  };
}
