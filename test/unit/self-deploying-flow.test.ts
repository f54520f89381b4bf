import { describe, expect, it } from 'vitest';
import { AUTOPILOT_CHANNEL } from '../../electron/core/os/event-log';
import { getValue } from '../../electron/core/os/registry';
import type { ScreenViewOf } from '../../shared/snapshot';
import { boot, item, MINUTE, PASSWORD, selfDeployingSetup, UPN } from './self-deploying-harness';

/**
 * Self-deploying mode end to end on a real device (provisioning-modes.md §2.4–2.5): no sign-in
 * page, the device joins with its TPM, only the device ESP runs ("Securing your hardware" attests),
 * then the Windows sign-on screen where any organization member signs in and gets Account setup.
 */

const HIDDEN_PAGES = ['branding-signin', 'password', 'mfa', 'privacy', 'consumer-oobe'] as const;

describe('self-deploying on Ethernet with language and keyboard preset', () => {
  it('asks nothing: no language, keyboard, network, EULA, privacy or sign-in page before the ESP', () => {
    const d = boot(selfDeployingSetup());
    d.until('esp');
    expect(d.screenIds).toEqual(['boot', 'autopilot-profile', 'updates', 'esp']);
    d.until('signon');
    for (const page of [...HIDDEN_PAGES, 'region', 'keyboard', 'network']) expect(d.screenIds).not.toContain(page);
  });

  it('attests the TPM in "Securing your hardware", then joins and enrolls with the device identity, no user', () => {
    const d = boot(selfDeployingSetup());
    d.until('esp');
    const atStart = d.view() as ScreenViewOf<'esp'>;
    // Nothing was done before the page opened: unlike user-driven mode the first steps are not complete at once.
    expect(item(atStart, 'device-preparation', 'tpm').state).toBe('working');
    expect(item(atStart, 'device-preparation', 'aadj').state).toBe('waiting');
    expect(d.device.state.account.joined).toBe(false);
    d.until('signon');
    const order = [
      'TPM attestation started (attempt 1)',
      'ESP: Microsoft Entra device join done',
      'ESP: MDM enrollment done',
    ];
    const at = order.map((line) => d.timeline.indexOf(line));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(d.device.state.account).toMatchObject({ joined: true, upn: null, signedIn: false });
    expect(d.device.state.account.enrollmentId).not.toBeNull();
  });

  it('runs only the device ESP: Account setup stays "Waiting" until someone signs in', () => {
    const d = boot(selfDeployingSetup());
    d.until('signon');
    const cats = d.device.state.esp!.categories;
    expect(cats.map((c) => [c.id, c.state])).toEqual([
      ['device-preparation', 'complete'],
      ['device-setup', 'complete'],
      ['account-setup', 'waiting'],
    ]);
    expect(d.timeline).not.toContain('ESP: Account setup started');
  });

  it('ends at the Windows sign-on screen, where any member of the organization signs in, then Account setup, then the desktop', () => {
    const d = boot(selfDeployingSetup());
    d.until('signon');
    expect(d.view()).toMatchObject({ id: 'signon', stage: 'credentials', username: '', domain: '' });
    d.type('username', UPN);
    d.type('password', 'wrong');
    d.click('sign-in');
    expect(d.view()).toMatchObject({ id: 'signon', error: 'The user name or password is incorrect. Try again.' });
    d.type('username', UPN);
    d.type('password', PASSWORD);
    d.click('sign-in');
    expect(d.device.state.page.id).toBe('esp');
    expect(d.timeline).toContain('ESP: Account setup started');
    d.until('desktop');
    expect(d.view()).toMatchObject({ id: 'desktop', userPrincipalName: UPN, joinType: 'Microsoft Entra joined' });
    expect(d.device.state.esp!.categories.find((c) => c.id === 'account-setup')!.state).toBe('complete');
  });

  it('keeps the deployment across a restart during Device setup: the ESP resumes, nothing is asked again', () => {
    const setup = selfDeployingSetup({
      workload: {
        apps: [{ id: 'driver', name: 'Contoso Driver Pack', type: 'win32', durationMs: 3 * MINUTE, restart: 'hard' }],
      },
    });
    const d = boot(setup);
    d.until('signon');
    expect(d.timeline).toContain('Contoso Driver Pack asks for a restart now');
    expect(d.screenIds.filter((s) => s === 'boot')).toHaveLength(2);
    expect(d.screenIds.slice(d.screenIds.lastIndexOf('boot'))).toEqual(['boot', 'esp', 'signon']);
    expect(d.timeline.filter((l) => l === 'ESP: Microsoft Entra device join done')).toHaveLength(1);
  });
});

describe('self-deploying on Wi-Fi, or without a preset language', () => {
  it('shows region, keyboard and the network page when there is no Ethernet, and still no sign-in page', () => {
    const d = boot(
      selfDeployingSetup({
        device: {
          network: {
            ethernet: { present: false },
            wifi: {
              present: true,
              networks: [{ ssid: 'Contoso-Kiosk', security: 'WPA2-Personal', password: 'autopilot' }],
            },
          },
        },
      }),
    );
    d.until('region');
    d.click('yes');
    d.click('yes');
    d.click('skip');
    expect(d.device.state.page.id).toBe('network');
    d.device.execute('device.select', { list: 'network', item: 'Contoso-Kiosk' });
    d.click('connect');
    d.type('network-key', 'autopilot');
    d.click('key-next');
    d.device.execute('clock.advance', { ms: 10_000 });
    d.click('next');
    d.until('signon');
    expect(d.screenIds.slice(0, 5)).toEqual(['boot', 'region', 'keyboard', 'second-keyboard', 'network']);
    for (const page of HIDDEN_PAGES) expect(d.screenIds).not.toContain(page);
  });

  it('shows the keyboard page when the profile does not configure the keyboard automatically', () => {
    const d = boot(selfDeployingSetup({}, { automaticallyConfigureKeyboard: false }));
    d.until('keyboard');
    expect(d.screenIds).not.toContain('region');
  });
});

describe('no user affinity', () => {
  it('ignores an assigned user: no sign-in page, no primary user, the sign-on screen is empty', () => {
    const d = boot(selfDeployingSetup({ registration: { assignedUser: UPN } }));
    d.until('signon');
    expect(d.timeline).toContain(`Assigned user ${UPN} ignored: self-deploying mode has no user affinity`);
    expect(d.screenIds).not.toContain('branding-signin');
    expect(d.view()).toMatchObject({ id: 'signon', username: '' });
    expect(d.device.state.account.upn).toBeNull();
  });

  it('enrolls without a user: the UPN value of the enrollment is empty', () => {
    const d = boot(selfDeployingSetup());
    d.until('signon');
    const enrollment = `HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Enrollments\\${d.device.state.account.enrollmentId}`;
    expect(getValue(d.device.state.registry, enrollment, 'UPN')).toEqual({ type: 'REG_SZ', data: '' });
  });

  it('enrolls without a user even when one is assigned (the assigned user is ignored)', () => {
    const d = boot(selfDeployingSetup({ registration: { assignedUser: UPN } }));
    d.until('signon');
    const enrollment = `HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Enrollments\\${d.device.state.account.enrollmentId}`;
    expect(getValue(d.device.state.registry, enrollment, 'UPN')).toEqual({ type: 'REG_SZ', data: '' });
  });

  it('downloads the profile as Autopilot logs it, with no TPM error events on a healthy TPM', () => {
    const d = boot(selfDeployingSetup());
    d.until('signon');
    const ids = d.events(AUTOPILOT_CHANNEL).map((e) => e.eventId);
    expect(ids).toContain(161);
    expect(ids).not.toContain(171);
    expect(ids).not.toContain(172);
  });
});
