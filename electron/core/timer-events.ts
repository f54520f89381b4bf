/**
 * Everything the device schedules on its virtual clock. Each carries the boot it belongs to, so a
 * timer left over from before a restart is ignored rather than hunted down.
 */
export type TimerEvent =
  | { type: 'boot-complete'; boot: number }
  | { type: 'link-up'; boot: number; medium: 'ethernet' | 'wifi'; ssid?: string }
  | { type: 'profile-attempt-done'; boot: number; attempt: number }
  | { type: 'profile-page-timeout'; boot: number }
  | { type: 'profile-page-error-done'; boot: number }
  | { type: 'profile-page-leave'; boot: number }
  | { type: 'updates-step'; boot: number; step: UpdatesStep }
  /** A scenario fault due at a virtual time: it fires whatever the power state, across restarts. */
  | { type: 'scenario-fault'; boot: number; faultId: string };

export type UpdatesStep =
  | 'scan-done'
  | 'downloading-done'
  | 'loop-next'
  | 'download-complete'
  | 'finished-done'
  | 'final-done'
  | 'reboot';
