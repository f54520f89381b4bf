import type { DeploymentProfile } from '../../../shared/device-setup';
import { callService, type CloudCaller } from './cloud-link';

/**
 * The device's side of the Windows Autopilot deployment service: it asks with its hardware identity
 * and keeps what the answer says (its registration, the profile) as its view of the tenant.
 */
export type ProfileAnswer =
  | { kind: 'unreachable' }
  | { kind: 'not-registered' }
  | { kind: 'no-profile' }
  | { kind: 'profile'; profile: DeploymentProfile };

export function requestProfile(ctx: CloudCaller): ProfileAnswer {
  const { setup } = ctx.state;
  const answer = callService(ctx, { op: 'autopilot.profile' });
  switch (answer.kind) {
    case 'unreachable':
      return answer;
    case 'not-registered':
      setup.registration = { ...setup.registration, registered: false };
      return answer;
    case 'no-profile':
      setup.registration = answer.registration;
      return { kind: 'no-profile' };
    case 'profile':
      setup.registration = answer.registration;
      setup.policies.deploymentProfile = answer.profile;
      return { kind: 'profile', profile: answer.profile };
  }
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
