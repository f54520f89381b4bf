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
  /** Entra ID answered the sign-in: join and MDM enrollment run (or fail). */
  | { type: 'join-done'; boot: number }
  /** An ESP category finished "Identifying" its tracked items. */
  | { type: 'esp-identified'; boot: number; category: string }
  /** The running ESP work item finished. */
  | { type: 'esp-work-done'; boot: number; category: string; item: string; index: number }
  /** A blocked ESP step checks again whether what blocks it is gone. */
  | { type: 'esp-poll'; boot: number }
  /** The ESP page timer of one page session ran out. */
  | { type: 'esp-timeout'; boot: number; session: number }
  /** A finished ESP part leaves the screen (5 s after its last category). */
  | { type: 'esp-leave'; boot: number; phase: 'device' | 'user' }
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
