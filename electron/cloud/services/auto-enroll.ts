import { tenantUser, type CoManagedRecord, type TenantState } from '../tenant-state';
import type { AnswerOf, RequestOf } from './requests';

/**
 * MDM auto-enrollment of a co-managed Configuration Manager client (002:76-131), as Intune answers
 * DeviceEnroller.exe. With the user's credential: the user must be a cloud user with an Intune
 * licence (002:101-104); with the device's (AADDeviceCredentials): the device enrolls without a
 * user (002:114). MDM user scope None leaves the MDM URLs unset and both fail with 0x8018002B
 * (external-facts.md: MENROLL_E_MDM_NOT_CONFIGURED). Codes: external-diagnostics.md §5.4.
 */
export function intuneAutoEnroll(
  tenant: TenantState,
  request: RequestOf<'intune.auto-enroll'>,
): AnswerOf<'intune.auto-enroll'> {
  const { directory } = tenant.entra;
  if (directory.mdmUserScope === 'None') {
    return { kind: 'refused', code: '0x8018002B', log: 'Mdm Enrollment Url has not yet been configured.' };
  }
  let upn: string | null = null;
  if (request.credential === 'user') {
    const user = request.upn ? tenantUser(tenant, request.upn) : null;
    // Not a cloud user (an on-premises-only account, the local administrator): no Entra ID token for the user. [INF]
    if (!user) return { kind: 'refused', code: '0x80180002', log: 'Failed to get AAD token for the logged on user.' };
    if (!user.licensed)
      return { kind: 'refused', code: '0x80180018', log: 'License of user is in bad state blocking enrollment' };
    upn = user.upn;
  }
  const serial = request.caller.serialNumber;
  const coManagement: CoManagedRecord = {
    enrolledWith: request.credential,
    userAffinity: upn !== null,
    joinType: 'Microsoft Entra hybrid joined',
    enrolledBy: 'Configuration Manager co-management auto-enrollment',
    remoteActions: ['lock', 'wipe', 'reset'],
  };
  const record = tenant.intune.managedDevices.find((d) => d.serialNumber === serial);
  if (record) Object.assign(record, { upn, coManagement });
  else tenant.intune.managedDevices.push({ serialNumber: serial, upn, coManagement });
  return { kind: 'enrolled', upn };
}
