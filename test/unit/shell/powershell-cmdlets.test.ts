import { beforeAll, describe, it } from 'vitest';
import type { Device } from '../../../electron/core/device';
import { createDevice } from '../../../electron/core/device';
import { writeFile } from '../../../electron/core/os/file-system';
import { runScenario } from '../../../electron/core/scenario/runner';
import type { ShellSession } from '../../../shared/shell';
import { loadBuiltin } from '../../scenarios/builtin-library';

/** The item cmdlets in the OOBE console's PowerShell, read from the device a built-in leaves behind. */
let device: Device;
let ps: ShellSession;
beforeAll(async () => {
  device = runScenario(await loadBuiltin('esp-blocking-app-failure')).device;
  ps = device.execute('shell.run', { line: 'powershell' }).session;
});
const run = (line: string) => device.execute('shell.run', { line, session: ps });
const rows = (text: string) => text.split('\r\n');

describe('Get-ItemProperty', () => {
  it('lists the values, then the PS* lines the registry provider adds, as Format-List does', ({ expect }) => {
    const out = run('Get-ItemProperty HKLM:\\SOFTWARE\\Microsoft\\Provisioning\\Diagnostics\\Autopilot');
    expect(out.exitCode).toBe(0);
    const r = rows(out.stdout);
    expect(r[0]).toBe('');
    expect(r).toContain('CloudAssignedTenantDomain     : tailspintoys.onmicrosoft.com');
    expect(r).toContain('IsAutopilotDisabled           : 0');
    expect(r.slice(-8)).toEqual([
      'PSPath                        : Microsoft.PowerShell.Core\\Registry::HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Provisioning\\Diagnostics\\Autopilot',
      'PSParentPath                  : Microsoft.PowerShell.Core\\Registry::HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Provisioning\\Diagnostics',
      'PSChildName                   : Autopilot',
      'PSDrive                       : HKLM',
      'PSProvider                    : Microsoft.PowerShell.Core\\Registry',
      '',
      '',
      '',
    ]);
  });

  it('keeps one property with -Name, and Select-Object makes it a table', ({ expect }) => {
    const named = run(
      'Get-ItemProperty -Path HKLM:\\SOFTWARE\\Microsoft\\Provisioning\\Diagnostics\\Autopilot -Name TenantMatched',
    );
    expect(rows(named.stdout)[1]).toBe('TenantMatched : 1');
    const picked = run(
      'Get-ItemProperty HKLM:\\SOFTWARE\\Microsoft\\Provisioning\\Diagnostics\\Autopilot | Select-Object CloudAssignedTenantDomain',
    );
    expect(picked.stdout).toBe(
      '\r\nCloudAssignedTenantDomain\r\n-------------------------\r\ntailspintoys.onmicrosoft.com\r\n\r\n\r\n',
    );
  });

  it('words a missing key as PowerShell does', ({ expect }) => {
    const out = run('Get-ItemProperty HKLM:\\SOFTWARE\\Nope');
    expect(out.exitCode).toBe(1);
    expect(rows(out.stderr)).toEqual([
      "Get-ItemProperty : Cannot find path 'HKLM:\\SOFTWARE\\Nope' because it does not exist.",
      'At line:1 char:1',
      '+ Get-ItemProperty HKLM:\\SOFTWARE\\Nope',
      `+ ${'~'.repeat(36)}`,
      '    + CategoryInfo          : ObjectNotFound: (HKLM:\\SOFTWARE\\Nope:String) [Get-ItemProperty], ItemNotFoundException',
      '    + FullyQualifiedErrorId : PathNotFound,Microsoft.PowerShell.Commands.GetItemPropertyCommand',
      '',
      '',
    ]);
  });
});

describe('Get-ChildItem', () => {
  it('shows subkeys under a Hive: heading, Name 30 wide (cut with ...) and each value on its own line', ({
    expect,
  }) => {
    const r = rows(run('Get-ChildItem HKLM:\\SOFTWARE\\Microsoft\\Enrollments').stdout);
    expect(r.slice(0, 7)).toEqual([
      '',
      '',
      '    Hive: HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Enrollments',
      '',
      '',
      `Name${' '.repeat(27)}Property`,
      `----${' '.repeat(27)}--------`,
    ]);
    expect(r[7]).toMatch(/^[0-9A-F-]{27}\.\.\. ProviderID +: MS DM Server$/);
    expect(r[8]).toMatch(/^ {31}UPN +: lidia@tailspintoys\.com$/);
  });

  it('lists a folder with Mode, LastWriteTime, Length and Name (gci, ls, dir are the same)', ({ expect }) => {
    const out = run('Get-ChildItem C:\\');
    const r = rows(out.stdout);
    expect(r[2]).toBe('    Directory: C:\\');
    expect(r[5]).toBe('Mode                LastWriteTime         Length Name');
    expect(r[6]).toBe('----                -------------         ------ ----');
    expect(r).toContain('d-----         11/2/2026  9:00 AM                Windows');
    for (const alias of ['gci C:\\', 'ls C:\\', 'dir C:\\']) expect(run(alias).stdout).toBe(out.stdout);
  });

  it('words a missing folder and a missing key as PowerShell does', ({ expect }) => {
    expect(run('Get-ChildItem C:\\Nope').stderr).toContain(
      "Get-ChildItem : Cannot find path 'C:\\Nope' because it does not exist.",
    );
    expect(run('Get-ChildItem HKCU:\\Software\\Nope').stderr).toContain(
      'PathNotFound,Microsoft.PowerShell.Commands.GetChildItemCommand',
    );
  });
});

describe('Get-Content', () => {
  it('prints a file, and -Tail / -TotalCount keep its last / first lines', ({ expect }) => {
    const d = createDevice({});
    const session = d.execute('shell.run', { line: 'powershell' }).session;
    writeFile(d.state.fs, 'C:\\t.txt', 'one\r\n', 0);
    const whole = d.execute('shell.run', { line: 'Get-Content C:\\t.txt', session });
    expect(whole.stdout).toBe('one\r\n');
    const json = 'C:\\Windows\\ServiceState\\wmansvc\\AutopilotDDSZTDFile.json';
    const content = run(`Get-Content ${json}`);
    if (content.exitCode === 0) {
      const all = rows(content.stdout);
      expect(run(`Get-Content ${json} -TotalCount 1`).stdout).toBe(`${all[0]}\r\n`);
      expect(run(`Get-Content ${json} -Tail 1`).stdout).toBe(`${all.at(-2)}\r\n`);
    }
    expect(run('Get-Content C:\\nope.log').stderr).toContain(
      "Get-Content : Cannot find path 'C:\\nope.log' because it does not exist.",
    );
  });
});

describe('Get-CimInstance / Get-WmiObject', () => {
  it('Win32_BIOS: the list view with the serial the hardware hash uses', ({ expect }) => {
    const serial = device.state.identity.serialNumber;
    const r = rows(run('Get-CimInstance Win32_BIOS').stdout);
    expect(r.slice(0, 2)).toEqual(['', `SMBIOSBIOSVersion : ${device.state.setup.device.smbios.biosVersion}`]);
    expect(r).toContain(`SerialNumber      : ${serial}`);
    expect(run('Get-WmiObject -Class Win32_BIOS').stdout).toBe(run('Get-CimInstance Win32_BIOS').stdout);
  });

  it('Win32_ComputerSystem: a table for the CIM cmdlet, a list for Get-WmiObject and | fl', ({ expect }) => {
    const r = rows(run('Get-CimInstance -ClassName Win32_ComputerSystem').stdout);
    expect(r[1]).toMatch(/^Name +PrimaryOwnerName Domain +TotalPhysicalMemory Model +Manufacturer$/);
    expect(r[3]).toMatch(new RegExp(`^${device.state.computerName} `));
    const list = run('Get-CimInstance Win32_ComputerSystem | Format-List').stdout;
    expect(
      rows(list)
        .slice(1, 7)
        .map((l) => l.split(' ')[0]),
    ).toEqual(['Domain', 'Manufacturer', 'Model', 'Name', 'PrimaryOwnerName', 'TotalPhysicalMemory']);
    expect(run('Get-WmiObject Win32_ComputerSystem').stdout).toBe(list);
  });

  it('Win32_ComputerSystemProduct: IdentifyingNumber is the serial, Caption is fixed', ({ expect }) => {
    const r = rows(run('Get-CimInstance Win32_ComputerSystemProduct | fl').stdout);
    expect(r).toContain(`IdentifyingNumber : ${device.state.identity.serialNumber}`);
    expect(r).toContain('Caption           : Computer System Product');
  });

  it('Win32_Tpm lives in root\\cimv2\\security\\microsofttpm; asked in root\\cimv2 it is an invalid class', ({
    expect,
  }) => {
    const r = rows(run('Get-CimInstance -Namespace root\\cimv2\\security\\microsofttpm -ClassName Win32_Tpm').stdout);
    expect(r).toContain('IsActivated_InitialValue    : True');
    expect(r).toContain('SpecVersion                 : 2.0, 0, 1.59');
    expect(r).toContain('PSComputerName              :');
    const bad = run('Get-CimInstance Win32_Tpm');
    expect(rows(bad.stderr)[0]).toBe('Get-CimInstance : Invalid class ');
    expect(bad.stderr).toContain(
      'HRESULT 0x80041010,Microsoft.Management.Infrastructure.CimCmdlets.GetCimInstanceCommand',
    );
    expect(rows(run('Get-WmiObject Win32_Tpm').stderr)[0]).toBe('Get-WmiObject : Invalid class "Win32_Tpm"');
    expect(rows(run('Get-WmiObject Win32_BIOS -Namespace root\\nope').stderr)[0]).toBe(
      'Get-WmiObject : Invalid namespace "root\\nope"',
    );
  });

  it('Select-Object picks properties: up to four as a table, -First cuts the objects', ({ expect }) => {
    expect(run('Get-CimInstance Win32_BIOS | Select-Object SerialNumber,Manufacturer').stdout).toBe(
      `\r\nSerialNumber Manufacturer\r\n------------ ------------\r\n${device.state.identity.serialNumber.padEnd(12)} ${/Manufacturer +: (.*)/.exec(run('Get-CimInstance Win32_BIOS').stdout)?.[1]}\r\n\r\n\r\n`,
    );
    expect(run('Get-CimInstance Win32_BIOS | Select-Object -First 0').stdout).toBe('');
    expect(run('Get-CimInstance Win32_BIOS | Select-Object -First 1 -Property SerialNumber').stdout).toContain(
      '\r\nSerialNumber\r\n------------\r\n',
    );
  });
});

describe('Get-NetAdapter, Test-NetConnection, Get-WinEvent', () => {
  it('Get-NetAdapter: one row per adapter with its alias, status and MAC', ({ expect }) => {
    const r = rows(run('Get-NetAdapter').stdout);
    expect(r[1]).toMatch(/^Name {22}InterfaceDescription {20}ifIndex Status {7}MacAddress +LinkSpeed$/);
    expect(r[3]).toMatch(
      /^Wi-Fi +Intel\(R\) Wi-Fi 6E AX211 160MHz +\d+ Up +([0-9A-F]{2}-){5}[0-9A-F]{2} +[\d.]+ [GM]bps$/,
    );
  });

  it('Test-NetConnection: the ping form and the -Port form', ({ expect }) => {
    const ping = rows(run('Test-NetConnection login.microsoftonline.com').stdout);
    expect(ping).toContain('ComputerName           : login.microsoftonline.com');
    expect(ping).toContain('PingSucceeded          : True');
    const tcp = rows(run('Test-NetConnection -ComputerName ztd.dds.microsoft.com -Port 443').stdout);
    expect(tcp).toContain('RemotePort       : 443');
    expect(tcp).toContain('TcpTestSucceeded : True');
    expect(tcp.slice(-3)).toEqual(['', '', '']);
  });

  it('Get-WinEvent: newest first under the ProviderName heading; -MaxEvents; unknown logs as PowerShell words them', ({
    expect,
  }) => {
    const log = 'Microsoft-Windows-ModernDeployment-Diagnostics-Provider/Autopilot';
    const r = rows(run(`Get-WinEvent -LogName ${log} -MaxEvents 2`).stdout);
    expect(r.slice(0, 6)).toEqual([
      '',
      '',
      '   ProviderName: Microsoft-Windows-ModernDeployment-Diagnostics-Provider',
      '',
      'TimeCreated                     Id LevelDisplayName Message',
      '-----------                     -- ---------------- -------',
    ]);
    expect(r.slice(6).filter(Boolean)).toHaveLength(2);
    const newest = device.state.eventLog && run(`Get-WinEvent -LogName ${log} -MaxEvents 1 | fl`).stdout;
    expect(rows(newest)[1]).toMatch(/^TimeCreated {2}: \d+\/\d+\/\d{4} \d+:\d\d:\d\d [AP]M$/);
    expect(rows(run('Get-WinEvent -LogName Nope').stderr)[0]).toBe(
      'Get-WinEvent : There is not an event log on the localhost computer that matches "Nope".',
    );
  });
});
