import { describe, expect, it } from 'vitest';
import { deployToDesktop, resetSetup } from './autopilot-reset-driver';

/**
 * The desktop's shell (issue 18 point 6): the taskbar clock is the device's clock, the network icon
 * follows the emulated adapters, Start opens and closes (button and Windows key) and leads to
 * Settings > System > Accounts > Access work or school > Info.
 */

describe('the desktop shell', () => {
  it('draws the device clock (drift included) and the wired connection, and follows the cable and the uplink', () => {
    const d = deployToDesktop(resetSetup());
    expect(d.view()).toMatchObject({
      id: 'desktop',
      deviceTime: d.device.execute('device.snapshot', {}).info.deviceTime,
      timeZone: 'UTC',
      network: { kind: 'ethernet', internet: true, ssid: null },
    });
    d.device.execute('fault.fire', { fault: { kind: 'clock.drift', driftMs: 3_600_000 } });
    expect(d.view()).toMatchObject({ deviceTime: d.device.execute('device.snapshot', {}).info.deviceTime });
    d.device.execute('fault.fire', { fault: { kind: 'network.internet', available: false } });
    expect(d.view()).toMatchObject({ network: { kind: 'ethernet', internet: false } });
    d.device.execute('fault.fire', { fault: { kind: 'network.cable', connected: false } });
    expect(d.view()).toMatchObject({ network: { kind: 'none', internet: false } });
  });

  it('names the Wi-Fi network and its bars on a wireless device', () => {
    const d = deployToDesktop(resetSetup({ wifi: true }));
    expect(d.view()).toMatchObject({ network: { kind: 'wifi', internet: true, ssid: 'Contoso-Corp', signal: 4 } });
  });

  it('Start opens from its button and the Windows key, and its Settings leads to Access work or school', () => {
    const d = deployToDesktop(resetSetup());
    d.click('start');
    expect(d.view()).toMatchObject({ window: 'start-menu' });
    d.click('start');
    expect(d.view()).toMatchObject({ window: 'none' });
    d.device.execute('device.key', { chord: 'Meta' });
    expect(d.view()).toMatchObject({ window: 'start-menu' });
    d.click('start-settings');
    expect(d.view()).toMatchObject({ window: 'settings-system' });
    expect(d.timeline).toContain('Opened Settings');
    d.click('settings-nav-accounts');
    expect(d.view()).toMatchObject({ window: 'settings-accounts' });
    d.click('open-access-work-or-school');
    expect(d.view()).toMatchObject({ window: 'access-work-or-school', workAccount: { upn: 'megan@contoso.com' } });
    d.click('open-work-account-info');
    expect(d.view()).toMatchObject({ window: 'work-account-info', management: { lastSync: null } });
    d.click('sync');
    expect(d.view()).toMatchObject({ management: { lastSync: expect.any(String) } });
    expect(d.timeline).toContain('Device checked in with Intune (Sync in Settings)');
  });

  it("refuses Info before Access work or school is open, and Start's Settings while Start is closed", () => {
    const d = deployToDesktop(resetSetup());
    expect(() => d.click('open-work-account-info')).toThrow();
    expect(() => d.click('start-settings')).toThrow();
    expect(d.view()).toMatchObject({ id: 'desktop', window: 'none' });
  });
});
