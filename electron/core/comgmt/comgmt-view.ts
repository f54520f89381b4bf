import { WORKLOAD_NAMES } from '../../../shared/comgmt-workload-names';
import { WORKLOADS } from '../../../shared/scenario/config-manager';
import type { ConfigMgrClientView } from '../../../shared/views/account-views';
import type { DeviceState } from '../state';

/** What the client applet shows, once the client is installed (spread into the desktop's view). */
export function configMgrClientOf(state: DeviceState): { configMgrClient?: ConfigMgrClientView } {
  const comgmt = state.comgmt;
  if (!comgmt?.clientInstalled) return {};
  const site = comgmt.site ?? state.setup.tenant.configManager ?? null;
  const allIntune = comgmt.authority === 'intune';
  // An existing client shows co-management Disabled until its auto-enrollment succeeds (002:46, 002:135).
  const enabled = comgmt.autoEnroll
    ? comgmt.autoEnroll.phase === 'enrolled'
    : comgmt.capabilities > 1 || (comgmt.authority === 'configmgr' && comgmt.site !== null);
  return {
    configMgrClient: {
      siteCode: site?.siteCode ?? '',
      clientId: comgmt.clientId,
      coManagement: enabled ? 'Enabled' : 'Disabled',
      capabilities: comgmt.capabilities || 1,
      authority: allIntune ? 'Intune' : 'Configuration Manager',
      workloads: WORKLOADS.map((w) => ({
        name: WORKLOAD_NAMES[w],
        managedBy: allIntune || (site && site.workloads[w] !== 'configmgr') ? 'Intune' : 'Configuration Manager',
      })),
    },
  };
}

/**
 * Whether the device is MDM enrolled, for Access work or school's Info button: an Autopilot device
 * is by the time it reaches the desktop; an existing client only once its auto-enrollment succeeded
 * (002:85: "the entry for enrollment has been created with an Info option").
 */
export function mdmEnrolledOf(state: DeviceState): boolean {
  const autoEnroll = state.comgmt?.autoEnroll;
  return autoEnroll ? autoEnroll.phase === 'enrolled' : true;
}
