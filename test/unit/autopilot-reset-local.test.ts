import { describe, expect, it } from 'vitest';
import { exists, readFile } from '../../electron/core/os/file-system';
import { getValue, keyExists, listSubkeys } from '../../electron/core/os/registry';
import { RESET_STRINGS } from '../../shared/strings-reset';
import {
  ADMIN,
  MINUTE,
  STANDARD,
  UPN,
  deployToDesktop,
  resetSetup,
  triggerLocalReset,
  type Driven,
} from './autopilot-reset-driver';

/**
 * Local Windows Autopilot Reset (provisioning-modes.md §4.2–§4.3): the policy that enables it, the
 * lock screen's Ctrl+Win+R, the administrator check, and what the reset keeps and removes — read
 * from the device's registry, files and account state, as a technician would.
 */

const POLICY_KEY = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\PolicyManager\\current\\device\\CredentialProviders';
const ENROLLMENTS = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Enrollments';
const PROFILE_LIST = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\ProfileList';

function enrollmentGuids(d: Driven): string[] {
  return listSubkeys(d.device.state.registry, ENROLLMENTS).filter((k) => /^[0-9A-F-]{36}$/i.test(k));
}

/** Runs the reset's timers until the device shows the ESP again. */
function runReset(d: Driven): void {
  d.until('esp');
}

describe('local Autopilot Reset: enabling and triggering', () => {
  it('is off by default: without the policy Ctrl+Win+R on the lock screen does nothing', () => {
    const d = deployToDesktop(resetSetup({ policy: null }));
    expect(getValue(d.device.state.registry, POLICY_KEY, 'DisableAutomaticReDeploymentCredentials')).toBeUndefined();
    d.key('Meta+L');
    expect(d.view().id).toBe('lock-screen');
    d.key('Ctrl+Meta+R');
    expect(d.view().id).toBe('lock-screen');
  });

  it('"Not configured" leaves it off too', () => {
    const d = deployToDesktop(resetSetup({ policy: 'not-configured' }));
    d.key('Meta+L');
    d.key('Ctrl+Meta+R');
    expect(d.view().id).toBe('lock-screen');
  });

  it('"Autopilot Reset" = "Allow" writes DisableAutomaticReDeploymentCredentials = 0, and Ctrl+Win+R opens the reset sign-in', () => {
    const d = deployToDesktop(resetSetup());
    expect(getValue(d.device.state.registry, POLICY_KEY, 'DisableAutomaticReDeploymentCredentials')).toEqual({
      type: 'REG_DWORD',
      data: 0,
    });
    d.key('Ctrl+Meta+R');
    expect(d.view().id).toBe('desktop'); // only the lock screen listens for it
    d.click('lock');
    expect(d.view().id).toBe('lock-screen');
    d.key('Ctrl+Meta+R');
    expect(d.view()).toMatchObject({ id: 'autopilot-reset', stage: 'sign-in', provisioningPackage: null });
    d.click('cancel');
    expect(d.view().id).toBe('lock-screen');
  });

  it('Ctrl+Alt+Delete on the lock screen asks for the signed-in user’s password and goes back to the desktop', () => {
    const d = deployToDesktop(resetSetup());
    d.key('Meta+L');
    d.key('Ctrl+Alt+Delete');
    expect(d.view()).toMatchObject({ id: 'signon', stage: 'credentials', username: UPN });
    d.type('password', 'Pa55w.rd');
    d.click('sign-in');
    expect(d.view().id).toBe('desktop');
  });

  it('tells the person about a provisioning package on a USB drive', () => {
    const d = deployToDesktop(resetSetup({ usbPackage: 'Contoso.ppkg' }));
    d.key('Meta+L');
    d.key('Ctrl+Meta+R');
    expect(d.view()).toMatchObject({ provisioningPackage: { drive: 'D:', label: 'CONTOSO-IT', file: 'Contoso.ppkg' } });
  });

  it('refuses a wrong password and an account that is not a local administrator, then accepts the administrator', () => {
    const d = deployToDesktop(resetSetup());
    triggerLocalReset(d, { name: ADMIN.name, password: 'wrong' });
    expect(d.view()).toMatchObject({ id: 'autopilot-reset', stage: 'sign-in', error: RESET_STRINGS.signIn.wrong });
    d.type('username', STANDARD.name);
    d.type('password', STANDARD.password);
    d.click('reset');
    expect(d.view()).toMatchObject({ stage: 'sign-in', error: RESET_STRINGS.signIn.notAdmin });
    // The deploying user is a standard user under this profile: not an administrator either.
    d.type('username', UPN);
    d.type('password', 'Pa55w.rd');
    d.click('reset');
    expect(d.view()).toMatchObject({ stage: 'sign-in', error: RESET_STRINGS.signIn.notAdmin });
    d.type('username', `.\\${ADMIN.name}`);
    d.type('password', ADMIN.password);
    d.click('reset');
    expect(d.view()).toMatchObject({ id: 'autopilot-reset', stage: 'progress', kind: 'local' });
  });

  it('accepts an Entra administrator (always a local administrator on a joined device)', () => {
    const d = deployToDesktop(resetSetup());
    triggerLocalReset(d, { name: 'admin@contoso.com', password: 'Entra-Adm1n' });
    expect(d.view()).toMatchObject({ id: 'autopilot-reset', stage: 'progress' });
  });
});

describe('local Autopilot Reset: what it keeps and removes', () => {
  it('keeps the join, the enrollment, Wi-Fi and the policy; removes the profile; applies the USB package', () => {
    const d = deployToDesktop(resetSetup({ wifi: true, usbPackage: 'Contoso.ppkg' }));
    const state = d.device.state;
    const guidsBefore = enrollmentGuids(d);
    expect(guidsBefore).toHaveLength(1);
    triggerLocalReset(d);
    const sids = listSubkeys(state.registry, PROFILE_LIST);
    expect(sids).toHaveLength(1);
    expect(exists(state.fs, 'C:\\Users\\megan\\Documents')).toBe(true);
    runReset(d);

    expect(state.account.joined).toBe(true);
    expect(enrollmentGuids(d)).toEqual(guidsBefore);
    expect(getValue(state.registry, `${ENROLLMENTS}\\${guidsBefore[0]}`, 'UPN')).toEqual({ type: 'REG_SZ', data: UPN });
    expect(state.network.savedWifi).toEqual(['Contoso-Corp']);
    expect(getValue(state.registry, POLICY_KEY, 'DisableAutomaticReDeploymentCredentials')).toEqual({
      type: 'REG_DWORD',
      data: 0,
    });

    expect(exists(state.fs, 'C:\\Users\\megan')).toBe(false);
    expect(listSubkeys(state.registry, PROFILE_LIST)).toEqual([]);
    expect(keyExists(state.registry, `HKEY_USERS\\${sids[0]}`)).toBe(false);
    expect(state.account.signedIn).toBe(false);
    expect(readFile(state.fs, 'C:\\ProgramData\\Microsoft\\Provisioning\\Contoso.ppkg')).toContain('D:\\Contoso.ppkg');
    expect(d.timeline).toContain('Autopilot Reset kept: Certificates: Contoso SCEP certificate');
    expect(d.timeline).toContain('Autopilot Reset removed app: Contoso agent');
  });

  it('restarts twice and then runs the ESP without the required apps; they install once the next user reaches the desktop', () => {
    const d = deployToDesktop(resetSetup());
    const from = d.screenIds.length;
    triggerLocalReset(d);
    runReset(d);
    expect(d.screenIds.slice(from)).toEqual([
      'lock-screen',
      'autopilot-reset',
      'boot',
      'autopilot-reset',
      'boot',
      'autopilot-reset',
      'esp',
    ]);
    const esp = d.view();
    if (esp.id !== 'esp') throw new Error('expected the ESP');
    const apps = esp.categories.flatMap((c) => c.items).filter((i) => i.id === 'apps');
    expect(apps.every((i) => i.state === 'complete' || i.state === 'waiting' || i.state === 'identifying')).toBe(true);
    expect(
      d.device.state.esp!.categories.flatMap((c) => c.items.filter((i) => i.id === 'apps').flatMap((i) => i.works)),
    ).toEqual([]);

    d.until('signon');
    expect(d.view()).toMatchObject({ id: 'signon', stage: 'credentials', username: '' });
    d.type('username', 'lee@contoso.com');
    d.type('password', 'Lee-Pa55');
    d.click('sign-in');
    d.until('desktop');
    expect(d.device.state.account.upn).toBe('lee@contoso.com');
    // A local reset leaves the primary user and the Entra owner unchanged (001:11333).
    expect(d.device.state.reset.primaryUser).toBe(UPN);
    expect(d.device.state.reset.appsAfterReset.map((a) => a.state)).toEqual(['waiting', 'waiting', 'waiting']);
    d.advance(20 * MINUTE);
    expect(d.device.state.reset.appsAfterReset.map((a) => a.state)).toEqual(['installed', 'installed', 'installed']);
    const desktop = d.view();
    expect(desktop.id === 'desktop' && desktop.management?.appsAfterReset).toEqual([
      { name: 'Company Portal', state: 'installed' },
      { name: 'Contoso agent', state: 'installed' },
      { name: 'Contoso Notes', state: 'installed' },
    ]);
    expect(exists(d.device.state.fs, 'C:\\Users\\lee')).toBe(true);
  });

  it('the sign-on screen after the reset refuses a wrong password', () => {
    const d = deployToDesktop(resetSetup());
    triggerLocalReset(d);
    d.until('signon');
    d.type('username', 'lee@contoso.com');
    d.type('password', 'nope');
    d.click('sign-in');
    expect(d.view()).toMatchObject({ id: 'signon', error: RESET_STRINGS.signIn.wrong });
  });
});
