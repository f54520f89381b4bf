import type { DeviceState } from '../state';
import { initialSelfDeploying, type SelfDeployingState } from './sd-state';

/** The local account a self-deploying kiosk signs in to automatically (001:2558). */
export const KIOSK_ACCOUNT = 'KioskUser0';

/** The downloaded profile's deployment mode is Self-Deploying (provisioning-modes.md §2.1). */
export function isSelfDeploying(state: DeviceState): boolean {
  return state.setup.policies.deploymentProfile?.deploymentMode === 'self-deploying';
}

/** The device's self-deploying record, created on first use (older saved states have none). */
export function selfDeploying(state: DeviceState): SelfDeployingState {
  state.selfDeploying ??= initialSelfDeploying();
  return state.selfDeploying;
}
