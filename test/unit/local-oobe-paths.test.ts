import { describe, expect, it } from 'vitest';
import { readFile, exists } from '../../electron/core/os/file-system';
import { WIRED_NETWORK } from '../support/setups';
import { drive, MINUTE, ppSetup, provisionToResult, toConfig } from './preprovision-helpers';
import { answerLocalePages } from '../support/device-driver';

const PACKAGES_KEY = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Provisioning\\Packages\\Contoso.ppkg';
const APPLIED = 'C:\\ProgramData\\Microsoft\\Provisioning\\Contoso.ppkg';

/** The pre-provisioning laptop with a USB drive carrying Contoso.ppkg (optionally one that fails). */
function withPackage(fails = false) {
  return drive(
    ppSetup({
      device: {
        network: WIRED_NETWORK,
        usbDrives: [{ label: 'PROVISION', provisioningPackage: 'Contoso.ppkg', provisioningPackageFails: fails }],
      },
    }),
  );
}

/** Region page → WIN ×5 → row 1 → Next. */
function openRowOne(d: ReturnType<typeof drive>): void {
  d.until('region');
  d.winX5();
  d.select('preprovision-option', 'provisioning-package');
  d.click('next');
}

/** Fires timers until the provisioning-package page reaches its status stage. */
function untilStatus(d: ReturnType<typeof drive>): void {
  for (let i = 0; i < 100 && d.as('provisioning-package').stage !== 'status'; i += 1) d.skip();
}

describe('WIN ×5 row 1: Install provisioning package (oobe-ui.md §14)', () => {
  it('asks "Set up your PC?", installs, records the package, and Continue returns to the page it came from', () => {
    const d = withPackage();
    openRowOne(d);
    const confirm = d.as('provisioning-package');
    expect(confirm.stage).toBe('confirm');
    expect(confirm.packages).toEqual([{ drive: 'D:', label: 'PROVISION', file: 'Contoso.ppkg' }]);
    d.click('yes');
    expect(d.as('provisioning-package').stage).toBe('installing');
    expect(() => d.click('continue')).toThrow(/installing/);
    untilStatus(d);
    const status = d.as('provisioning-package');
    expect(status.result).toBe('success');
    expect(status.buttons).toEqual(['get-logs', 'continue']);
    expect(d.regValue(PACKAGES_KEY, 'Result')).toEqual({ type: 'REG_SZ', data: 'Installed' });
    expect(d.regValue(PACKAGES_KEY, 'Source')).toEqual({ type: 'REG_SZ', data: 'D:\\Contoso.ppkg' });
    expect(readFile(d.device.state.fs, APPLIED)).toContain('D:\\Contoso.ppkg');
    d.click('continue');
    expect(d.device.state.page.id).toBe('region');
  });

  it('a package marked to fail ends "with errors": Try again installs again, Get logs writes to the drive', () => {
    const d = withPackage(true);
    openRowOne(d);
    d.click('yes');
    untilStatus(d);
    const status = d.as('provisioning-package');
    expect(status.result).toBe('errors');
    expect(status.buttons).toEqual(['try-again', 'reset-pc', 'get-logs', 'continue']);
    expect(d.regValue(PACKAGES_KEY, 'Result')).toEqual({ type: 'REG_SZ', data: 'Failed' });
    expect(exists(d.device.state.fs, APPLIED)).toBe(false);
    d.click('get-logs');
    expect(d.as('provisioning-package').logsWrittenTo).toBe('D:\\ProvisioningLogs.txt');
    expect(readFile(d.device.state.fs, 'D:\\ProvisioningLogs.txt')).toContain('Contoso.ppkg\tPROVISION\tFailed');
    d.click('try-again');
    expect(d.as('provisioning-package').stage).toBe('installing');
    untilStatus(d);
    expect(d.as('provisioning-package').result).toBe('errors');
  });

  it('Reset PC resets Windows; Cancel on "Set up your PC?" goes back without installing', () => {
    const d = withPackage(true);
    openRowOne(d);
    d.click('cancel');
    expect(d.device.state.page.id).toBe('region');
    expect(d.regValue(PACKAGES_KEY, 'Result')).toBeUndefined();
    d.winX5();
    d.select('preprovision-option', 'provisioning-package');
    d.click('next');
    d.click('yes');
    untilStatus(d);
    d.click('reset-pc');
    expect(d.timeline).toContain('Reset: Windows resets the device');
  });

  it('without a package on removable media the menu says so and stays', () => {
    const d = drive(ppSetup());
    openRowOne(d);
    expect(d.as('preprovision-menu').notice).toBe('We couldn’t find any provisioning packages');
  });
});

describe('wlidsvc disabled in the technician flow: EULA + local account (003:80, 001:2948)', () => {
  function userFlowWithoutWlidsvc() {
    const d = drive(ppSetup());
    d.fault({ kind: 'preprovision.caveat', caveat: 'wlidsvc-disabled' });
    toConfig(d);
    expect(provisionToResult(d)).toBe('preprovision-success');
    d.click('reseal');
    d.advance(120 * MINUTE);
    d.device.execute('device.power', { action: 'on' });
    answerLocalePages(d);
    d.until('license-agreement');
    return d;
  }

  it('License Agreement → name → password → confirm → the desktop as a workgroup local account', () => {
    const d = userFlowWithoutWlidsvc();
    expect(d.as('license-agreement').title).toBe('Please review the License Agreement');
    d.click('accept');
    expect(d.as('local-account').stage).toBe('name');
    d.click('next');
    expect(d.as('local-account').error).not.toBeNull();
    d.type('name', 'Administrator');
    d.click('next');
    expect(d.as('local-account').error).toMatch(/reserved/);
    d.type('name', 'Megan');
    d.click('next');
    expect(d.as('local-account').stage).toBe('password');
    d.type('password', 'Local.Pa55');
    d.click('next');
    d.type('confirm-password', 'other');
    d.click('next');
    expect(d.as('local-account')).toMatchObject({ stage: 'confirm', error: expect.stringMatching(/match/) });
    d.type('confirm-password', 'Local.Pa55');
    d.click('next');
    const desktop = d.as('desktop');
    expect(desktop).toMatchObject({ joinType: 'Workgroup', userDisplayName: 'Megan', workAccount: null });
    // After the user flow's licence page: no sign-in, no ESP, straight from the account to the desktop.
    const userFlow = d.screenIds.slice(d.screenIds.lastIndexOf('license-agreement'));
    expect(userFlow).toEqual(['license-agreement', 'local-account', 'desktop']);
    expect(d.device.state.account.joined).toBe(false);
    d.click('open-access-work-or-school');
    expect(d.as('desktop').workAccount).toBeNull();
    const sid = d.device.state.localAccount!.sid;
    expect(sid).toMatch(/^S-1-5-21-\d+-\d+-\d+-1001$/);
    expect(
      d.regValue(
        `HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\ProfileList\\${sid}`,
        'ProfileImagePath',
      ),
    ).toEqual({ type: 'REG_EXPAND_SZ', data: 'C:\\Users\\Megan' });
  });

  it('an empty password skips the confirm page; Back returns to the name', () => {
    const d = userFlowWithoutWlidsvc();
    d.click('accept');
    d.type('name', 'Kiosk user');
    d.click('next');
    d.click('back');
    expect(d.as('local-account')).toMatchObject({ stage: 'name', name: 'Kiosk user' });
    d.click('next');
    d.click('next');
    expect(d.as('desktop').userDisplayName).toBe('Kiosk user');
    expect(d.device.state.localAccount?.hasPassword).toBe(false);
  });

  it('a restart after the account was made comes back to its desktop, not to the licence page', () => {
    const d = userFlowWithoutWlidsvc();
    d.click('accept');
    d.type('name', 'Megan');
    d.click('next');
    d.click('next');
    d.device.execute('device.power', { action: 'restart' });
    d.until('desktop');
    expect(d.as('desktop').userDisplayName).toBe('Megan');
    expect(d.screenIds.filter((id) => id === 'license-agreement')).toHaveLength(1);
  });
});
