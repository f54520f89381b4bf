/**
 * Where the auto-enrollment of an existing co-managed client stands (seed 002), kept in
 * `state.comgmt.autoEnroll` as plain JSON so a restart or a saved device resumes it.
 */
export interface AutoEnrollState {
  /** Who is logged on at the desktop: a UPN, DOMAIN\name or .\Administrator. */
  loggedOnUser: string;
  /**
   * `waiting`: co-management not enabled yet; `not-targeted`: Pilot and the device is not in the
   * "Intune Auto Enrollment" collection; `queued`: the policy landed and the DeviceEnroller task runs;
   * `enrolled`; `failed`: the device credential failed too (nothing left to try until a new logon).
   */
  phase: 'waiting' | 'not-targeted' | 'queued' | 'enrolled' | 'failed';
  /** Failed tries with the logged-on user's credential since the policy landed or the last logon (3, then the device's). */
  userTries: number;
  /** Runs of the task so far: each run's Task Scheduler instance id is derived from its number. */
  taskRuns: number;
  /** The configuration policy's ID as CoManagementHandler.log and the console show it (002:59-63). */
  policyId: string;
  /** After enrollment: with the user's credential (user affinity) or the device's (userless). */
  enrolledWith: 'user' | 'device' | null;
  /** The UPN the enrollment carries (null when userless). */
  enrolledUpn: string | null;
  /** The user signed out (a trainer's `comgmt.logoff`): nobody is logged on until the next logon. */
  loggedOff?: boolean;
}

/** DeviceEnroller's tries with the user's credential before the device credential (002:111-114). */
export const USER_TRIES = 3;
/** The task's repetition interval (external-diagnostics.md §5.5: Interval PT5M). */
export const TASK_INTERVAL_MS = 5 * 60_000;
/** From the policy's arrival (or a logon) to the task's run. [INF] 002:121 says only "instantly". */
export const TASK_FIRST_RUN_MS = 30_000;
/** From a workload's change in the console to the policy on the device. [INF] */
export const WORKLOAD_POLICY_MS = 60_000;
