import { describe, expect, it } from 'vitest';
import { PREPROVISION_STRINGS } from '../../shared/strings-preprovision';
import { answerLocalePages } from '../support/device-driver';
import { chooseMenuRow, drive, MINUTE, ppSetup, resealed } from './preprovision-helpers';

/**
 * WIN ×5 and "What would you like to do?" (provisioning-modes.md §1.4 T1–T2, oobe-ui.md §13), on a
 * real device: which screens listen, the consecutive-press rule, the menu's rows and buttons.
 */
describe('Windows key ×5', () => {
  it('opens "What would you like to do?" on the first OOBE screen', () => {
    const d = drive(ppSetup());
    d.until('region');
    for (let i = 0; i < 4; i += 1) d.key('Meta');
    expect(d.view().id).toBe('region');
    d.key('Meta');
    const menu = d.as('preprovision-menu');
    expect(menu.rows.filter((r) => r.visible).map((r) => r.id)).toEqual([
      'provisioning-package',
      'pre-provision',
      'reset-device',
    ]);
    // Windows 11: nothing preselected, the accept button disabled until a row is picked.
    expect(menu.selected).toBeNull();
    expect(menu.acceptEnabled).toBe(false);
    expect(() => d.click('next')).toThrow(/Select an option first/);
    d.select('preprovision-option', 'pre-provision');
    expect(d.as('preprovision-menu')).toMatchObject({ selected: 'pre-provision', acceptEnabled: true });
  });

  it('does nothing on the second screen, once the technician has moved on', () => {
    const d = drive(ppSetup());
    d.until('region');
    d.click('yes');
    d.until('keyboard');
    for (let i = 0; i < 10; i += 1) d.key('Meta');
    expect(d.view().id).toBe('keyboard');
  });

  it('needs five consecutive presses: another key in between starts the count again', () => {
    const d = drive(ppSetup());
    d.until('region');
    for (let i = 0; i < 4; i += 1) d.key('Meta');
    d.key('Shift+F10');
    d.key('Meta');
    expect(d.view().id).toBe('region');
    for (let i = 0; i < 3; i += 1) d.key('Meta');
    expect(d.view().id).toBe('region');
    d.key('Meta');
    expect(d.view().id).toBe('preprovision-menu');
  });

  it('"Cancel" returns to the page it was opened from, as it was', () => {
    const d = drive(ppSetup());
    d.until('region');
    d.select('region', 'Canada');
    d.winX5();
    d.click('cancel');
    expect(d.as('region').selected).toBe('Canada');
  });

  it('opens the menu on the Entra sign-in page when it is the first screen: a wired device whose profile presets language and keyboard (003:46)', () => {
    const d = drive(
      ppSetup({
        policies: {
          deploymentProfile: {
            name: 'Wired preset',
            allowPreProvisionedDeployment: true,
            language: 'en-US',
            automaticallyConfigureKeyboard: true,
          },
        },
      }),
    );
    d.until('branding-signin');
    expect(d.screens.map((s) => s.id)).not.toContain('region');
    expect(d.screens.map((s) => s.id)).not.toContain('keyboard');
    d.winX5();
    expect(d.view().id).toBe('preprovision-menu');
    d.click('cancel');
    expect(d.view().id).toBe('branding-signin');
  });

  it('does nothing on the network page once the technician answered region and keyboard (win5-not-reachable)', () => {
    const d = drive(
      ppSetup({
        device: {
          network: {
            ethernet: { present: false },
            wifi: { present: true, networks: [{ ssid: 'Contoso-Lab', security: 'WPA2-Personal', password: 'x1' }] },
          },
        },
      }),
    );
    answerLocalePages(d);
    d.until('network');
    d.winX5();
    d.winX5();
    expect(d.view().id).toBe('network');
  });

  it('works on the Entra sign-in page after the technician answered the locale pages (the tutorial path without a cable)', () => {
    const d = drive(
      ppSetup({
        device: {
          network: {
            ethernet: { present: false },
            wifi: {
              present: true,
              networks: [{ ssid: 'Contoso-Lab', security: 'WPA2-Personal', password: 'autopilot' }],
            },
          },
        },
      }),
    );
    answerLocalePages(d);
    d.until('network');
    d.winX5();
    expect(d.view().id).toBe('network');
    d.select('network', 'Contoso-Lab');
    d.click('connect');
    d.type('network-key', 'autopilot');
    d.click('key-next');
    d.advance(10_000);
    d.click('next');
    d.until('branding-signin');
    d.winX5();
    expect(d.view().id).toBe('preprovision-menu');
    d.click('cancel');
    expect(d.view().id).toBe('branding-signin');
  });

  it('Windows 10: the first row is preselected and the accept button is "Continue"', () => {
    const d = drive(ppSetup({ windows: { version: '10', build: '19045.5247' } }));
    d.until('region');
    d.winX5();
    expect(d.as('preprovision-menu')).toMatchObject({ selected: 'provisioning-package', acceptEnabled: true });
    expect(PREPROVISION_STRINGS.menu.accept['10']).toBe('Continue');
    expect(PREPROVISION_STRINGS.menu.rows['pre-provision'].name['10']).toBe('Windows Autopilot provisioning');
  });

  it('row 1 finds no provisioning package on removable media', () => {
    const d = drive(ppSetup());
    chooseMenuRow(d, 'provisioning-package');
    expect(d.as('preprovision-menu').notice).toBe('We couldn’t find any provisioning packages');
  });

  it('row 4 "Reset device" resets Windows: OOBE starts again', () => {
    const d = drive(ppSetup());
    chooseMenuRow(d, 'reset-device');
    expect(d.view().id).toBe('boot');
    d.until('region');
  });

  it('hides row 2 after the device was resealed', () => {
    const d = resealed(ppSetup(), 120 * MINUTE);
    d.until('region');
    d.winX5();
    const menu = d.as('preprovision-menu');
    expect(menu.rows.find((r) => r.id === 'pre-provision')!.visible).toBe(false);
    expect(() => d.select('preprovision-option', 'pre-provision')).toThrow(/not in the preprovision-option list/);
    d.click('cancel');
    d.click('yes');
    d.until('keyboard');
  });
});
