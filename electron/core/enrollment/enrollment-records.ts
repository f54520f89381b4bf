import type { DeviceState } from '../state';
import { logEvent, setRegistryValue, type Ctx } from '../context';
import { AUTOPILOT_DIAGNOSTICS_KEY } from '../oobe/profile-download';
import { Rng } from '../rng';

export const MDM_ADMIN_CHANNEL = 'Microsoft-Windows-DeviceManagement-Enterprise-Diagnostics-Provider/Admin';
const MDM_PROVIDER = 'Microsoft-Windows-DeviceManagement-Enterprise-Diagnostics-Provider';

/** An event of the MDM client's Admin channel (templates: external-diagnostics.md §6.2). */
export function logMdmEvent(ctx: Ctx, eventId: number, level: 'Information' | 'Error', message: string): void {
  logEvent(ctx, { channel: MDM_ADMIN_CHANNEL, provider: MDM_PROVIDER, eventId, level, message });
}

/** The enrollment's GUID under HKLM\SOFTWARE\Microsoft\Enrollments, stable per device seed. */
export function enrollmentGuid(state: DeviceState): string {
  const hex = [...Rng.derive(state.setup.seed, 'enrollment-id').bytes(16)]
    .map((b) => b.toString(16).padStart(2, '0').toUpperCase())
    .join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

const sz = (data: string) => ({ type: 'REG_SZ' as const, data });
const dword = (data: number) => ({ type: 'REG_DWORD' as const, data });

/**
 * What Windows writes when the Entra join and the MDM enrollment succeed (external-diagnostics.md
 * §6.1; user-driven.md §6.4): the tenant match, the enrollment key, and the ESP settings in FirstSync.
 */
export function writeEnrollmentRecords(ctx: Ctx, upn: string): string {
  const { state } = ctx;
  const { tenant, policies } = state.setup;
  const guid = enrollmentGuid(state);
  setRegistryValue(ctx, AUTOPILOT_DIAGNOSTICS_KEY, 'AadTenantId', sz(tenant.id));
  setRegistryValue(ctx, AUTOPILOT_DIAGNOSTICS_KEY, 'TenantMatched', dword(1));
  if (policies.deploymentProfile)
    setRegistryValue(ctx, AUTOPILOT_DIAGNOSTICS_KEY, 'DeploymentProfileName', sz(policies.deploymentProfile.name));
  const key = `HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Enrollments\\${guid}`;
  setRegistryValue(ctx, key, 'ProviderID', sz('MS DM Server'));
  setRegistryValue(ctx, key, 'UPN', sz(upn));
  setRegistryValue(ctx, key, 'AADTenantID', sz(tenant.id));
  setRegistryValue(
    ctx,
    key,
    'DiscoveryServiceFullURL',
    sz('https://enrollment.manage.microsoft.com/enrollmentserver/discovery.svc'),
  );
  setRegistryValue(ctx, key, 'EnrollmentType', dword(6));
  setRegistryValue(ctx, key, 'EnrollmentState', dword(1));
  const esp = policies.enrollmentStatusPage;
  const shown = esp?.showProgress ?? false;
  const first = `${key}\\FirstSync`;
  setRegistryValue(ctx, first, 'SkipDeviceStatusPage', dword(shown ? 0 : 0xffffffff));
  setRegistryValue(ctx, first, 'SkipUserStatusPage', dword(shown ? 0 : 0xffffffff));
  setRegistryValue(ctx, first, 'SyncFailureTimeout', dword(esp?.timeoutMinutes ?? 60));
  setRegistryValue(ctx, first, 'BlockInStatusPage', dword(blockInStatusPage(esp)));
  setRegistryValue(ctx, first, 'AllowCollectLogsButton', dword(esp?.logCollection ? 1 : 0));
  if (esp?.customMessage) setRegistryValue(ctx, first, 'CustomErrorText', sz(esp.customMessage));
  logMdmEvent(ctx, 75, 'Information', 'Auto MDM Enroll: Device Credential (0x0), Succeeded');
  logMdmEvent(ctx, 72, 'Information', 'MDM Enroll: Succeeded');
  return guid;
}

/** BlockInStatusPage bits (external-diagnostics.md §6.1): 1 allow reset, 2 allow try again, 4 continue anyway. */
export function blockInStatusPage(esp: DeviceState['setup']['policies']['enrollmentStatusPage']): number {
  if (!esp || !esp.blockDeviceUse) return 0;
  return (esp.allowReset ? 1 : 0) | 2 | (esp.allowUseOnError ? 4 : 0);
}
