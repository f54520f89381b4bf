/**
 * The screen-id vocabulary: every screen the device can show carries one of these ids in its
 * `data-screen` attribute, in `screen:entered` events, in CLI timelines and in recordings.
 * Public contract: ids are only ever added, never renamed.
 */
export const SCREEN_IDS = [
  'powered-off',
  'boot',
  'region',
  'keyboard',
  'second-keyboard',
  'network',
  'autopilot-profile',
  'updates',
  'branding-signin',
  'consumer-oobe',
  'password',
  'mfa',
  'something-went-wrong',
  'esp',
  'esp-error',
  'autopilot-diagnostics',
  'privacy',
  'signon',
  'stay-signed-in',
  'all-set',
  'desktop',
  // Pre-provisioning, self-deploying, existing devices, Autopilot Reset.
  'preprovision-menu',
  'preprovision-config',
  'preprovision-success',
  'preprovision-failure',
  'kiosk',
  'task-sequence',
  /** Licence terms (oobe-ui.md §10): shown when no Autopilot profile hides them. */
  'license-agreement',
  'lock-screen',
  'autopilot-reset',
  'reset-error',
  // Windows Autopilot device preparation.
  'device-prep-progress',
  'device-prep-complete',
  'device-prep-failure',
  // Offline OOBE paths: WIN ×5 row 1, and the local account of a pre-provisioned device without wlidsvc.
  'provisioning-package',
  'local-account',
  // Co-management: the Configuration Manager control panel applet, a window on the desktop.
  'configmgr-applet',
  // Settings > Accounts > Access work or school, a page of the Settings window on the desktop (issue 11).
  'access-work-school',
  // Windows Hello for Business and the PIN at the first sign-in (oobe-ui.md §22).
  'windows-hello',
] as const;

export type ScreenId = (typeof SCREEN_IDS)[number];

export function isScreenId(value: string): value is ScreenId {
  return (SCREEN_IDS as readonly string[]).includes(value);
}
