import type { DeploymentReport, ReportItem } from '../../../shared/report';
import { Rng } from '../rng';
import type { DeviceState } from '../state';
import { devicePrepDebrief } from './dp-debrief';
import { findApp, findScript, policyOf } from './dp-plan';
import type { DevicePrepState } from './dp-state';
import { formatDuration } from './dp-format';

/** App types as the policy's "Allowed Applications" list names them (device-preparation.md §2.2). */
const APP_TYPE_LABELS: Record<string, string> = {
  lob: 'Line-of-business app',
  win32: 'Win32 app',
  store: 'Microsoft Store app',
  'microsoft-365': 'Microsoft 365 Apps',
};

/** A GUID stable per device seed and label (the Intune and Entra device IDs). */
function seededGuid(seed: number, label: string): string {
  const hex = [...Rng.derive(seed, label).bytes(16)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The report an admin sees for this device (device-preparation.md §4), or null when the run is not
 * a device preparation deployment (no policy applied: v1 wins, never launched, provisioning skipped).
 */
export function deploymentReport(state: DeviceState): DeploymentReport | null {
  const dp = state.devicePrep;
  if (!dp) return null;
  const policy = policyOf(state, dp);
  const enrolled = dp.enrollmentDate !== null;
  const device = {
    deviceName: state.computerName,
    deploymentStatus: dp.status,
    deviceId: enrolled ? seededGuid(state.setup.seed, 'intune-device-id') : null,
    entraDeviceId: enrolled ? seededGuid(state.setup.seed, 'entra-device-id') : null,
    serialNumber: state.identity.serialNumber,
    deploymentPolicy: policy.name,
    policyVersion: policy.version,
    osVersion: `10.0.${state.setup.windows.build}`,
  };
  return {
    row: {
      deviceName: state.computerName,
      enrollmentDate: dp.enrollmentDate,
      deploymentStatus: dp.status,
      phase: dp.reportPhase,
      serialNumber: state.identity.serialNumber,
      deploymentTime:
        dp.deploymentEndMs === null ? 'In progress' : formatDuration(dp.deploymentEndMs - dp.deploymentStartMs),
      upn: state.account.upn ?? '',
    },
    details: { device, apps: appItems(state, dp), scripts: scriptItems(state, dp) },
    logsAvailable: dp.status === 'Failed' || dp.failure !== null,
    debrief: devicePrepDebrief(state, dp),
  };
}

function appItems(state: DeviceState, dp: DevicePrepState): ReportItem[] {
  return policyOf(state, dp).apps.map((id) => {
    const app = findApp(state, id);
    const item = dp.items[id] ?? { status: null, note: null };
    return {
      id,
      name: app?.name ?? id,
      type: app ? APP_TYPE_LABELS[app.type]! : 'App',
      status: item.status,
      note: item.note,
    };
  });
}

function scriptItems(state: DeviceState, dp: DevicePrepState): ReportItem[] {
  return policyOf(state, dp).scripts.map((id) => {
    const item = dp.items[id] ?? { status: null, note: null };
    return {
      id,
      name: findScript(state, id)?.name ?? id,
      type: 'PowerShell script',
      status: item.status,
      note: item.note,
    };
  });
}
