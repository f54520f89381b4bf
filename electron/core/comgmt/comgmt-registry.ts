import { setRegistryValue, type Ctx } from '../context';
import { ESP_TRACKING_KEY } from '../esp/esp-registry';
import type { ManagementAuthority } from './comgmt-state';

/**
 * The Configuration Manager policy provider during Device preparation (000:174-190):
 * 1 Not installed, 2 Not required, 3 Complete, 4 Error.
 */
export const CONFIGMGR_PROVIDER_KEY = `${ESP_TRACKING_KEY}\\Device\\DevicePreparation\\PolicyProviders\\ConfigMgr`;
export type ProviderInstallationState = 1 | 2 | 3 | 4;

/**
 * The PROVISIONTS task sequence tracked as an app in Device setup (000:212-232):
 * 1 Not installed, 2 In progress, 3 Complete, 4 Error. Not the provider key: 2 means something else here.
 */
export const PROVISIONING_TS_KEY = `${ESP_TRACKING_KEY}\\Device\\Setup\\Apps\\Tracking\\ConfigMgr\\Provisioning_TS`;
export type TaskSequenceInstallationState = 1 | 2 | 3 | 4;

export const MS_DM_SERVER_KEY =
  'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\DeviceManageabilityCSP\\Provider\\MS DM Server';
export const CCM_KEY = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\CCM';

export function writeProviderState(ctx: Ctx, state: ProviderInstallationState): void {
  setRegistryValue(ctx, CONFIGMGR_PROVIDER_KEY, 'InstallationState', { type: 'REG_DWORD', data: state });
}

export function writeTaskSequenceState(ctx: Ctx, state: TaskSequenceInstallationState): void {
  setRegistryValue(ctx, PROVISIONING_TS_KEY, 'InstallationState', { type: 'REG_DWORD', data: state });
}

/** ConfigInfo: 2 = Configuration Manager (000:101), 1 = Intune (community, external-diagnostics.md §5.2). */
export function writeAuthority(ctx: Ctx, authority: ManagementAuthority): void {
  setRegistryValue(ctx, MS_DM_SERVER_KEY, 'ConfigInfo', { type: 'REG_DWORD', data: authority === 'configmgr' ? 2 : 1 });
}

export function writeCapabilities(ctx: Ctx, capabilities: number): void {
  setRegistryValue(ctx, CCM_KEY, 'CoManagementFlags', { type: 'REG_DWORD', data: capabilities });
}
