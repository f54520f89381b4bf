/** Views of the Windows Autopilot Reset screens: the lock screen, the reset sign-in and progress, the reset errors. */

/** The Windows lock screen of a signed-in device (Windows+L from the desktop). */
export interface LockScreenView {
  id: 'lock-screen';
  /** The device's own clock (ISO 8601, UTC), drawn as the lock screen's time and date. */
  deviceTime: string;
  /** The device's time zone (Windows id; the renderer falls back to UTC when it can't map it). */
  timeZone: string;
  /** The signed-in user's name, shown when the screen is dismissed. */
  userDisplayName: string;
}

export const RESET_STEP_IDS = ['prepare', 'rebuild', 'migrate', 'clean', 'provision'] as const;
export type ResetStepId = (typeof RESET_STEP_IDS)[number];

export interface ResetStepView {
  id: ResetStepId;
  label: string;
  state: 'waiting' | 'working' | 'done';
}

/** A provisioning package found on a USB drive when the reset starts. */
export interface ProvisioningPackageView {
  drive: string;
  label: string;
  file: string;
}

/** The custom sign-in screen of a local Autopilot Reset (stage "sign-in"), then the reset's progress. */
export interface AutopilotResetView {
  id: 'autopilot-reset';
  stage: 'sign-in' | 'progress';
  /** Started on the device (Ctrl+Win+R) or from Intune. */
  kind: 'local' | 'remote';
  username: string;
  error: string | null;
  provisioningPackage: ProvisioningPackageView | null;
  steps: ResetStepView[];
  /** Whole-reset percentage, 0–100 (the simulator's own measure). */
  percent: number;
}

export type ResetErrorReason = 'winre-disabled' | 'recovery-not-found' | 'hybrid-not-supported';

/** A reset that could not run: the documented message, and what the person can do next. */
export interface ResetErrorView {
  id: 'reset-error';
  reason: ResetErrorReason;
  message: string;
  /** The error code written to the logs, when there is one. */
  code: string | null;
  /** "Could not find the recovery environment": administrator credentials continue the reset (001:3234). */
  asksCredentials: boolean;
  username: string;
  error: string | null;
}
