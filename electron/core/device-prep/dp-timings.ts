/**
 * Virtual durations of device preparation. Cited values come from oobe-ui.md §18/§24; the others are
 * choices (docs/FIDELITY.md, "Device preparation") where Windows documents no figure.
 */
export const DP_TIMINGS = {
  /** Entra join + Intune enrollment + enrollment time grouping. Choice (same as the user-driven join). */
  joinMs: 8_000,
  /** Installing the Intune management extension. Choice (same as the ESP's). */
  managementExtensionMs: 45_000,
  /** Removing the user from local Administrators (Standard User policy). Choice. */
  removeAdminMs: 2_000,
  /** The sync that finds the selected apps and scripts. Choice. */
  syncMs: 30_000,
  /** 100 % holds this long before the success page; the reboot message shows this long (oobe-ui.md §18). */
  holdMs: 3_000,
  /** "Export logs": the link stays grey while the export runs (at most 3 min, oobe-ui.md §18). Choice within it. */
  exportMs: 20_000,
  /** The sync after the desktop that delivers what the policy did not select. Choice. */
  secondSyncMs: 60_000,
} as const;
