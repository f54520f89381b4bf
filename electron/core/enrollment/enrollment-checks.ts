import { ENROLLMENT_STRINGS } from '../../../shared/strings-enrollment';
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
 * checked in the order the services meet them: reachability, Entra join, then Intune enrollment.
 */
export function enrollmentRefusal(state: DeviceState, user: User): EnrollmentRefusal | null {
  const { tenant } = state.setup;
  if (!canReach(state, 'enterpriseregistration.windows.net') || !canReach(state, 'enrollment.manage.microsoft.com')) {
    return {
      message: E.tryAgainOnly,
      code: null,
      reason: 'the device cannot reach the Entra ID / Intune enrollment endpoints',
    };
  }
  if (tenant.usersMayJoinDevices === 'None') {
    return {
      message: `${E.notAuthorized}, error code 801c0003`,
      code: '801c0003',
      reason: 'users may not join devices to Microsoft Entra',
    };
  }
  if (user.joinedDevices >= tenant.deviceJoinLimit) {
    return {
      message: `${E.notAuthorized}, error code 801c0003`,
      code: '801c0003',
      reason: `the user already has ${user.joinedDevices} joined devices (limit ${tenant.deviceJoinLimit})`,
    };
  }
  // No automatic MDM enrollment for this user: Intune's own checks never run (see automaticEnrollmentOff).
  if (automaticEnrollmentOff(state)) return null;
  if (tenant.multipleMdmConfigurations) {
    return { message: E.tryAgainOnly, code: '0xc1036501', reason: 'Entra ID has more than one MDM configuration' };
  }
  if (!user.licensed) {
    return {
      message: E.mdmTermsOfUse,
      code: null,
      reason: 'the user has no Intune licence',
      event: { id: 71, text: 'MDM Enroll: Failed (0x80180018)' },
    };
  }
  if (user.enrolledDevices >= tenant.intuneDeviceLimit) {
    return {
      message: E.tryAgainOnly,
      code: '80180018',
      reason: `the user already enrolled ${user.enrolledDevices} devices (limit ${tenant.intuneDeviceLimit})`,
      event: { id: 71, text: 'MDM Enroll: Failed (0x80180018)' },
    };
  }
  if (tenant.windowsEnrollmentBlocked) {
    return {
      message: E.tryAgainOnly,
      code: '0x80180014',
      reason: 'a platform restriction blocks Windows MDM enrollment',
      event: {
        id: 52,
        text: 'MDM Enroll: Server Returned Fault/Code/Subcode/Value=(DeviceNotSupported) Fault/Reason/Text=(Enrollment blocked for AP device by SDM One Time Limit Check).',
      },
    };
  }
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
