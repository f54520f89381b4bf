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
