import { beforeAll, describe, it } from 'vitest';
import type { Device } from '../../../electron/core/device';
import { runScenario } from '../../../electron/core/scenario/runner';
import { OOBE_SESSION } from '../../../shared/shell';
import { loadBuiltin } from '../../scenarios/builtin-library';

/** Names that don't exist fail as Windows words it; dir names the drive it lists. */
let device: Device;
beforeAll(async () => {
  device = runScenario(await loadBuiltin('esp-blocking-app-failure')).device;
});
const run = (line: string) => device.execute('shell.run', { line, session: OOBE_SESSION });
const ps = (line: string) => {
  const session = device.execute('shell.run', { line: 'powershell', session: OOBE_SESSION }).session;
  return device.execute('shell.run', { line, session });
};

describe('unknown host names', () => {
  it('ping says it could not find the host; a real name still answers', ({ expect }) => {
    for (const host of ['login.microsoftonline.cmo', 'nosuchhost', 'x.invalid']) {
      const out = run(`ping ${host}`);
      expect(out.exitCode).toBe(1);
      expect(out.stderr).toBe(`Ping request could not find host ${host}. Please check the name and try again.\r\n`);
    }
    expect(run('ping www.contoso.com').stdout).toContain('Reply from ');
  });

  it('Test-NetConnection warns that name resolution failed and leaves RemoteAddress empty', ({ expect }) => {
    const out = ps('Test-NetConnection nosuchhost.invalid').stdout.split('\r\n');
    expect(out[0]).toBe('WARNING: Name resolution of nosuchhost.invalid failed');
    expect(out).toContain('RemoteAddress  :');
    expect(out).toContain('PingSucceeded  : False');
  });

  it("nslookup answers Non-existent domain from the router's DNS", ({ expect }) => {
    const out = run('nslookup nosuchhost.invalid');
    expect(out.exitCode).toBe(1);
    expect(out.stderr).toBe("*** UnKnown can't find nosuchhost.invalid: Non-existent domain\r\n");
    expect(out.stdout.split('\r\n')[0]).toBe('Server:  UnKnown');
  });
});

describe('dir', () => {
  it('names the drive of the folder it lists', ({ expect }) => {
    expect(run('dir C:\\').stdout.split('\r\n')[0]).toBe(' Volume in drive C has no label.');
    const d = run('dir D:\\');
    expect(d.stdout).not.toContain('Volume in drive C');
  });
});
