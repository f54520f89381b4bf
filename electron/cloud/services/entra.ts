import { ENROLLMENT_STRINGS } from '../../../shared/strings-enrollment';
import { autopilotRecord, copyJson, tenantUser, type TenantState } from '../tenant-state';
import type { AnswerOf, RequestOf } from './requests';

const E = ENROLLMENT_STRINGS.error;

/**
 * Home realm discovery at the branded sign-in page (login.microsoftonline.com): a UPN outside the
 * tenant's verified domains, or a device whose Autopilot record belongs to another organization,
 * is "another organization" (oobe-ui.md §11, errors.md); else the directory answers for the user.
 */
export function entraRealm(tenant: TenantState, request: RequestOf<'entra.realm'>): AnswerOf<'entra.realm'> {
  const { directory } = tenant.entra;
  const domain = request.upn.split('@')[1]?.toLowerCase() ?? '';
  const record = autopilotRecord(tenant, request.caller.serialNumber);
  if (!directory.domains.some((d) => d.toLowerCase() === domain) || record?.registration.tenant === 'other') {
    return { kind: 'other-organization' };
  }
  if (!tenantUser(tenant, request.upn)) return { kind: 'unknown-user', directory: copyJson(directory) };
  return { kind: 'ok', directory: copyJson(directory) };
}

/** Devices counted against a user's Entra limit: the scenario's count plus device objects of other devices. */
export function joinedDeviceCount(tenant: TenantState, upn: string, exceptSerial: string): number {
  const user = tenantUser(tenant, upn);
  const base = user?.joinedDevices ?? 0;
  const wanted = upn.toLowerCase();
  return (
    base +
    tenant.entra.deviceObjects.filter((o) => o.upn?.toLowerCase() === wanted && o.serialNumber !== exceptSerial).length
  );
}

/**
 * Microsoft Entra join (enterpriseregistration.windows.net): refused with 801c0003 when users may
 * not join devices or the user is at "Maximum number of devices per user" (errors.md B12);
 * otherwise the device object is created (once per device) and counts for every device of the user.
 */
export function entraJoin(tenant: TenantState, request: RequestOf<'entra.join'>): AnswerOf<'entra.join'> {
  const { directory } = tenant.entra;
  const serial = request.caller.serialNumber;
  const notAuthorized = { message: `${E.notAuthorized}, error code 801c0003`, code: '801c0003' };
  if (directory.usersMayJoinDevices === 'None') {
    return { kind: 'refused', refusal: { ...notAuthorized, reason: 'users may not join devices to Microsoft Entra' } };
  }
  const joined = joinedDeviceCount(tenant, request.upn, serial);
  if (joined >= directory.deviceJoinLimit) {
    return {
      kind: 'refused',
      refusal: {
        ...notAuthorized,
        reason: `the user already has ${joined} joined devices (limit ${directory.deviceJoinLimit})`,
      },
    };
  }
  const existing = tenant.entra.deviceObjects.find((o) => o.serialNumber === serial);
  if (existing) existing.upn = tenantUser(tenant, request.upn)?.upn ?? request.upn;
  else
    tenant.entra.deviceObjects.push({ serialNumber: serial, upn: tenantUser(tenant, request.upn)?.upn ?? request.upn });
  return { kind: 'joined', directory: copyJson(directory) };
}
