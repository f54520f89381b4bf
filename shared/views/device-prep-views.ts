/**
 * The three screens of Windows Autopilot device preparation (device-preparation.md §1.2 S6–S7b,
 * oobe-ui.md §18). Strings come from shared/strings-device-prep.ts; the core fills them in so the
 * renderer only draws.
 *
 * Controls the core accepts (`device.click` with `{ control }`):
 * - device-prep-progress: none (the page has no buttons; a restart is a power action).
 * - device-prep-complete: "next" (the primary button; automatic sign-in, then the desktop).
 * - device-prep-failure: "retry" (always), "continue-anyway" (only when `buttons.continueAnyway`),
 *   "export-logs" (only when `exportLogs` is not null and not busy).
 */

/** S6: "Setting up for work or school" with the round progress indicator and a percentage. */
export interface DevicePrepProgressView {
  id: 'device-prep-progress';
  title: string;
  /** Grey sub-header; while the connection is lost it is the connectivity error (drawn in red). */
  subheader: string;
  connectivityError: boolean;
  /** 1–100; frozen while `connectivityError`. */
  percent: number;
  /** The bold line under the ring: "{0}% complete", or the reboot message while a restart is pending. */
  percentText: string;
  /** A restart is about to happen: `percentText` is the reboot message (3 s), then the device restarts. */
  rebootRequired: boolean;
  /** The smaller line under the percentage: agent installing first, then provisioning. */
  statusText: string;
  status: 'agent-installing' | 'provisioning';
  /** Which model computes `percent` (trainer information; Windows shows no such thing). */
  percentageModel: 'elapsed-time' | 'step-weighted';
}

/** S7a: "Required setup complete". Control: "next". */
export interface DevicePrepCompleteView {
  id: 'device-prep-complete';
  title: string;
  subheader: string;
  nextLabel: string;
}

/** S7b: the deployment-failure page. */
export interface DevicePrepFailureView {
  id: 'device-prep-failure';
  title: string;
  /** The policy's "Custom error message", or the default text when it is empty (drawn in red). */
  message: string;
  messageIsCustom: boolean;
  /** "0x800705B4" when the time budget ran out; the failed item's code otherwise (null if it has none). */
  errorCode: string | null;
  /** The error-code line as drawn, or null. */
  errorCodeText: string | null;
  /** "Retry" always; "Continue anyway" only with "Allow users to skip setup after multiple attempts" = Yes. */
  buttons: { retry: true; continueAnyway: boolean };
  labels: { retry: string; continueAnyway: string };
  /** One explanatory paragraph per visible button. */
  descriptions: string[];
  /**
   * The "Export logs" link: only with "Show link to diagnostics" = Yes (null otherwise). While an
   * export runs the link is grey and disabled; afterwards Windows says nothing either way (known issue K1).
   */
  exportLogs: { label: string; busy: boolean } | null;
  /**
   * Trainer information, not on Windows's screen: where the last export went (the first USB drive),
   * or null when it wrote nothing because no USB drive was attached.
   */
  lastExport: { writtenTo: string | null } | null;
}
