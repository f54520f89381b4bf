/**
 * Durations of the Autopilot Reset on the virtual clock. The seeds give none (provisioning-modes.md
 * §4.3: "Once provisioning is complete"); these are the simulator's choices, in docs/FIDELITY.md.
 */
export const RESET_TIMINGS = {
  /** The WinRE check before anything is touched: a failure is "immediate" (001:11357). */
  prepareMs: 8_000,
  /** A new OS of the same version rebuilt from the WinSxS store (001:10151). */
  rebuildMs: 9 * 60_000,
  /** Kept items migrated from the old OS to the new one (001:10152). */
  migrateMs: 3 * 60_000,
  /** User profiles deleted, non-Microsoft apps uninstalled (001:10153–10154). */
  cleanMs: 2 * 60_000,
  /** Provisioning packages reapplied (001:11251). */
  provisionMs: 60_000,
  /**
   * Intune's check-in cycle for an enrolled Windows device: about every 8 hours once the first
   * hours after enrollment are over (Intune's "policy refresh intervals", outside the seeds).
   */
  checkInIntervalMs: 8 * 3_600_000,
  /** "The Windows Autopilot Reset should start shortly thereafter" (001:10312): after the check-in. */
  remoteStartAfterSyncMs: 30_000,
  /** The Intune management extension looks for the user's desktop this often after a reset. */
  desktopPollMs: 30_000,
  /** …for at most this many polls (6 hours), so a device left elsewhere falls idle. */
  desktopPolls: 720,
} as const;
