import type { DeviceSetup } from '../../../shared/device-setup';
import type { CoManagementPolicy } from '../../../shared/scenario/policies';

/**
 * The co-management settings policy the device's view holds (what Intune sent at enrollment):
 * the lowest priority number wins (000:133).
 */
export function winningPolicyOf(setup: DeviceSetup): CoManagementPolicy | null {
  const value = setup.policies.coManagement;
  if (!value) return null;
  const list = Array.isArray(value) ? value : [value];
  let best: CoManagementPolicy | null = null;
  for (const p of list) if (!best || p.priority < best.priority) best = p;
  return best;
}
