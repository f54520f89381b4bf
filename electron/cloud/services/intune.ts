import { ENROLLMENT_STRINGS } from '../../../shared/strings-enrollment';
import { copyJson, tenantUser, type TenantState } from '../tenant-state';
import type { AnswerOf, RequestOf } from './requests';

const E = ENROLLMENT_STRINGS.error;
const ENROLL_FAILED_LICENCE = { id: 71 as const, text: 'MDM Enroll: Failed (0x80180018)' };

/** Devices counted against a user's Intune enrollment limit: the scenario's count plus other devices' records. */
export function enrolledDeviceCount(tenant: TenantState, upn: string, exceptSerial: string): number {
  const wanted = upn.toLowerCase();
  const base = tenantUser(tenant, upn)?.enrolledDevices ?? 0;
  return (
    base +
    tenant.intune.managedDevices.filter((d) => d.upn?.toLowerCase() === wanted && d.serialNumber !== exceptSerial)
      .length
  );
}

/**
 * Intune MDM enrollment (enrollment.manage.microsoft.com), with the documented refusals in the
 * order the service meets them (errors.md B7, B3/B9, B1): more than one MDM configuration
 * (0xc1036501), no licence (80180018, the MDM terms-of-use page), the enrollment device limit
 * (80180018), a platform restriction (0x80180014). Enrolled: the device record is created once.
 */
export function intuneEnroll(tenant: TenantState, request: RequestOf<'intune.enroll'>): AnswerOf<'intune.enroll'> {
  const { directory } = tenant.entra;
  const user = tenantUser(tenant, request.upn);
  const serial = request.caller.serialNumber;
  if (directory.multipleMdmConfigurations) {
    return {
      kind: 'refused',
      refusal: { message: E.tryAgainOnly, code: '0xc1036501', reason: 'Entra ID has more than one MDM configuration' },
    };
  }
  if (!user?.licensed) {
    return {
      kind: 'refused',
      refusal: {
        message: E.mdmTermsOfUse,
        code: null,
        reason: 'the user has no Intune licence',
        event: ENROLL_FAILED_LICENCE,
      },
    };
  }
  const enrolled = enrolledDeviceCount(tenant, request.upn, serial);
  if (enrolled >= directory.intuneDeviceLimit) {
    return {
      kind: 'refused',
      refusal: {
        message: E.tryAgainOnly,
        code: '80180018',
        reason: `the user already enrolled ${enrolled} devices (limit ${directory.intuneDeviceLimit})`,
        event: ENROLL_FAILED_LICENCE,
      },
    };
  }
  if (directory.windowsEnrollmentBlocked) {
    return {
      kind: 'refused',
      refusal: {
        message: E.tryAgainOnly,
        code: '0x80180014',
        reason: 'a platform restriction blocks Windows MDM enrollment',
        event: {
          id: 52,
          text: 'MDM Enroll: Server Returned Fault/Code/Subcode/Value=(DeviceNotSupported) Fault/Reason/Text=(Enrollment blocked for AP device by SDM One Time Limit Check).',
        },
      },
    };
  }
  if (!tenant.intune.managedDevices.some((d) => d.serialNumber === serial)) {
    tenant.intune.managedDevices.push({ serialNumber: serial, upn: user.upn });
  }
  return { kind: 'enrolled', policies: copyJson(tenant.intune.policies) };
}

/** An MDM check-in: the remote actions waiting for this device (each delivered once) and the current policies. */
export function intuneCheckIn(tenant: TenantState, request: RequestOf<'intune.check-in'>): AnswerOf<'intune.check-in'> {
  const serial = request.caller.serialNumber;
  const mine = tenant.intune.pendingActions.filter((a) => a.serialNumber === serial);
  tenant.intune.pendingActions = tenant.intune.pendingActions.filter((a) => a.serialNumber !== serial);
  return { kind: 'actions', actions: mine.map((a) => a.action), policies: copyJson(tenant.intune.policies) };
}
