import { z } from 'zod';
import {
  coManagementPolicySchema,
  deploymentProfileSchema,
  devicePreparationPolicySchema,
  espProfileSchema,
} from './scenario/policies';
import { tenantSchema } from './scenario/tenant';
import { PIN_CHARACTER_USAGES, WINDOWS_HELLO_STATES } from './scenario/windows-hello';
import { WORKLOADS, workloadAuthoritySchema } from './scenario/config-manager';

/**
 * Changes an admin makes in the tenant while devices run (the `tenant.change` command). Each lands
 * in the tenant at once; a device sees it only at its next request to the service concerned.
 */

/** The same settings as a policy schema, every one optional and without defaults: only what is given changes. */
function settingsOf<S extends z.ZodRawShape>(schema: z.ZodObject<S>) {
  const shape = Object.fromEntries(
    Object.entries(schema.shape).map(([key, field]) => {
      const bare = field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : (field as z.ZodType);
      return [key, bare.optional()];
    }),
  );
  return z.object(shape).strict();
}

const upn = z.string().min(3).max(256);
const serialNumber = z.string().min(1).max(64);

export const tenantChangeSchema = z.discriminatedUnion('kind', [
  /** Entra ID: give the user an Intune licence (errors.md B3, B9). */
  z.object({ kind: z.literal('licence.assign'), upn }).strict(),
  z.object({ kind: z.literal('licence.remove'), upn }).strict(),
  /** Entra ID: delete the device object of a device (frees a slot of the user's device limit). */
  z.object({ kind: z.literal('entra.delete-device'), serialNumber }).strict(),
  /** Entra ID > Devices > Device settings: who may join, and the maximum number of devices per user. */
  z
    .object({
      kind: z.literal('entra.device-settings'),
      usersMayJoinDevices: tenantSchema.shape.usersMayJoinDevices.unwrap().optional(),
      deviceJoinLimit: tenantSchema.shape.deviceJoinLimit.unwrap().optional(),
    })
    .strict(),
  /** Windows Autopilot: delete the device's record. */
  z.object({ kind: z.literal('autopilot.delete-record'), serialNumber }).strict(),
  /**
   * Windows Autopilot: import devices from a hardware hash CSV, the header line
   * "Device Serial Number,Windows Product ID,Hardware Hash" (optionally ",Group Tag,Assigned User").
   */
  z.object({ kind: z.literal('autopilot.import'), csv: z.string().min(1).max(1_000_000) }).strict(),
  /** Windows Autopilot: the deployment profile is assigned to the device (its Profile status becomes Assigned). */
  z.object({ kind: z.literal('autopilot.assign-profile'), serialNumber }).strict(),
  /** Intune: edit the Autopilot deployment profile (creating it if there is none). */
  z.object({ kind: z.literal('profile.edit'), settings: settingsOf(deploymentProfileSchema) }).strict(),
  /** Intune: edit the Enrollment Status Page profile (creating it if there is none). */
  z.object({ kind: z.literal('esp.edit'), settings: settingsOf(espProfileSchema) }).strict(),
  /** Intune: edit a device preparation policy, by name. */
  z
    .object({
      kind: z.literal('device-preparation.edit'),
      policy: z.string().min(1),
      settings: settingsOf(devicePreparationPolicySchema),
    })
    .strict(),
  /** Entra ID: add a user (UPN) or a device (serial number) to a group, by group name. */
  z.object({ kind: z.literal('group.add-member'), group: z.string().min(1), member: z.string().min(1) }).strict(),
  /** Active Directory: delegate the Intune Connector's account the right to create computer objects in the OU. */
  z.object({ kind: z.literal('connector.grant-ou-rights') }).strict(),
  /**
   * Intune > Devices > Enrollment > Windows Hello for Business: the tenant-wide state and PIN rules
   * (only what is given changes; a device reads them at its next first sign-in).
   */
  z
    .object({
      kind: z.literal('windows-hello.edit'),
      state: z.enum(WINDOWS_HELLO_STATES).optional(),
      pin: z
        .object({
          minimumLength: z.number().int().min(4).max(127).optional(),
          maximumLength: z.number().int().min(4).max(127).optional(),
          uppercaseLetters: z.enum(PIN_CHARACTER_USAGES).optional(),
          lowercaseLetters: z.enum(PIN_CHARACTER_USAGES).optional(),
          specialCharacters: z.enum(PIN_CHARACTER_USAGES).optional(),
        })
        .strict()
        .optional(),
    })
    .strict(),
  /** Intune: start a remote action; the device meets it at its next check-in. */
  z
    .object({
      kind: z.literal('intune.remote-action'),
      serialNumber,
      action: z.enum(['autopilot-reset', 'sync']),
    })
    .strict(),
  /**
   * Intune > Windows enrollment > Co-management settings: edit a policy by name (the winning one when
   * no name is given; created when the tenant has none): auto install, command line, override.
   */
  z
    .object({
      kind: z.literal('comanagement.edit'),
      policy: z.string().min(1).optional(),
      settings: settingsOf(coManagementPolicySchema),
    })
    .strict(),
  /** Configuration Manager console: move a co-management workload's slider (002:141-145). */
  z
    .object({ kind: z.literal('configmgr.workload'), workload: z.enum(WORKLOADS), authority: workloadAuthoritySchema })
    .strict(),
]);
export type TenantChange = z.infer<typeof tenantChangeSchema>;

/** The JSON Schema of a tenant change (assets/tenant-change.schema.json), generated so the two can't drift. */
export function tenantChangeJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(tenantChangeSchema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
  return {
    ...schema,
    $id: 'https://oobe-simulator.invalid/tenant-change.schema.json',
    title: 'OOBE Simulator tenant change',
    description: 'The `change` of the tenant.change command: one admin change to the simulated tenant.',
  };
}
