import type { Fault } from '../../shared/faults';
import type { ResetTimer } from './reset/reset-state';
import type { PlanTimer } from './plan/plan-types';

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
  /** The ESP page timer of one page session ran out. */
  | { type: 'esp-timeout'; boot: number; session: number }
  /** A finished ESP part leaves the screen (5 s after its last category). */
  | { type: 'esp-leave'; boot: number; phase: 'device' | 'user' }
  /** Device preparation: the attempt's time budget ("Minutes allowed before showing installation error") ran out. */
  | { type: 'dp-timeout'; boot: number; attempt: number }
  /** Device preparation: the 3 s at 100 % (or the 3 s reboot message) are over. */
  | { type: 'dp-hold-done'; boot: number; attempt: number }
  /** Device preparation: "Export logs" finished writing (or gave up). */
  | { type: 'dp-export-done'; boot: number }
  /** Device preparation: the sync after the desktop delivers what the policy did not select. */
  | { type: 'dp-second-sync'; boot: number }
  /** Windows Autopilot Reset: a reset step, a check-in, the apps after the desktop (electron/core/reset/). */
  | ResetTimer
  /** Pre-provisioning: the configuration page's profile download (first open or "Refresh") answered. */
  | { type: 'pp-details-done'; boot: number }
  /** Pre-provisioning user flow: Intune evaluates compliance again after the reset (003:68). */
  | { type: 'pp-compliance-evaluated'; boot: number }
  /** Pre-provisioning: "Reset" on the failure page hands over to the Windows reset. */
  | { type: 'pp-reset'; boot: number }
  /** The plan runner (electron/core/plan/): a step done, a waiting step's poll, a retry, a plan's timeout. */
  | PlanTimer
  /** A scenario fault due at a virtual time: it fires whatever the power state, across restarts. */
  | { type: 'scenario-fault'; boot: number; faultId: string }
  /** A fault the trainer armed for this time (fault.arm): like a scenario's timed fault, whatever the power state. */
  | { type: 'armed-fault'; boot: number; fault: Fault }
  /** Co-management auto-enrollment (seed 002): the policy landing, a DeviceEnroller run, a workload's new policy. */
  | { type: 'auto-enroll'; boot: number; what: 'policy' | 'task' | 'device-credential' | 'workload-policy' };

export type UpdatesStep =
  'scan-done' | 'downloading-done' | 'loop-next' | 'download-complete' | 'finished-done' | 'final-done' | 'reboot';
