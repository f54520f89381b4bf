import { DEVICE_PREP_STRINGS as S, formatDevicePrep } from '../../../shared/strings-device-prep';
import type {
  DevicePrepCompleteView,
  DevicePrepFailureView,
  DevicePrepProgressView,
} from '../../../shared/views/device-prep-views';
import type { DeviceState } from '../state';
import { policyOf } from './dp-plan';
import { agentInstalling, connectivityLost, currentPercent } from './dp-progress';

export type DevicePrepScreenView = DevicePrepProgressView | DevicePrepCompleteView | DevicePrepFailureView;

/** What the three device preparation pages draw (oobe-ui.md §18). */
export function devicePrepScreenView(state: DeviceState, id: DevicePrepScreenView['id']): DevicePrepScreenView {
  const dp = state.devicePrep;
  if (!dp) throw new Error(`The ${id} page shows without a device preparation deployment.`);
  const policy = policyOf(state, dp);
  if (id === 'device-prep-complete')
    return { id, title: S.complete.title, subheader: S.complete.subheader, nextLabel: S.complete.next };
  if (id === 'device-prep-progress') {
    const percent = currentPercent(state, dp);
    const offline = connectivityLost(state, dp);
    const rebootRequired = dp.phase === 'reboot-pending';
    const installing = agentInstalling(dp);
    return {
      id,
      title: S.progress.title,
      subheader: offline ? S.progress.connectivityError : S.progress.subheader,
      connectivityError: offline,
      percent,
      percentText: rebootRequired ? S.progress.rebootRequired : formatDevicePrep(S.progress.percent, percent),
      rebootRequired,
      status: installing ? 'agent-installing' : 'provisioning',
      statusText: installing ? S.progress.statusAgentInstalling : S.progress.statusProvisioning,
      percentageModel: policy.percentageModel,
    };
  }
  const custom = Boolean(policy.customErrorMessage);
  const code = dp.failure?.code ?? null;
  return {
    id,
    title: S.failure.title,
    message: custom ? policy.customErrorMessage! : S.failure.defaultMessage,
    messageIsCustom: custom,
    errorCode: code,
    errorCodeText: code ? formatDevicePrep(S.failure.errorCode, code) : null,
    buttons: { retry: true, continueAnyway: policy.allowSkip },
    labels: { retry: S.failure.retry, continueAnyway: S.failure.continueAnyway },
    descriptions: policy.allowSkip
      ? [S.failure.retryDescription, S.failure.continueAnywayDescription]
      : [S.failure.retryDescription],
    exportLogs: policy.showDiagnosticsLink ? { label: S.failure.exportLogs, busy: dp.exportBusy } : null,
    lastExport: dp.lastExport,
  };
}
