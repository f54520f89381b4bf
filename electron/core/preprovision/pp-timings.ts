/**
 * Virtual durations of pre-provisioning. The spec gives none of these; each is a choice recorded
 * in docs/FIDELITY.md, "Pre-provisioning" (the 7-minute attestation wait is in esp/esp-attestation.ts).
 */
export const PP_TIMINGS = {
  /** The configuration page downloads the profile details (first open, and each "Refresh"). Choice. */
  profileDetailsMs: 4_000,
  /** The menu's row 1 looks for provisioning packages on removable media. Choice. */
  packageSearchMs: 0,
} as const;
