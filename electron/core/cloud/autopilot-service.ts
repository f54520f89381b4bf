import type { DeploymentProfile } from '../../../shared/device-setup';
import { canReach } from '../network/connectivity';
import type { DeviceState } from '../state';

/**
 * The Windows Autopilot deployment service as the device sees it: it looks the device up by its
 * hardware identity and answers with the assigned profile. Reached over the emulated network, so
 * cutting its endpoint makes the request fail as it would on a real device.
 */
export type ProfileAnswer =
  | { kind: 'unreachable' }
  | { kind: 'not-registered' }
  | { kind: 'no-profile' }
  | { kind: 'profile'; profile: DeploymentProfile };

/** Profile statuses under which the service hands out the assigned profile (user-driven.md §0). */
const SERVES_PROFILE = new Set(['Assigned', 'Fix pending']);

export function requestProfile(state: DeviceState): ProfileAnswer {
  if (!canReach(state, 'ztd.dds.microsoft.com')) return { kind: 'unreachable' };
  const { registration } = state.setup;
  const profile = state.setup.policies.deploymentProfile;
  if (!registration.registered) return { kind: 'not-registered' };
  if (!profile || !SERVES_PROFILE.has(registration.profileStatus)) return { kind: 'no-profile' };
  return { kind: 'profile', profile };
}

/**
 * The CloudAssignedOobeConfig bitmap Windows stores for a profile (user-driven.md §6.4):
 * SkipCortanaOptIn=1, OobeUserNotLocalAdmin=2, SkipExpressSettings=4, SkipOemRegistration=8, SkipEula=16.
 */
export function oobeConfigBits(profile: DeploymentProfile): number {
  let bits = 8; // SkipOemRegistration: Autopilot always skips the OEM registration pages.
  if (profile.userAccountType === 'standard') bits |= 2;
  if (profile.privacySettings === 'hide') bits |= 4;
  if (profile.licenseTerms === 'hide') bits |= 16;
  return bits;
}
