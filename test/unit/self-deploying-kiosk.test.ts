import { describe, expect, it } from 'vitest';
import type { KioskAutologonIssue } from '../../shared/faults';
import { boot, MINUTE, PASSWORD, selfDeployingSetup, UPN } from './self-deploying-harness';

/**
 * The self-deploying kiosk (provisioning-modes.md §2.4 step 6, §2.6): automatic sign-in to
 * KioskUser0 into the kiosk app, no user ESP for that local account, and the documented autologon
 * problems, each armed as a fault, with the documented workaround (kioskUser0, no password).
 */

function kioskSetup(apps = selfDeployingSetup().workload!.apps!) {
  const base = selfDeployingSetup();
  return {
    ...base,
    policies: {
      ...base.policies,
      kiosk: {
        name: 'Lobby kiosk',
        app: { type: 'kiosk-browser' as const, name: 'Kiosk Browser', url: 'https://visit.contoso.com/' },
      },
    },
    workload: { apps },
  };
}

describe('kiosk autologon', () => {
  it('signs in automatically as KioskUser0 after the device ESP and shows the kiosk app full screen', () => {
    const d = boot(kioskSetup());
    d.until('kiosk');
    expect(d.screenIds.slice(-2)).toEqual(['esp', 'kiosk']);
    expect(d.screenIds).not.toContain('signon');
    expect(d.view()).toEqual({
      id: 'kiosk',
      account: 'KioskUser0',
      signedIn: 'autologon',
      app: { type: 'kiosk-browser', name: 'Kiosk Browser', url: 'https://visit.contoso.com/' },
      organizationName: 'Contoso',
      computerName: d.device.state.computerName,
    });
    expect(d.timeline).toContain('Signed in automatically as KioskUser0');
  });

  it('writes the autologon values to Winlogon', () => {
    const d = boot(kioskSetup());
    d.until('kiosk');
    expect(d.winlogon('AutoAdminLogon')).toEqual({ type: 'REG_SZ', data: '1' });
    expect(d.winlogon('DefaultDomainName')).toEqual({ type: 'REG_SZ', data: '.' });
    expect(d.winlogon('DefaultUserName')).toEqual({ type: 'REG_SZ', data: 'kioskUser0' });
  });

  it('does not process the user ESP for KioskUser0: Account setup never runs', () => {
    const d = boot(kioskSetup());
    d.until('kiosk');
    d.device.execute('clock.advance', { ms: 30 * MINUTE });
    expect(d.device.state.page.id).toBe('kiosk');
    expect(d.device.state.esp!.categories.find((c) => c.id === 'account-setup')!.state).toBe('waiting');
    expect(d.timeline).toContain('User ESP (Account setup) is not processed for the local account KioskUser0');
  });

  it('signs in to the kiosk again by itself after a restart', () => {
    const d = boot(kioskSetup());
    d.until('kiosk');
    d.device.execute('device.power', { action: 'restart' });
    d.until('kiosk');
    expect(d.timeline.filter((l) => l === 'Signed in automatically as KioskUser0')).toHaveLength(1);
    expect(d.screenIds.slice(-2)).toEqual(['boot', 'kiosk']);
  });

  it('takes no input: a kiosk has nothing to click', () => {
    const d = boot(kioskSetup());
    d.until('kiosk');
    expect(() => d.click('next')).toThrow(/no control "next" on the "kiosk" screen/);
  });
});

describe('documented autologon problems', () => {
  it.each<KioskAutologonIssue>(['eas-policies', 'january-2023-update'])(
    '%s: the kiosk stays at the sign-in screen asking for credentials',
    (issue) => {
      const d = boot(kioskSetup());
      d.fault({ kind: 'kiosk.autologon-issue', issue });
      d.until('signon');
      expect(d.view()).toMatchObject({ id: 'signon', stage: 'credentials', username: '' });
      expect(d.timeline.some((l) => l.startsWith('Automatic sign-in as KioskUser0 failed'))).toBe(true);
      d.device.execute('clock.advance', { ms: 10 * MINUTE });
      expect(d.device.state.page.id).toBe('signon');
    },
  );

  it('the workaround: user name kioskUser0 with no password goes to the kiosk', () => {
    const d = boot(kioskSetup());
    d.fault({ kind: 'kiosk.autologon-issue', issue: 'january-2023-update' });
    d.until('signon');
    d.type('username', 'kioskUser0');
    d.type('password', 'something');
    d.click('sign-in');
    expect(d.view()).toMatchObject({ id: 'signon', error: 'The user name or password is incorrect. Try again.' });
    d.type('username', 'kioskUser0');
    d.click('sign-in');
    expect(d.view()).toMatchObject({ id: 'kiosk', account: 'KioskUser0', signedIn: 'manual' });
  });

  it('multiple reboots delete the autologon entries from the registry', () => {
    const d = boot(kioskSetup());
    d.fault({ kind: 'kiosk.autologon-issue', issue: 'multiple-reboots' });
    d.until('signon');
    expect(d.winlogon('AutoAdminLogon')).toBeUndefined();
    expect(d.winlogon('DefaultUserName')).toBeUndefined();
    expect(d.timeline).toContain(
      'Automatic sign-in as KioskUser0 failed: reboots during OOBE deleted the autologon registry entries',
    );
  });

  it('DeviceLock policies break autologon only when the device restarted during the device ESP', () => {
    const quiet = boot(kioskSetup());
    quiet.fault({ kind: 'kiosk.autologon-issue', issue: 'devicelock-policies' });
    quiet.until('kiosk');

    const restarting = kioskSetup([
      { id: 'driver', name: 'Contoso Driver Pack', type: 'win32', durationMs: 3 * MINUTE, restart: 'hard' },
    ]);
    const d = boot(restarting);
    d.fault({ kind: 'kiosk.autologon-issue', issue: 'devicelock-policies' });
    d.until('signon');
    expect(d.timeline).toContain(
      'Automatic sign-in as KioskUser0 failed: DeviceLock/password policies applied and the device restarted during the device ESP',
    );
  });

  it('any member of the organization can still sign in on the kiosk sign-in screen, and gets Account setup', () => {
    const d = boot(kioskSetup());
    d.fault({ kind: 'kiosk.autologon-issue', issue: 'eas-policies' });
    d.until('signon');
    d.type('username', UPN);
    d.type('password', PASSWORD);
    d.click('sign-in');
    d.until('desktop');
    expect(d.timeline).toContain('ESP: Account setup started');
  });
});
