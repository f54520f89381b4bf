import { z } from 'zod';
import { TPM_FAULTS } from './scenario/hardware';
import { serviceEndpointSchema } from './scenario/network';

/** Device preparation known issues a scenario or trainer can switch on (ids of device-preparation.md §5 in the comments). */
export const DEVICE_PREP_KNOWN_ISSUES = [
  /** K7: the percentage shows 100 % and does not advance until the user restarts the device. */
  'hang-at-100',
  /** K5: the deployment fails on a device whose time zone is not UTC (resolved July 2024). */
  'non-utc-time-zone',
  /** K6: BitLocker encrypts with 128-bit although 256-bit is configured (race condition). */
  'bitlocker-128-bit',
  /** K4: the device is not added to the policy's device group (enrollment time grouping fails). */
  'group-membership-failure',
] as const;
export type DevicePrepKnownIssue = (typeof DEVICE_PREP_KNOWN_ISSUES)[number];

/** Documented reasons a self-deploying kiosk does not sign in automatically (provisioning-modes.md §2.6, §6 rows 29–30). */
export const KIOSK_AUTOLOGON_ISSUES = [
  /** Exchange ActiveSync policies deployed to the kiosk break autologon (001:11217). */
  'eas-policies',
  /** DeviceLock/password policies break autologon when the device restarts during the device ESP (001:2943). */
  'devicelock-policies',
  /** January 2023 updates (KB5022303, KB5022287, KB5022282): the kiosk stays at the sign-in screen (001:3167–3179). */
  'january-2023-update',
  /** Multiple or unexpected reboots during OOBE delete the autologon registry entries (001:3095–3124). */
  'multiple-reboots',
] as const;
export type KioskAutologonIssue = (typeof KIOSK_AUTOLOGON_ISSUES)[number];

/** Faults a trainer (or a scenario) can fire at the running device; each maps to a documented effect. */
/** Pre-provisioning caveats a trainer can arm (provisioning-modes.md §6 rows 17, 19–22; see electron/core/preprovision/). */
export const PREPROVISION_CAVEATS = [
  /** Row 20: the user flow starts within 90 minutes of Reseal; Account setup waits for tokens to refresh. */
  'user-flow-within-90-minutes',
  /** Row 21: the user flow starts more than six months after Reseal; Win32 app detection fails. */
  'user-flow-after-6-months',
  /** Row 22: Entra ID compliance is reset when the user flow starts (compliant → noncompliant). */
  'compliance-reset',
  /** Row 19: `wlidsvc` was disabled in the technician flow; no Entra sign-in option in the user flow. */
  'wlidsvc-disabled',
  /** Row 17: after an ESP failure, "Reset" makes TPM attestation fail on the retry (001:3285–3289). */
  'attestation-fails-after-reset',
] as const;
export type PreprovisionCaveat = (typeof PREPROVISION_CAVEATS)[number];

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
]);
export type Fault = z.infer<typeof faultSchema>;
