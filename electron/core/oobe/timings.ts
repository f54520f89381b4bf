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
  /** Entra join + MDM enrollment after the last sign-in page. Choice. */
  joinMs: 8_000,
  /** "Identifying" at the start of Device setup and Account setup. Choice. */
  espIdentifyMs: 5_000,
  /** Installing the Intune management extension ("Preparing your device for mobile management"). Choice. */
  imeInstallMs: 45_000,
  /** The dummy EntDMID policy that "Security policies" always shows as 1 of 1 (external-facts.md §1.3). Choice. */
  espPolicyMs: 3_000,
  /** The ESP leaves 5 s after its last category completes (oobe-ui.md §12.5). */
  espLeaveMs: 5_000,
  /** A blocked ESP step (clock far off, VM too small, no domain controller) checks again this often. Choice. */
  espPollMs: 60_000,
  /** Hybrid: waiting for the offline domain join blob from the Intune Connector. Choice. */
  odjBlobMs: 60_000,
  /** Clock drift beyond which certificates and tokens fail (device-model.md §5: "several minutes or more"). Choice. */
  clockSkewLimitMs: 5 * 60_000,
} as const;
