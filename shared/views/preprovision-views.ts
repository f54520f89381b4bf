/**
 * The four pre-provisioning screens (provisioning-modes.md §1.4 T2–T6, oobe-ui.md §13, §15, §17).
 * Strings come from shared/strings-preprovision.ts: the renderer picks the Windows 10 or 11 label
 * by `DeviceSnapshot.windowsVersion`; the views carry only what changes with the device's state.
 *
 * Controls the core accepts:
 * - preprovision-menu: `device.select` list "preprovision-option", items = PREPROVISION_MENU_ROWS
 *   (only visible rows); `device.click` "next" (the accept button: Windows 11 "Next", Windows 10
 *   "Continue"; refused while `acceptEnabled` is false) and "cancel".
 * - preprovision-config: `device.click` "refresh" (refused while `refreshing`), "provision" (Windows 10
 *   "Provision", Windows 11 "Next"; refused while `nextEnabled` is false; "next" is accepted as a
 *   synonym) and "cancel" (back to OOBE's page order: the first page still to answer).
 * - preprovision-success: `device.click` "reseal".
 * - preprovision-failure: `device.click` "retry", "reset", and "view-diagnostics" (only when
 *   `logs` is 'view-diagnostics'); Windows 11's log path is the key chord Ctrl+Shift+D (`logs` =
 *   'ctrl-shift-d'), which opens the existing autopilot-diagnostics screen with "Export logs".
 */

/** Rows of "What would you like to do?" in Windows's order (oobe-ui.md §13 rows 1, 2, 4). */
export const PREPROVISION_MENU_ROWS = ['provisioning-package', 'pre-provision', 'reset-device'] as const;
export type PreprovisionMenuRowId = (typeof PREPROVISION_MENU_ROWS)[number];

export interface PreprovisionMenuRowView {
  id: PreprovisionMenuRowId;
  /** Row 2 is hidden once the device has been resealed (oobe-ui.md §13). Hidden rows are not drawn. */
  visible: boolean;
  selected: boolean;
}

/** T2: "What would you like to do?" */
export interface PreprovisionMenuView {
  id: 'preprovision-menu';
  rows: PreprovisionMenuRowView[];
  /** The selected row; Windows 11 opens with none, Windows 10 with the first row. */
  selected: PreprovisionMenuRowId | null;
  acceptEnabled: boolean;
  /**
   * A short outcome line under the list, or null: "We couldn’t find any provisioning packages"
   * after row 1 when no removable drive carries a package (oobe-ui.md §14).
   */
  notice: string | null;
}

/** What the configuration page and both result pages show about the device (T3, T6). */
export interface PreprovisionDetailsView {
  /** The tenant's name/domain as the profile download returned it. */
  organizationName: string;
  /** The deployment profile's name; null when no profile is known (then "Next" is disabled). */
  profileName: string | null;
  /** UPN of the user assigned to the device, or null (Windows shows the line only when there is one). */
  assignedUser: string | null;
  /** The text the QR code encodes (see shared/preprovision-qr.ts); the renderer draws it with `qrcode`. */
  qrPayload: string;
}

/** T3: the configuration ("landing") page. */
export interface PreprovisionConfigView extends PreprovisionDetailsView {
  id: 'preprovision-config';
  /** "Refresh" is re-downloading the profile: it is disabled and so is "Provision"/"Next". */
  refreshing: boolean;
  nextEnabled: boolean;
}

/** Shared by both result pages. */
interface PreprovisionResultView extends PreprovisionDetailsView {
  /** Virtual milliseconds from "Provision"/"Next" to the result (format: PREPROVISION_STRINGS.elapsed). */
  elapsedMs: number;
  /** Whether the QR code is drawn (Windows 10 only per the tutorial; docs/FIDELITY.md "Pre-provisioning"). */
  showQr: boolean;
}

/** T6a: green success page with "Reseal". */
export interface PreprovisionSuccessView extends PreprovisionResultView {
  id: 'preprovision-success';
  /** ESP disabled: "Reseal" came before apps and policies were tracked; success proves only enrollment (003:60). */
  enrollmentOnly: boolean;
}

/** T6b: red failure page with "Retry" and "Reset". */
export interface PreprovisionFailureView extends PreprovisionResultView {
  id: 'preprovision-failure';
  /** The error line, one of PREPROVISION_STRINGS.errors with its code filled in. */
  errorText: string;
  /** The HRESULT as "0x" + 8 lowercase hex digits, or null when the failure has none. */
  errorCode: string | null;
  /**
   * How logs are reached: Windows 10 a "View diagnostics" link (control "view-diagnostics"); Windows 11
   * Ctrl+Shift+D then "Export Logs"; null when the ESP profile's log collection is off.
   */
  logs: 'view-diagnostics' | 'ctrl-shift-d' | null;
  /** Where the last log export went (trainer information), or null when none ran. */
  exportedTo: string | null;
  /** "Reset" was selected: both buttons are disabled for a moment, then the Windows reset starts (boot screen). */
  resetting: boolean;
}
