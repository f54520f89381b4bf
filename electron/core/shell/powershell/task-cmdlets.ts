import { scheduledTasks, type ScheduledTask } from '../../os/scheduled-tasks';
import type { DeviceState } from '../../state';
import { fail, ok, type CommandOutput } from '../command-result';
import { psErrorRecord, tableView, type Row } from './ps-format';

/**
 * `Get-ScheduledTask [[-TaskName] name] [-TaskPath path]` over the tasks the flows created
 * (os/scheduled-tasks.ts). Both filters take PowerShell wildcards (`*`, `?`); a path without
 * wildcards must match the folder exactly, trailing backslash included, as on Windows.
 */

type Named = Record<string, string>;

/** A PowerShell -like pattern: case-insensitive, `*` and `?` only ([...] ranges are not needed here). */
function wildcard(pattern: string): RegExp {
  const body = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${body}$`, 'i');
}

/** Format-List's view of an MSFT_ScheduledTask (the CIM object's properties, nested objects by class name). */
function taskRows(t: ScheduledTask): Row[] {
  return [
    ['Actions', '{MSFT_TaskExecAction}'],
    ['Author', t.author],
    ['Date', ''],
    ['Description', t.description],
    ['Documentation', ''],
    ['Principal', 'MSFT_TaskPrincipal2'],
    ['SecurityDescriptor', ''],
    ['Settings', 'MSFT_TaskSettings3'],
    ['Source', ''],
    ['State', t.state],
    ['TaskName', t.taskName],
    ['TaskPath', t.taskPath],
    ['Triggers', '{MSFT_TaskTimeTrigger}'],
    ['URI', `${t.taskPath}${t.taskName}`],
    ['Version', ''],
    ['PSComputerName', ''],
  ];
}

/** The CIM cmdlets' "not found" record for the first filter that matched nothing. */
function notFound(line: string, property: 'TaskName' | 'TaskPath', value: string): CommandOutput {
  return fail(
    psErrorRecord(
      'Get-ScheduledTask',
      `No MSFT_ScheduledTask objects found with property '${property}' equal to '${value}'.  Verify the value of the property and retry.`,
      line,
      `ObjectNotFound: (${value}:String) [Get-ScheduledTask], CimJobException`,
      `CmdletizationQuery_NotFound_${property},Get-ScheduledTask`,
    ),
  );
}

export function getScheduledTask(state: DeviceState, line: string, named: Named, pos: string[]): CommandOutput {
  const name = named['taskname'] ?? pos[0];
  const path = named['taskpath'] ?? pos[1];
  let tasks = scheduledTasks(state);
  if (path !== undefined) {
    const re = wildcard(path);
    tasks = tasks.filter((t) => re.test(t.taskPath));
    if (tasks.length === 0) return notFound(line, 'TaskPath', path);
  }
  if (name !== undefined) {
    const re = wildcard(name);
    tasks = tasks.filter((t) => re.test(t.taskName));
    if (tasks.length === 0) return notFound(line, 'TaskName', name);
  }
  const text = tableView(
    [
      { header: 'TaskPath', width: 46 },
      { header: 'TaskName', width: 33 },
      { header: 'State', width: 5 },
    ],
    tasks.map((t) => [t.taskPath, t.taskName, t.state]),
  );
  const objects = tasks.map((t) => {
    const rows = taskRows(t);
    return { display: rows, all: rows };
  });
  return { ...ok(text), objects };
}
