import { z } from 'zod';

/**
 * Auto-enrollment of an existing Configuration Manager client into Intune (seed 002; device-model.md
 * §12.2): a domain-joined, hybrid-joined Windows device with a healthy client, not MDM enrolled, that
 * starts at its desktop (not at OOBE). The admin enables co-management in the console (All, or Pilot
 * with the "Intune Auto Enrollment" collection); the policy lands and DeviceEnroller.exe runs.
 */

/**
 * Who is logged on: a UPN of tenant.users (a cloud user, created in or synced to Entra ID), a
 * DOMAIN\name that matches no cloud user (an on-premises-only user), or `.\Administrator` (a local
 * administrator) (002:76-77, 002:101-102).
 */
export const logonUserSchema = z
  .string()
  .min(1)
  .max(256)
  .regex(/^(\S+@\S+\.\S+|[^\\\s]+\\[^\\\s]+)$/, 'a UPN (megan@contoso.com), DOMAIN\\name or .\\Administrator');

export const autoEnrollSchema = z
  .object({
    /** "Automatic enrollment in Intune" on the console's co-management page: All or Pilot (002:50-54). */
    automaticEnrollment: z.enum(['all', 'pilot']).default('all'),
    /** Pilot: whether the device is a member of the "Intune Auto Enrollment" collection (002:51, 002:59). */
    inAutoEnrollmentCollection: z.boolean().default(true),
    /** When (virtual ms from the start) the admin enables co-management and its configuration policy lands. */
    coManagementEnabledAtMs: z
      .number()
      .int()
      .min(0)
      .max(7 * 24 * 3_600_000)
      .default(120_000),
    /** The user logged on at the desktop when the scenario starts; `comgmt.logon` faults log others on. */
    loggedOnUser: logonUserSchema,
  })
  .strict();
export type AutoEnrollSetup = z.infer<typeof autoEnrollSchema>;

/** What kind of account a logon name is, for the DeviceEnroller checks (002:101-102). */
export type LogonKind = 'cloud' | 'on-premises' | 'local-admin';

export function logonKindOf(name: string, cloudUpns: readonly string[]): LogonKind {
  if (/^\.\\/.test(name)) return 'local-admin';
  if (cloudUpns.some((u) => u.toLowerCase() === name.toLowerCase())) return 'cloud';
  return 'on-premises';
}
