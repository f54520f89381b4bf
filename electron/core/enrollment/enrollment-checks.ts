import { ENROLLMENT_STRINGS } from '../../../shared/strings-enrollment';
import { callService, type CloudCaller } from '../network/cloud-link';
import { canReach } from '../network/connectivity';
import { isHybrid } from './users';
import type { DeviceState } from '../state';

type User = DeviceState['setup']['tenant']['users'][number];

/** Why Entra join or MDM enrollment refuses this user on this device: the page and code Windows shows. */
export type EnrollmentRefusal = {
  message: string;
  code: string | null;
  reason: string;
  event?: { id: 71 | 52; text: string };
};

const E = ENROLLMENT_STRINGS.error;

/**
 * The documented refusals of user-driven join and enrollment (user-driven.md §5, errors.md B-rows),
 * in the order the device meets them: reachability, the Entra join service, then Intune
 * enrollment. The services answer (electron/cloud/services/); the device keeps what they tell it
 * about the tenant and its policies as its view (`state.setup.tenant`, `.policies`).
 */
export function enrollmentRefusal(ctx: CloudCaller, user: User): EnrollmentRefusal | null {
  const { state } = ctx;
  if (!canReach(state, 'enterpriseregistration.windows.net') || !canReach(state, 'enrollment.manage.microsoft.com')) {
    return {
      message: E.tryAgainOnly,
      code: null,
      reason: 'the device cannot reach the Entra ID / Intune enrollment endpoints',
    };
  }
  const joined = callService(ctx, { op: 'entra.join', upn: user.upn });
  if (joined.kind === 'unreachable')
    return { message: E.tryAgainOnly, code: null, reason: 'Entra ID cannot be reached' };
  if (joined.kind === 'refused') return joined.refusal;
  state.setup.tenant = joined.directory;
  // No automatic MDM enrollment for this user: Intune's own checks never run (see automaticEnrollmentOff).
  if (automaticEnrollmentOff(state)) return null;
  const enrolled = callService(ctx, { op: 'intune.enroll', upn: user.upn });
  if (enrolled.kind === 'unreachable')
    return { message: E.tryAgainOnly, code: null, reason: 'Intune cannot be reached' };
  if (enrolled.kind === 'refused') return enrolled.refusal;
  // The deployment profile came with the Autopilot answer (or the offline JSON): enrollment brings the rest.
  state.setup.policies = { ...enrolled.policies, deploymentProfile: state.setup.policies.deploymentProfile };
  return null;
}

/**
 * Entra ID > Mobility (MDM and WIP) > Microsoft Intune > MDM user scope = "None": Entra ID hands the
 * device no MDM enrollment URLs, so the join goes through but Windows automatic Intune enrollment
 * does not happen (001:3701–3716 make All/Some a prerequisite; the outcome on screen is our reading,
 * docs/FIDELITY.md). The reason, or null when enrollment follows the join.
 */
export function automaticEnrollmentOff(state: DeviceState): string | null {
  if (state.setup.tenant.mdmUserScope !== 'None') return null;
  // The pre-provisioning user flow signs in to a device the technician flow already enrolled.
  if (state.preprovision.stage === 'user-flow') return null;
  // Hybrid needs Intune for its offline domain join blob: that case is not modelled (docs/FIDELITY.md).
  if (isHybrid(state)) return null;
  return 'MDM user scope is "None" (Windows automatic Intune enrollment is not configured)';
}
