import type { DeviceState } from '../state';

/**
 * The Task Scheduler tasks the provisioning flows create, as `Get-ScheduledTask` lists them.
 *
 * Derived from state the flows already keep (the MDM enrollment's GUID, the co-management
 * auto-enrollment phase) rather than stored: a saved device from before this list existed shows
 * the same tasks, and the timeline and saved-device value are unchanged. The hundreds of tasks a
 * stock Windows image carries are left out on purpose; only the ones a trainee looks for are here.
 */
export interface ScheduledTask {
  /** Folder, with the leading and trailing backslash: `\Microsoft\Windows\EnterpriseMgmt\`. */
  taskPath: string;
  taskName: string;
  state: 'Ready' | 'Running' | 'Disabled';
  /** The action's program and arguments (Format-List * / Actions). */
  execute: string;
  arguments: string;
  author: string;
  description: string;
}

export const ENTERPRISE_MGMT = '\\Microsoft\\Windows\\EnterpriseMgmt\\';

/** external-diagnostics.md §5.5: the on-device name is the "…from AAD" form (§8 item 7). */
export const AUTO_ENROLL_TASK = 'Schedule created by enrollment client for automatically enrolling in MDM from AAD';

const DEVICE_ENROLLER = '%windir%\\system32\\deviceenroller.exe';

/**
 * Per-enrollment tasks, named as external-diagnostics.md §5.5 reports them [UNVERIFIED]. Their
 * arguments are the sync form `/o <GUID> /c /b` of the same section; the push tasks' are [UNVERIFIED].
 */
function enrollmentTasks(guid: string): ScheduledTask[] {
  const taskPath = `${ENTERPRISE_MGMT}${guid}\\`;
  const task = (taskName: string, args: string): ScheduledTask => ({
    taskPath,
    taskName,
    state: 'Ready',
    execute: DEVICE_ENROLLER,
    arguments: args,
    author: 'Microsoft',
    description: '',
  });
  return [
    task('PushLaunch', `/o ${guid} /c /b`),
    task('PushRenewal', `/o ${guid} /c /r`),
    task('Schedule #1 created by enrollment client', `/o ${guid} /c /b`),
    task('Schedule #2 created by enrollment client', `/o ${guid} /c /b`),
    task('Schedule #3 created by enrollment client', `/o ${guid} /c /b`),
  ];
}

/** The co-management auto-enroll task (seed 002:67-72; external-diagnostics.md §5.5 for name, action, arguments). */
function autoEnrollTask(state: DeviceState): ScheduledTask | null {
  const phase = state.comgmt?.autoEnroll?.phase;
  if (phase !== 'queued' && phase !== 'enrolled' && phase !== 'failed') return null;
  return {
    taskPath: ENTERPRISE_MGMT,
    taskName: AUTO_ENROLL_TASK,
    state: 'Ready',
    execute: DEVICE_ENROLLER,
    arguments: '/c /AutoEnrollMDM',
    author: 'Microsoft',
    description: '',
  };
}

/** Every task on the device, in Task Scheduler's order (folder, then name). */
export function scheduledTasks(state: DeviceState): ScheduledTask[] {
  const tasks: ScheduledTask[] = [];
  const auto = autoEnrollTask(state);
  if (auto) tasks.push(auto);
  const guid = state.account.enrollmentId;
  if (guid) tasks.push(...enrollmentTasks(guid));
  return tasks.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
}

/** Folder before name, case-insensitively, as Get-ScheduledTask walks the tree. */
function order(task: ScheduledTask): string {
  return `${task.taskPath}\u0000${task.taskName}`.toLowerCase();
}
