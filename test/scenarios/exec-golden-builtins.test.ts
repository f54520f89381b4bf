import { join, resolve } from 'node:path';
import { describe, it } from 'vitest';
import { runScenario } from '../../electron/core/scenario/runner';
import { OOBE_SESSION } from '../../shared/shell';
import { goldenFileName, showExec } from '../support/exec-golden';
import { loadBuiltin } from './builtin-library';

/**
 * Golden shell outputs on more built-ins, each at its unattended end: the diagnostic commands a
 * trainee runs first (join state, network, enrollment keys, events, TPM, scheduled tasks, log
 * collection), so a flow that changes what a command reads shows as a diff. Files are
 * test/golden/exec/<scenario>/<shell>-<line>.txt (update with `npx vitest run <this file> -u`).
 */
const GOLDEN_DIR = resolve(import.meta.dirname, '../golden/exec');

const SCENARIOS = [
  'user-driven-entra',
  'user-driven-hybrid',
  'preprovision-entra',
  'self-deploying',
  'comanagement-autopilot',
  'device-prep-entra',
];

const CMD = [
  'dsregcmd /status',
  'ipconfig /all',
  'tpmtool getdeviceinformation',
  'reg query HKLM\\SOFTWARE\\Microsoft\\Provisioning\\Diagnostics\\Autopilot',
  'reg query HKLM\\SOFTWARE\\Microsoft\\Enrollments /s',
  'mdmdiagnosticstool.exe -area Autopilot -cab C:\\temp\\diag.cab',
];

const POWERSHELL = [
  'Get-WinEvent -LogName Microsoft-Windows-ModernDeployment-Diagnostics-Provider/Autopilot -MaxEvents 10',
  'Get-WinEvent -LogName Microsoft-Windows-DeviceManagement-Enterprise-Diagnostics-Provider/Admin -MaxEvents 10',
  'Get-ScheduledTask -TaskPath \\Microsoft\\Windows\\EnterpriseMgmt\\*',
];

describe.each(SCENARIOS)('shell golden outputs at the end of %s', async (id) => {
  const { device, result } = runScenario(await loadBuiltin(id));
  const ps = device.execute('shell.run', { line: 'powershell', session: OOBE_SESSION }).session;
  const dir = join(GOLDEN_DIR, id);

  it('ends where the scenario expects', async ({ expect }) => {
    await expect(`final screen: ${result.finalScreen}\n`).toMatchFileSnapshot(join(dir, 'final-screen.txt'));
  });

  for (const line of CMD)
    it(`cmd: ${line}`, async ({ expect }) => {
      const out = device.execute('shell.run', { line, session: OOBE_SESSION });
      await expect(showExec(line, out)).toMatchFileSnapshot(join(dir, goldenFileName('cmd', line)));
    });

  for (const line of POWERSHELL)
    it(`PowerShell: ${line}`, async ({ expect }) => {
      const out = device.execute('shell.run', { line, session: ps });
      await expect(showExec(line, out)).toMatchFileSnapshot(join(dir, goldenFileName('ps', line)));
    });
});
