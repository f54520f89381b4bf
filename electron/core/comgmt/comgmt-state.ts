import type { ConfigManagerSetup } from '../../../shared/scenario/config-manager';
import type { CoManagementPolicy } from '../../../shared/scenario/policies';
import type { AutoEnrollState } from './auto-enroll/auto-enroll-state';

/** Who manages the device's workloads, as Autopilot set it from the co-management policy (000:35-39). */
export type ManagementAuthority = 'intune' | 'configmgr';

/**
 * What the device knows about co-management (plain JSON in `state.comgmt`): the policy Intune sent,
 * the authority, the client once installed and what the site told it through the CMG.
 */
export interface ComgmtState {
  policy: CoManagementPolicy | null;
  authority: ManagementAuthority;
  clientInstalled: boolean;
  /** "GUID:…", once the site registered the client. */
  clientId: string | null;
  /** The site's answer to the client's policy request (workloads, task sequences). */
  site: ConfigManagerSetup | null;
  /** Co-management capabilities (CoManagementFlags): 1 = all workloads on Configuration Manager. */
  capabilities: number;
  /** The client content answer (size and speed) for the download under way. */
  content: { sizeMb: number; mbps: number } | null;
  /** The CMG's throughput to this device as a trainer's fault set it (Mbit/s); absent: the site's. */
  cmgMbps?: number;
  /** Auto-enrollment of an existing client (seed 002): absent on an Autopilot device. */
  autoEnroll?: AutoEnrollState;
}

export function emptyComgmt(): ComgmtState {
  return {
    policy: null,
    authority: 'intune',
    clientInstalled: false,
    clientId: null,
    site: null,
    capabilities: 0,
    content: null,
  };
}
