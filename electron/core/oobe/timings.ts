/**
 * Virtual durations of OOBE. Values from the spec carry their citation; the rest are choices
 * (recorded in docs/FIDELITY.md) where Windows documents no figure.
 */
export const TIMINGS = {
  /** Firmware + Windows boot to the first OOBE page. Choice: undocumented. */
  bootMs: 20_000,
  /** DHCP lease after a cable is plugged in. Choice. */
  dhcpMs: 2_000,
  /** Wi-Fi association + DHCP after the key is accepted. Choice. */
  wifiConnectMs: 3_000,
  /** One profile request round trip = base + 4 × network latency. Choice. */
  profileRequestBaseMs: 1_500,
  /** Pause between profile download retries while the service can't be reached. Choice. */
  profileRetryMs: 15_000,
  /** Profile retrieval page: wait for the profile, then error text, then back to network (oobe-ui.md §7). */
  profilePageTimeoutMs: 180_000,
  profilePageErrorHoldMs: 5_000,
  profilePageLeavePauseMs: 1_000,
  /** Checking for updates: scan length is a choice; the text steps are oobe-ui.md §8. */
  updatesScanMs: 8_000,
  updatesTextStepMs: 5_000,
  updatesLoopMs: 15_000,
} as const;
