import { beforeAll, describe, it } from 'vitest';
import type { Device } from '../../../electron/core/device';
import { runScenario } from '../../../electron/core/scenario/runner';
import type { ShellSession } from '../../../shared/shell';
import { OOBE_SESSION } from '../../../shared/shell';
import { loadBuiltin } from '../../scenarios/builtin-library';

/** Get-ScheduledTask over the tasks the flows create: MDM enrollment's and co-management's DeviceEnroller task. */
let device: Device;
let ps: ShellSession;
let guid: string;
beforeAll(async () => {
  device = runScenario(await loadBuiltin('comanagement-auto-enroll')).device;
  ps = device.execute('shell.run', { line: 'powershell', session: OOBE_SESSION }).session;
  guid = device.state.account.enrollmentId ?? '';
});
const run = (line: string) => device.execute('shell.run', { line, session: ps });
const rows = (text: string) => text.split('\r\n');

describe('Get-ScheduledTask', () => {
  it('lists the EnterpriseMgmt tasks in the 5.1 table, folder before subfolder, long cells cut with ...', ({
    expect,
  }) => {
    expect(guid).toMatch(/^[0-9A-F-]{36}$/);
    const out = run('Get-ScheduledTask');
    expect(out.exitCode).toBe(0);
    expect(rows(out.stdout)).toEqual([
      '',
      'TaskPath                                       TaskName                          State',
      '--------                                       --------                          -----',
      '\\Microsoft\\Windows\\EnterpriseMgmt\\             Schedule created by enrollment... Ready',
      `\\Microsoft\\Windows\\EnterpriseMgmt\\${guid.slice(0, 9)}... PushLaunch                        Ready`,
      `\\Microsoft\\Windows\\EnterpriseMgmt\\${guid.slice(0, 9)}... PushRenewal                       Ready`,
      `\\Microsoft\\Windows\\EnterpriseMgmt\\${guid.slice(0, 9)}... Schedule #1 created by enrollm... Ready`,
      `\\Microsoft\\Windows\\EnterpriseMgmt\\${guid.slice(0, 9)}... Schedule #2 created by enrollm... Ready`,
      `\\Microsoft\\Windows\\EnterpriseMgmt\\${guid.slice(0, 9)}... Schedule #3 created by enrollm... Ready`,
      '',
      '',
      '',
    ]);
  });

  it('filters by -TaskPath (exact folder or wildcard) and -TaskName', ({ expect }) => {
    const top = rows(run('Get-ScheduledTask -TaskPath \\Microsoft\\Windows\\EnterpriseMgmt\\').stdout);
    expect(top).toHaveLength(7);
    const sub = rows(run(`Get-ScheduledTask -TaskPath "\\Microsoft\\Windows\\EnterpriseMgmt\\${guid}\\"`).stdout);
    expect(sub).toHaveLength(11);
    expect(rows(run('Get-ScheduledTask -TaskPath \\Microsoft\\Windows\\EnterpriseMgmt\\*').stdout)).toHaveLength(12);
    const named = run('Get-ScheduledTask -TaskName "Schedule #*"');
    expect(rows(named.stdout)).toHaveLength(9);
    expect(rows(run('Get-ScheduledTask PushLaunch').stdout)[3]).toContain('PushLaunch');
  });

  it('shows the action path of the auto-enroll task with Format-List', ({ expect }) => {
    const out = run('Get-ScheduledTask -TaskName "Schedule created by*" | Format-List');
    expect(rows(out.stdout)).toContain(
      'URI                : \\Microsoft\\Windows\\EnterpriseMgmt\\Schedule created by enrollment client for automatically enrolling in MDM from AAD',
    );
  });

  it('words a filter that finds nothing as the CIM cmdlets do', ({ expect }) => {
    const out = run('Get-ScheduledTask -TaskName Nope');
    expect(out.exitCode).toBe(1);
    expect(rows(out.stderr).slice(0, 2)).toEqual([
      "Get-ScheduledTask : No MSFT_ScheduledTask objects found with property 'TaskName' equal to 'Nope'.  Verify the value of the property and retry.",
      'At line:1 char:1',
    ]);
    expect(rows(out.stderr)).toContain(
      '    + FullyQualifiedErrorId : CmdletizationQuery_NotFound_TaskName,Get-ScheduledTask',
    );
  });
});
