import { z } from 'zod';

/** What Intune delivers: each item takes its virtual duration and ends with its outcome. */

const outcome = z.enum(['success', 'failure', 'hang']).default('success');
/** An HRESULT as Windows shows it: 0x + 8 hex digits. */
export const hresultSchema = z.string().regex(/^0x[0-9a-fA-F]{8}$/, 'an error code such as 0x87d1041c');
const durationMs = z
  .number()
  .int()
  .min(0)
  .max(24 * 3_600_000);
const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case id such as "company-portal"');

export const appSchema = z
  .object({
    id,
    name: z.string().min(1),
    type: z.enum(['win32', 'lob', 'store', 'microsoft-365']),
    context: z.enum(['device', 'user']).default('device'),
    durationMs: durationMs.default(120_000),
    outcome,
    errorCode: hresultSchema.optional(),
    restart: z.enum(['none', 'soft', 'hard']).default('none'),
    /** With outcome "failure": fail only the first N device preparation attempts (a transient failure "Retry" gets past). */
    failAttempts: z.number().int().min(1).optional(),
    /** Groups the app is assigned to as Required (device preparation); left out: every device preparation policy's device group. */
    assignedGroups: z.array(z.string().min(1)).optional(),
    /** The app does not apply to this device (requirement rules): device preparation reports it "Skipped". */
    applicable: z.boolean().default(true),
    /** Intune reports dependency/supersedence relationships as "Dependent" (device-preparation.md §4.4). */
    relationship: z.enum(['none', 'dependency', 'supersedence']).default('none'),
    /** The assignment intent; a completed uninstall shows as "Installed" in the device preparation report (§4.4). */
    intent: z.enum(['install', 'uninstall']).default('install'),
  })
  .strict();

export const scriptSchema = z
  .object({
    id,
    name: z.string().min(1),
    /** "Run this script using the logged on credentials": No = system context. */
    context: z.enum(['system', 'user']).default('system'),
    durationMs: durationMs.default(20_000),
    outcome,
    errorCode: hresultSchema.optional(),
    /** With outcome "failure": fail only the first N device preparation attempts (a transient failure "Retry" gets past). */
    failAttempts: z.number().int().min(1).optional(),
    /** Groups the script is assigned to (Included groups); left out: every device preparation policy's device group. */
    assignedGroups: z.array(z.string().min(1)).optional(),
  })
  .strict();

const policyItem = z
  .object({
    id,
    name: z.string().min(1),
    context: z.enum(['device', 'user']).default('device'),
    durationMs: durationMs.default(5_000),
    outcome,
    errorCode: hresultSchema.optional(),
  })
  .strict();

export const workloadSchema = z
  .object({
    apps: z.array(appSchema).default([]),
    scripts: z.array(scriptSchema).default([]),
    configurationProfiles: z.array(policyItem).default([]),
    certificates: z.array(policyItem).default([]),
    networkProfiles: z.array(policyItem).default([]),
  })
  .strict();
export type Workload = z.infer<typeof workloadSchema>;
