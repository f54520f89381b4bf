import { describe, expect, it } from 'vitest';
import { TEST_PIN, deployToDesktop, resetSetup } from './autopilot-reset-driver';

/**
 * dsregcmd /status's User State follows the Windows Hello record (external-diagnostics.md:102–109):
 * `NgcSet : NO` until the signed-in user's PIN is set, then `NgcSet : YES` with its key's id and CanReset.
 */

function userState(stdout: string): string[] {
  const lines = stdout.split('\r\n');
  const start = lines.findIndex((l) => l.startsWith('| User State'));
  const end = lines.indexOf('', start + 3);
  return lines.slice(start + 3, end);
}

function dsreg(d: ReturnType<typeof deployToDesktop>): string[] {
  return userState(d.device.execute('shell.run', { line: 'dsregcmd /status' }).stdout);
}

describe('dsregcmd /status NgcSet', () => {
  it('reads NO on the PIN page and YES with NgcKeyId and CanReset once the PIN is set', () => {
    const d = deployToDesktop(resetSetup(), 'windows-hello');
    expect(dsreg(d)).toEqual([
      '                    NgcSet : NO',
      '           WorkplaceJoined : NO',
      '             WamDefaultSet : NO',
    ]);
    d.click('ok');
    d.type('new-pin', TEST_PIN);
    d.type('confirm-pin', TEST_PIN);
    d.click('ok');
    const after = dsreg(d);
    expect(after[0]).toBe('                    NgcSet : YES');
    expect(after[1]).toMatch(/^ {18}NgcKeyId : \{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}$/);
    expect(after[2]).toBe('                  CanReset : DestructiveOnly');
    expect(after.slice(3)).toEqual(['           WorkplaceJoined : NO', '             WamDefaultSet : NO']);
    // The key id is the device's, stable for the same seed and user.
    d.click('ok');
    expect(d.view().id).toBe('desktop');
    expect(dsreg(d)[1]).toBe(after[1]);
  });

  it('stays NO when the user cancels the PIN setup', () => {
    const d = deployToDesktop(resetSetup(), 'windows-hello');
    d.click('ok');
    d.click('cancel');
    expect(d.view().id).toBe('desktop');
    expect(d.device.state.hello).toMatchObject({ done: true, outcome: 'skipped' });
    expect(dsreg(d)[0]).toBe('                    NgcSet : NO');
  });
});
