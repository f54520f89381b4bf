/** The Enrollment Status Page as the screen draws it (oobe-ui.md §12, esp.md). */

export const ESP_CATEGORY_IDS = ['device-preparation', 'device-setup', 'account-setup'] as const;
export type EspCategoryId = (typeof ESP_CATEGORY_IDS)[number];

/** A category's state: "Waiting", "Working on it...", "Complete", "Error", "Previous step failed". */
export type EspCategoryState = 'waiting' | 'working' | 'complete' | 'failed' | 'previous-failed';
export type EspItemState =
  'waiting' | 'identifying' | 'working' | 'complete' | 'not-required' | 'failed' | 'previous-failed';

export interface EspItemView {
  id: string;
  /** On-screen name, e.g. "Apps". */
  label: string;
  state: EspItemState;
  /** The text in parentheses after the name, e.g. "2 of 5 installed". */
  statusText: string;
}

export interface EspCategoryView {
  id: EspCategoryId;
  label: string;
  state: EspCategoryState;
  statusText: string;
  expanded: boolean;
  items: EspItemView[];
}

export interface EspView {
  id: 'esp';
  categories: EspCategoryView[];
  /** Windows 10 shows "Show details"/"Hide details" text buttons, Windows 11 a chevron. */
  detailsStyle: 'chevron' | 'text';
  /** A non-blocking ESP offers "Continue anyway" once Device preparation is done. */
  continueAnyway: boolean;
  /** Hybrid: Account setup is done and the page waits for "Sign out" (user-driven.md §3 row 16). */
  signOut: boolean;
}

export interface EspErrorView {
  id: 'esp-error';
  categories: EspCategoryView[];
  detailsStyle: 'chevron' | 'text';
  /** The admin's custom text, or Intune's default. */
  message: string;
  /** The code that failed the page, e.g. "0x800705b4". */
  code: string;
  buttons: { resetDevice: boolean; tryAgain: boolean; continueAnyway: boolean };
  /** Windows 11: "View diagnostics" link; Windows 10: "Collect logs"; none without log collection. */
  diagnostics: 'view-diagnostics' | 'collect-logs' | null;
  /** Where collected logs went, once the user collected them. */
  logsWrittenTo: string | null;
}
