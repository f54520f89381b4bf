import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { createDevice } from '../../../electron/core/device';
import { readBinaryFile } from '../../../electron/core/os/file-system';

function device() {
  return createDevice({});
}

describe('the device shell', () => {
  it('answers an unknown program as cmd.exe does', ({ expect }) => {
    const out = device().execute('shell.run', { line: 'frobnicate /x' });
    expect(out.stderr).toBe(
      "'frobnicate' is not recognized as an internal or external command,\r\noperable program or batch file.\r\n",
    );
    expect(out.exitCode).toBe(9009);
  });

  it('prints dsregcmd /status banners 72 wide with the colon at column 27', ({ expect }) => {
    const out = device().execute('shell.run', { line: 'dsregcmd /status' }).stdout.split('\r\n');
    expect(out[1]).toBe(`+${'-'.repeat(70)}+`);
    expect(out[2]).toBe(`| Device State${' '.repeat(57)}|`);
    expect(out[5]).toBe('             AzureAdJoined : NO');
    expect(out.at(-2)).toBe('For more information, please visit https://www.microsoft.com/aadjerrors');
  });

  it('switches a session to PowerShell and back', ({ expect }) => {
    const d = device();
    const ps = d.execute('shell.run', { line: 'powershell' });
    expect(ps.session.mode).toBe('powershell');
    const bad = d.execute('shell.run', { line: 'Get-Nothing', session: ps.session });
    expect(bad.stderr).toContain("The term 'Get-Nothing' is not recognized as the name of a cmdlet");
    const back = d.execute('shell.run', { line: 'exit', session: ps.session });
    expect(back.session.mode).toBe('cmd');
  });

  it('collects a cabinet that cabextract -t accepts', ({ expect }) => {
    const d = device();
    const out = d.execute('shell.run', { line: 'mdmdiagnosticstool.exe -area Autopilot;TPM -cab C:\\autopilot.cab' });
    expect(out.exitCode).toBe(0);
    const dir = mkdtempSync(join(tmpdir(), 'cab-'));
    const file = join(dir, 'autopilot.cab');
    writeFileSync(file, readBinaryFile(d.state.fs, 'C:\\autopilot.cab'));
    const listing = execFileSync('cabextract', ['-t', file], { encoding: 'utf8' });
    expect(listing).toContain('MdmDiagReport_RegistryDump.reg');
    expect(listing).toContain('TpmHliInfo_Output.txt');
    expect(listing).toMatch(/All done, no errors/);
  });
});
