import { describe, expect, it } from 'vitest';
import type { DeviceSetupInput } from '../../shared/device-setup';
import { createDevice } from '../../electron/core';
import { driveDevice, type DeviceDriver } from '../support/device-driver';

const WIFI = {
  ethernet: { present: true, cableConnected: false, internet: true },
  wifi: {
    present: true,
    networks: [{ ssid: 'Contoso-Guest', security: 'WPA2-Personal' as const, password: 'autopilot' }],
  },
};
const WIRED = { ...WIFI, ethernet: { present: true, cableConnected: true, internet: true } };
const PROFILE = { name: 'Contoso user-driven' };

/** A device with the given adapters and deployment profile (plus any other setup). */
function setup(network: typeof WIFI, profile?: Record<string, unknown>, rest: DeviceSetupInput = {}): DeviceSetupInput {
  return { ...rest, device: { network }, policies: profile ? { deploymentProfile: profile } : {} };
}

function connectWifi(d: DeviceDriver) {
  d.select('network', 'Contoso-Guest');
  d.click('connect');
  d.type('network-key', 'autopilot');
  d.click('key-next');
}

describe('OOBE first pages', () => {
  it('walks a Wi-Fi device from boot through region, keyboards and network to the branded sign-in', () => {
    const d = driveDevice(setup(WIFI, PROFILE));
    expect(d.view().id).toBe('boot');
    d.advance(20_000);
    expect(d.view().id).toBe('region');
    d.device.execute('device.select', { list: 'region', item: 'United Kingdom' });
    d.device.execute('device.click', { control: 'yes' });
    const keyboard = d.view();
    expect(keyboard.id === 'keyboard' && keyboard.selected).toBe('United Kingdom');
    d.device.execute('device.click', { control: 'yes' });
    d.device.execute('device.click', { control: 'skip' });
    expect(d.view().id).toBe('network');
    expect(() => d.device.execute('device.click', { control: 'next' })).toThrow(/not available until/);
    connectWifi(d);
    d.advance(5_000);
    const network = d.view();
    expect(network.id === 'network' && network.canContinue).toBe(true);
    d.device.execute('device.click', { control: 'next' });
    d.advance(60_000);
    expect(d.screenIds).toEqual([
      'boot',
      'region',
      'keyboard',
      'second-keyboard',
      'network',
      'autopilot-profile',
      'updates',
      'branding-signin',
    ]);
    const signin = d.view();
    expect(signin.id === 'branding-signin' && signin.organizationName).toBe('Contoso');
  });

  it('asks for the key again when it is wrong, with the Windows error text', () => {
    const d = driveDevice(setup(WIFI, PROFILE));
    d.advance(20_000);
    d.device.execute('device.click', { control: 'yes' });
    d.device.execute('device.click', { control: 'yes' });
    d.device.execute('device.click', { control: 'skip' });
    d.device.execute('device.select', { list: 'network', item: 'Contoso-Guest' });
    d.device.execute('device.click', { control: 'connect' });
    d.device.execute('device.type', { field: 'network-key', text: 'wrong' });
    d.device.execute('device.click', { control: 'key-next' });
    const page = d.view();
    expect(page.id === 'network' && page.passwordPrompt?.error).toBe(
      "The network security key isn't correct. Please try again.",
    );
  });

  it('skips region and keyboard on a wired device whose profile presets them', () => {
    const d = driveDevice(setup(WIRED, { ...PROFILE, language: 'en-US', automaticallyConfigureKeyboard: true }));
    d.advance(120_000);
    expect(d.screenIds).toEqual(['boot', 'autopilot-profile', 'updates', 'branding-signin']);
  });

  it('still shows region and keyboard when the profile hides them but there is no network yet', () => {
    const d = driveDevice(setup(WIFI, { ...PROFILE, language: 'en-US', automaticallyConfigureKeyboard: true }));
    d.advance(20_000);
    expect(d.view().id).toBe('region');
  });

  it('sends an unregistered device to the consumer OOBE and records Autopilot as disabled', () => {
    const d = driveDevice(setup(WIRED, undefined, { registration: { registered: false } }));
    d.advance(20_000);
    d.device.execute('device.click', { control: 'yes' });
    d.device.execute('device.click', { control: 'yes' });
    d.device.execute('device.click', { control: 'skip' });
    d.advance(60_000);
    // No profile hides the licence terms: they come first (oobe-ui.md §2 row 13).
    expect(d.view().id).toBe('license-agreement');
    d.device.execute('device.click', { control: 'accept' });
    expect(d.view().id).toBe('consumer-oobe');
    const reg = d.device.execute('registry.export', {
      key: 'HKLM\\SOFTWARE\\Microsoft\\Provisioning\\Diagnostics\\Autopilot',
    }).text;
    expect(reg).toContain('"IsAutopilotDisabled"=dword:00000001');
    const events = d.device.execute('eventlog.read', {
      channel: 'Microsoft-Windows-ModernDeployment-Diagnostics-Provider/Autopilot',
    }).records;
    expect(events.map((e) => e.eventId)).toContain(807);
  });

  it('restarts for a critical update and resumes OOBE after it, downloading the profile again', () => {
    const d = driveDevice(setup(WIRED, PROFILE, { updates: { available: true, downloadMs: 60_000, restart: true } }));
    d.advance(20_000);
    d.device.execute('device.click', { control: 'yes' });
    d.device.execute('device.click', { control: 'yes' });
    d.device.execute('device.click', { control: 'skip' });
    d.advance(200_000);
    expect(d.screenIds).toEqual([
      'boot',
      'region',
      'keyboard',
      'second-keyboard',
      'autopilot-profile',
      'updates',
      'boot',
      'branding-signin',
    ]);
    const events = d.device.execute('eventlog.read', {}).records.filter((e) => e.eventId === 161);
    expect(events).toHaveLength(2);
  });

  it('times out the profile page after 3 minutes when the Autopilot service is cut, forgets the Wi-Fi and returns to the network page', () => {
    const d = driveDevice(setup(WIFI, PROFILE, { environment: { blockedEndpoints: ['ztd.dds.microsoft.com'] } }));
    d.advance(20_000);
    d.device.execute('device.click', { control: 'yes' });
    d.device.execute('device.click', { control: 'yes' });
    d.device.execute('device.click', { control: 'skip' });
    connectWifi(d);
    d.advance(5_000);
    d.device.execute('device.click', { control: 'next' });
    d.advance(179_000);
    expect(d.view().id).toBe('autopilot-profile');
    d.advance(1_000);
    const errorPage = d.view();
    expect(errorPage.id === 'autopilot-profile' && errorPage.status).toBe('error');
    d.advance(5_000);
    const network = d.view();
    expect(network.id).toBe('network');
    expect(network.id === 'network' && network.networks[0]?.connected).toBe(false);
  });

  it('gives a clear error for a control that is not on screen, and keeps running', () => {
    const d = driveDevice(setup(WIFI));
    d.advance(20_000);
    expect(() => d.device.execute('device.click', { control: 'reseal' })).toThrow(
      'There is no control "reseal" on the "region" screen.',
    );
    d.device.execute('device.click', { control: 'yes' });
    expect(d.view().id).toBe('keyboard');
  });
});

describe('determinism', () => {
  function run(seed: number) {
    const device = createDevice({ ...setup(WIFI, PROFILE), seed });
    const log: string[] = [];
    device.onEvent((name, payload) => log.push(JSON.stringify([name, payload])));
    device.execute('clock.advance', { ms: 20_000 });
    for (const control of ['yes', 'yes', 'skip']) device.execute('device.click', { control });
    device.execute('device.select', { list: 'network', item: 'Contoso-Guest' });
    device.execute('device.click', { control: 'connect' });
    device.execute('device.type', { field: 'network-key', text: 'autopilot' });
    device.execute('device.click', { control: 'key-next' });
    device.execute('clock.advance', { ms: 5_000 });
    device.execute('device.click', { control: 'next' });
    device.execute('clock.advance', { ms: 60_000 });
    return { log: log.join('\n'), state: JSON.stringify(device.state) };
  }

  it('gives the same device and the same event log, byte for byte, for the same seed and inputs', () => {
    const a = run(1234);
    const b = run(1234);
    expect(a.log).toBe(b.log);
    expect(a.state).toBe(b.state);
  });

  it('gives a different device for a different seed', () => {
    expect(run(1).state).not.toBe(run(2).state);
  });
});
