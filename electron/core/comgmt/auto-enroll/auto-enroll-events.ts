import { logEvent, setRegistryValue, type Ctx } from '../../context';
import { enrollmentGuid, logMdmEvent } from '../../enrollment/enrollment-records';
import { Rng } from '../../rng';

/** The auto-enroll task (external-diagnostics.md §5.5); that co-management's task has this name is [UNVERIFIED]. */
export const AUTO_ENROLL_TASK =
  '\\Microsoft\\Windows\\EnterpriseMgmt\\Schedule created by enrollment client for automatically enrolling in MDM from AAD';
export const DEVICE_ENROLLER = '%windir%\\system32\\deviceenroller.exe';
const TASK_CHANNEL = 'Microsoft-Windows-TaskScheduler/Operational';
const DISCOVERY_URL = 'https://enrollment.manage.microsoft.com/enrollmentserver/discovery.svc';

/** A stable GUID per device and purpose (task instance ids, the policy id). */
export function seededGuid(seed: number, purpose: string): string {
  const hex = [...Rng.derive(seed, purpose).bytes(16)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Task Scheduler's 107 (triggered) and 102 (completed, whatever the result) around one run of the
 * task (external-diagnostics.md §5.5). The message texts are Windows' usual ones, [UNVERIFIED] here.
 */
export function logTaskRun(ctx: Ctx, run: number, phase: 'launched' | 'finished'): void {
  const instance = `{${seededGuid(ctx.state.setup.seed, `auto-enroll-task:${run}`)}}`;
  const provider = 'Microsoft-Windows-TaskScheduler';
  if (phase === 'launched')
    logEvent(ctx, {
      channel: TASK_CHANNEL,
      provider,
      eventId: 107,
      level: 'Information',
      message: `Task Scheduler launched "${instance}"  instance of task "${AUTO_ENROLL_TASK}" due to a time trigger condition.`,
    });
  else
    logEvent(ctx, {
      channel: TASK_CHANNEL,
      provider,
      eventId: 102,
      level: 'Information',
      message: `Task Scheduler successfully finished "${instance}" instance of the "${AUTO_ENROLL_TASK}" task for user "NT AUTHORITY\\System".`,
    });
}

/** Event 91 before a try (external-diagnostics.md §6.2 template). */
export function logEnrollmentInformation(ctx: Ctx, upn: string): void {
  logMdmEvent(
    ctx,
    91,
    'Information',
    `Auto MDM Enroll Enrollment Information: AadResourceUrl (https://enrollment.manage.microsoft.com/), DiscoveryServiceFullUrl (${DISCOVERY_URL}), TenantID (${ctx.state.setup.tenant.id}), Upn (${upn})`,
  );
}

/** 75 / 76: `Device Credential (0x0)` with the user's credential, `(0x1)` with the device's ([UNVERIFIED], §6.2). */
export function logAutoEnrollResult(ctx: Ctx, credential: 'user' | 'device', code: string | null): void {
  const flag = credential === 'user' ? '0x0' : '0x1';
  if (code === null) {
    logMdmEvent(ctx, 75, 'Information', `Auto MDM Enroll: Device Credential (${flag}), Succeeded`);
    logMdmEvent(ctx, 72, 'Information', 'MDM Enroll: Succeeded');
  } else {
    logMdmEvent(ctx, 76, 'Error', `Auto MDM Enroll: Device Credential (${flag}), Failed (${code})`);
  }
}

const sz = (data: string) => ({ type: 'REG_SZ' as const, data });
const dword = (data: number) => ({ type: 'REG_DWORD' as const, data });

/**
 * The identity the Enrollments key names when Configuration Manager triggered the enrollment: 002:81
 * says "FooUser" and "not the user's UPN"; the `@<the user's domain>` suffix is [UNVERIFIED].
 */
export function configMgrEnrollmentUpn(upn: string): string {
  return `FooUser@${upn.split('@')[1] ?? ''}`;
}

/**
 * HKLM\SOFTWARE\Microsoft\Enrollments\<GUID> after the auto-enrollment (002:80-82; external-diagnostics.md
 * §6.1): Intune's ProviderID, FooUser as the UPN (none when userless), the tenant, MDM enrolled (6),
 * enrolled (1). No FirstSync: there is no ESP on an existing device.
 */
export function writeAutoEnrollment(ctx: Ctx, upn: string | null): string {
  const guid = enrollmentGuid(ctx.state);
  const key = `HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Enrollments\\${guid}`;
  setRegistryValue(ctx, key, 'ProviderID', sz('MS DM Server'));
  if (upn) setRegistryValue(ctx, key, 'UPN', sz(configMgrEnrollmentUpn(upn)));
  setRegistryValue(ctx, key, 'AADTenantID', sz(ctx.state.setup.tenant.id));
  setRegistryValue(ctx, key, 'DiscoveryServiceFullURL', sz(DISCOVERY_URL));
  setRegistryValue(ctx, key, 'EnrollmentType', dword(6));
  setRegistryValue(ctx, key, 'EnrollmentState', dword(1));
  return guid;
}
