import { describe, expect, it } from 'vitest';
import { exists, readFile } from '../../electron/core/os/file-system';
import { RESET_STRINGS } from '../../shared/strings-reset';
import { ADMIN, UPN, deployToDesktop, resetSetup, triggerLocalReset } from './autopilot-reset-driver';

/** The documented reset failures (provisioning-modes.md §4.5, §6 rows 35–37), with the seeds' exact texts. */

describe('Autopilot Reset errors', () => {
  it('WinRE disabled: fails at once with the documented message, 0x80070032 in the log, nothing removed', () => {
    const d = deployToDesktop(resetSetup({ winre: 'disabled' }));
    triggerLocalReset(d);
    d.until('reset-error');
    expect(d.view()).toMatchObject({
      id: 'reset-error',
      reason: 'winre-disabled',
      message: 'Ran into trouble. Please sign in with an administrator account to see why and reset manually.',
      code: '0x80070032',
      asksCredentials: false,
    });
    expect(d.screenIds.slice(-3)).toEqual(['lock-screen', 'autopilot-reset', 'reset-error']);
    expect(d.errors.at(-1)).toMatchObject({ code: '0x80070032' });
    expect(readFile(d.device.state.fs, 'C:\\$SysReset\\Logs\\setupact.log')).toContain(
      'Error code: ERROR_NOT_SUPPORTED (0x80070032)',
    );
    expect(exists(d.device.state.fs, 'C:\\Users\\megan')).toBe(true);
    expect(d.device.state.reset.running).toBeNull();
    d.click('sign-in');
    expect(d.view()).toMatchObject({ id: 'signon', username: UPN });
  });

  it('recovery environment missing: the known-issue message, then administrator credentials continue; WinRE really missing fails with 0x80070032', () => {
    const d = deployToDesktop(resetSetup({ winre: 'missing' }));
    triggerLocalReset(d);
    d.until('reset-error');
    expect(d.view()).toMatchObject({
      reason: 'recovery-not-found',
      message: 'Autopilot reset ran into trouble. Could not find the recovery environment',
      asksCredentials: true,
    });
    d.type('username', ADMIN.name);
    d.type('password', 'wrong');
    d.click('continue');
    expect(d.view()).toMatchObject({ reason: 'recovery-not-found', error: RESET_STRINGS.signIn.wrong });
    d.type('username', ADMIN.name);
    d.type('password', ADMIN.password);
    d.click('continue');
    expect(d.view()).toMatchObject({ id: 'autopilot-reset', stage: 'progress' });
    d.until('reset-error');
    expect(d.view()).toMatchObject({ reason: 'winre-disabled', code: '0x80070032' });
  });

  it('hybrid-joined device: not supported, a full wipe is needed', () => {
    const d = deployToDesktop(resetSetup({ hybrid: true }));
    d.key('Meta+L');
    d.key('Ctrl+Meta+R');
    d.type('username', ADMIN.name);
    d.type('password', ADMIN.password);
    d.click('reset');
    d.until('reset-error');
    expect(d.view()).toMatchObject({
      reason: 'hybrid-not-supported',
      message:
        "Autopilot Reset doesn't support Microsoft Entra hybrid joined devices. For Microsoft Entra hybrid joined devices, a full device wipe is required.",
    });
    expect(d.device.state.account.domainJoined || d.device.state.account.joined).toBe(true);
  });
});
