import { z } from 'zod';
import { DEVICE_PREP_KNOWN_ISSUES, KIOSK_AUTOLOGON_ISSUES, PREPROVISION_CAVEATS } from './fault-constants';
import { TPM_FAULTS } from './scenario/hardware';
import { serviceEndpointSchema } from './scenario/network';
import { WORKLOADS, workloadAuthoritySchema } from './scenario/config-manager';
import { logonUserSchema } from './scenario/auto-enroll';

// The constant lists live in a zod-free module the renderer can import (issue 16); re-exported here.
export {
  DEVICE_PREP_KNOWN_ISSUES,
  KIOSK_AUTOLOGON_ISSUES,
  PREPROVISION_CAVEATS,
  type DevicePrepKnownIssue,
  type KioskAutologonIssue,
  type PreprovisionCaveat,
} from './fault-constants';

/** Faults a trainer (or a scenario) can fire at the running device; each maps to a documented effect. */
export const faultSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('network.cable'), connected: z.boolean() }),
  z.object({ kind: z.literal('network.internet'), available: z.boolean() }),
  z.object({ kind: z.literal('network.endpoint'), endpoint: serviceEndpointSchema, reachable: z.boolean() }),
  /** The organization's domain controller starts or stops answering the device (hybrid join, pre-provisioning's DC wait). */
  z.object({ kind: z.literal('network.domain-controller'), reachable: z.boolean() }),
  z.object({ kind: z.literal('clock.drift'), driftMs: z.number().int() }),
  z.object({ kind: z.literal('tpm.fault'), fault: z.enum(TPM_FAULTS) }),
  /**
   * An Intune admin selects Devices > Windows > the device > "Autopilot Reset" > "Yes" (provisioning-modes.md §4.4):
   * the reset is queued and starts at the device's next check-in, not at once.
   */
  z.object({ kind: z.literal('intune.autopilot-reset') }),
  /** Intune: the device > "Sync" > "Yes": the device checks in now (a queued Autopilot Reset then starts). */
  z.object({ kind: z.literal('intune.sync') }),
  /**
   * A known issue of Windows Autopilot device preparation (device-preparation.md §5), armed from now on:
   * K7 hang at 100 %, K5 failure outside UTC (pre-July 2024), K6 BitLocker 128-bit, K4 group membership update failure.
   */
  z.object({ kind: z.literal('device-prep.known-issue'), issue: z.enum(DEVICE_PREP_KNOWN_ISSUES) }),
  /** A documented kiosk autologon problem (self-deploying kiosk), armed from now on: it acts when the device ESP ends. */
  z.object({ kind: z.literal('kiosk.autologon-issue'), issue: z.enum(KIOSK_AUTOLOGON_ISSUES) }),
  /** Intune side: the device's Autopilot profile is renamed (the pre-provisioning page shows it after "Refresh"). */
  z.object({ kind: z.literal('tenant.profile-name'), name: z.string().min(1).max(256) }),
  /** Intune side: a user is assigned to the device (a UPN of the tenant), or the assignment is removed (null). */
  z.object({ kind: z.literal('tenant.assign-user'), upn: z.string().min(1).nullable() }),
  /** Intune side: the Autopilot record keeps its one-time pre-provisioning limit (redeploy without deleting it: 0x80180014). */
  z.object({ kind: z.literal('tenant.one-time-limit'), reached: z.boolean() }),
  /** Entra side: the device object is deleted (pre-provisioning fails with 0x801c03f3). */
  z.object({ kind: z.literal('tenant.entra-device-deleted'), deleted: z.boolean() }),
  /** A documented pre-provisioning caveat, armed from now on. */
  z.object({ kind: z.literal('preprovision.caveat'), caveat: z.enum(PREPROVISION_CAVEATS) }),
  /**
   * Configuration Manager console: a co-management workload's slider moves; the site pushes a new
   * configuration policy and the client's co-management capabilities change (002:141-145).
   */
  z.object({ kind: z.literal('configmgr.workload'), workload: z.enum(WORKLOADS), authority: workloadAuthoritySchema }),
  /**
   * An app (or any step the ESP tracks, by its name as the ESP lists it) hangs or fails from now on:
   * a hang keeps the ESP waiting until its timeout error; a failure shows the ESP's error (esp.md).
   */
  z.object({
    kind: z.literal('esp.app'),
    app: z.string().min(1).max(256),
    outcome: z.enum(['hang', 'failure']),
    code: z
      .string()
      .regex(/^0x[0-9a-fA-F]{8}$/, 'an error code such as "0x80070643"')
      .optional(),
  }),
  /**
   * A PowerShell script selected in the device preparation policy (by its name) hangs or fails from now
   * on: a hang runs the deployment into its time limit, a failure fails it (device-preparation.md F2).
   */
  z.object({
    kind: z.literal('device-prep.script'),
    script: z.string().min(1).max(256),
    outcome: z.enum(['hang', 'failure']),
    code: z
      .string()
      .regex(/^0x[0-9a-fA-F]{8}$/, 'an error code such as "0x80070001"')
      .optional(),
  }),
  /** The USB drives are pulled out (Export logs / Collect logs / a reset's provisioning package then find none). */
  z.object({ kind: z.literal('usb.remove') }),
  /**
   * The cloud management gateway slows down (its throughput to this device, in Mbit/s) or stops or starts
   * answering: the ccmsetup client content download takes longer or waits (the ESP's Device preparation
   * timeout then, 0x800705b4).
   */
  z
    .object({
      kind: z.literal('configmgr.cmg'),
      mbps: z.number().min(0.01).max(10_000).optional(),
      reachable: z.boolean().optional(),
    })
    .refine((f) => f.mbps !== undefined || f.reachable !== undefined, 'give mbps, reachable or both'),
  /** Another user logs on at the desktop (the auto-enrollment retries at each new logon, 002:111). */
  z.object({ kind: z.literal('comgmt.logon'), user: logonUserSchema }),
  /** The logged-on user signs out: the lock screen shows; the next logon retries the auto-enrollment (002:111). */
  z.object({ kind: z.literal('comgmt.logoff') }),
]);
export type Fault = z.infer<typeof faultSchema>;
