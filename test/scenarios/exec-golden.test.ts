import { join, resolve } from 'node:path';
import { describe, it } from 'vitest';
import { runScenario } from '../../electron/core/scenario/runner';
import { OOBE_SESSION } from '../../shared/shell';
import { goldenFileName, showExec } from '../support/exec-golden';
import { loadBuiltin } from './builtin-library';

/**
 * Golden outputs of the device's shell: every cmd program and PowerShell cmdlet run against one
 * built-in at a fixed point — esp-blocking-app-failure on the ESP's failure page — and compared
 * with test/golden/exec/<name>.txt (update with `npx vitest run test/scenarios/exec-golden.test.ts -u`).
 * Each command starts from OOBE's session, as `oobe-sim exec` does; the lines run in this order on
 * one device, so a command that writes (mdmdiagnosticstool) is seen by the ones after it.
 */
const GOLDEN_DIR = resolve(import.meta.dirname, '../golden/exec');
const SCENARIO = 'esp-blocking-app-failure';

const CMD = [
  'help',
  'hostname',
  'whoami',
  'set',
  'echo %COMPUTERNAME%',
  'dsregcmd /status',
  'ipconfig',
  'ipconfig /all',
  'ping login.microsoftonline.com',
  'nslookup ztd.dds.microsoft.com',
  'w32tm /query /status',
  'tpmtool getdeviceinformation',
  'wmic bios get serialnumber',
  'wmic baseboard get manufacturer, serialnumber',
  'systeminfo',
  'reagentc /info',
  'reg query HKLM\\SOFTWARE\\Microsoft\\Provisioning\\Diagnostics\\Autopilot',
  'reg query HKLM\\SOFTWARE\\Microsoft\\Enrollments /s',
  'reg query HKLM\\SOFTWARE\\Microsoft\\Windows\\Autopilot\\EnrollmentStatusTracking /s /f Win32App',
  'reg query HKLM\\SOFTWARE\\Nope',
  'dir C:\\Windows\\ServiceState\\wmansvc',
  'type C:\\Windows\\ServiceState\\wmansvc\\AutopilotDDSZTDFile.json',
  'mdmdiagnosticstool.exe -area Autopilot -cab C:\\temp\\diag.cab',
  'dir C:\\temp',
  'frobnicate',
];

const POWERSHELL = [
  'Get-Tpm',
  'Get-ItemPropertyValue HKLM:\\SOFTWARE\\Microsoft\\Provisioning\\Diagnostics\\Autopilot -Name CloudAssignedTenantDomain',
  'Get-ItemProperty HKLM:\\SOFTWARE\\Microsoft\\Provisioning\\Diagnostics\\Autopilot',
  'Get-ItemProperty HKLM:\\SOFTWARE\\Microsoft\\Provisioning\\Diagnostics\\Autopilot | Select-Object TenantMatched,DeploymentProfileName',
  'Get-ChildItem HKLM:\\SOFTWARE\\Microsoft\\Enrollments',
  'Get-ChildItem C:\\',
  'Get-Content C:\\Windows\\ServiceState\\wmansvc\\AutopilotDDSZTDFile.json',
  'Get-CimInstance Win32_BIOS',
  'Get-CimInstance Win32_ComputerSystem',
  'Get-CimInstance Win32_ComputerSystem | fl',
  'Get-CimInstance Win32_ComputerSystemProduct',
  'Get-WmiObject Win32_ComputerSystemProduct',
  'Get-CimInstance -Namespace root\\cimv2\\security\\microsofttpm -ClassName Win32_Tpm',
  'Get-CimInstance Win32_Tpm',
  'Get-NetAdapter',
  'Test-NetConnection login.microsoftonline.com',
  'Test-NetConnection -ComputerName ztd.dds.microsoft.com -Port 443',
  'Get-WinEvent -LogName Microsoft-Windows-ModernDeployment-Diagnostics-Provider/Autopilot -MaxEvents 5',
  'Get-WinEvent -LogName Nope',
  'Get-ItemProperty HKLM:\\SOFTWARE\\Nope',
  'Get-Nothing',
];

describe(`shell golden outputs on ${SCENARIO}`, async () => {
  const { device, result } = runScenario(await loadBuiltin(SCENARIO));
  const ps = device.execute('shell.run', { line: 'powershell', session: OOBE_SESSION }).session;

  it('ends on the ESP failure page (the fixed point)', ({ expect }) => {
    expect(result.finalScreen).toBe('esp-error');
  });

  for (const line of CMD)
    it(`cmd: ${line}`, async ({ expect }) => {
      const out = device.execute('shell.run', { line, session: OOBE_SESSION });
      await expect(showExec(line, out)).toMatchFileSnapshot(join(GOLDEN_DIR, goldenFileName('cmd', line)));
    });

  for (const line of POWERSHELL)
    it(`PowerShell: ${line}`, async ({ expect }) => {
      const out = device.execute('shell.run', { line, session: ps });
      await expect(showExec(line, out)).toMatchFileSnapshot(join(GOLDEN_DIR, goldenFileName('ps', line)));
    });
});
