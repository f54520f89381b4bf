import { getValue } from '../os/registry';
import { setRegistryValue, timeline, type Ctx } from '../context';
import type { DeviceState } from '../state';

/**
 * Where Windows keeps the MDM-delivered device policies (the Policy CSP's "current" store). The
 * seeds name the policy (CredentialProviders/DisableAutomaticReDeploymentCredentials, 001:11284)
 * but not the key; this is the PolicyManager location documented for the Policy CSP (docs/FIDELITY.md).
 */
export const CREDENTIAL_PROVIDERS_POLICY_KEY =
  'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\PolicyManager\\current\\device\\CredentialProviders';
export const REDEPLOYMENT_POLICY = 'DisableAutomaticReDeploymentCredentials';

/**
 * The device restrictions profile arrives with the first MDM sync after enrollment: "Autopilot
 * Reset" = "Allow" sets the policy to 0 (enabled). "Not configured" writes nothing, and local
 * Autopilot Reset stays disabled, the default (001:11284).
 */
export function applyResetPolicy(ctx: Ctx): void {
  const { state } = ctx;
  if (!state.account.joined) return;
  if (state.setup.policies.deviceRestrictions?.autopilotReset !== 'allow') return;
  if (localResetEnabled(state)) return;
  setRegistryValue(ctx, CREDENTIAL_PROVIDERS_POLICY_KEY, REDEPLOYMENT_POLICY, { type: 'REG_DWORD', data: 0 });
  timeline(
    ctx,
    'cloud',
    `Policy applied: CredentialProviders/${REDEPLOYMENT_POLICY} = 0 (local Autopilot Reset allowed)`,
  );
}

/** Local Autopilot Reset is allowed only while the policy holds 0. */
export function localResetEnabled(state: DeviceState): boolean {
  const value = getValue(state.registry, CREDENTIAL_PROVIDERS_POLICY_KEY, REDEPLOYMENT_POLICY);
  return value?.type === 'REG_DWORD' && value.data === 0;
}
