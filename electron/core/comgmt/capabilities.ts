import type { ConfigManagerSetup, Workload } from '../../../shared/scenario/config-manager';

/**
 * Co-management capability bits as the registry, CoManagementHandler.log and the client applet show
 * them (external-diagnostics.md §5.2): 1 is always there; each workload on Intune adds its bit;
 * 255 is everything on Intune. Pilot Intune counts as Intune here: the device is in the pilot.
 */
export const WORKLOAD_BITS: Readonly<Record<Workload, number>> = {
  'compliance-policies': 2,
  'resource-access-policies': 4,
  'device-configuration': 8,
  'windows-update-policies': 16,
  'endpoint-protection': 32,
  'client-apps': 64,
  'office-click-to-run-apps': 128,
};

export function capabilitiesOf(site: ConfigManagerSetup | null, allOnIntune: boolean): number {
  if (allOnIntune) return 255;
  let flags = 1;
  if (!site) return flags;
  for (const [workload, authority] of Object.entries(site.workloads) as [Workload, string][]) {
    if (authority !== 'configmgr') flags |= WORKLOAD_BITS[workload];
  }
  return flags;
}
