import { describe, expect, it } from 'vitest';
import type { DeviceSetupInput } from '../../shared/device-setup';
import type { ScreenId } from '../../shared/screen-ids';
import { createDevice } from '../../electron/core';

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

function boot(setup: DeviceSetupInput) {
  const device = createDevice(setup, { powerOn: false });
  const screens: ScreenId[] = [];
  device.onEvent((name, payload) => {
    if (name === 'screen:entered') screens.push((payload as { screen: ScreenId }).screen);
  });
  device.execute('device.power', { action: 'on' });
  const screen = () => device.execute('device.snapshot', {}).screen;
  const advance = (ms: number) => device.execute('clock.advance', { ms });
  return { device, screens, screen, advance };
}

function connectWifi(d: ReturnType<typeof boot>) {
  d.device.execute('device.select', { list: 'network', item: 'Contoso-Guest' });
  d.device.execute('device.click', { control: 'connect' });
  d.device.execute('device.type', { field: 'network-key', text: 'autopilot' });
  d.device.execute('device.click', { control: 'key-next' });
}

describe('OOBE first pages', () => {
  it('walks a Wi-Fi device from boot through region, keyboards and network to the branded sign-in', () => {
    const d = boot(setup(WIFI, PROFILE));
    expect(d.screen().id).toBe('boot');
    d.advance(20_000);
    expect(d.screen().id).toBe('region');
    d.device.execute('device.select', { list: 'region', item: 'United Kingdom' });
    d.device.execute('device.click', { control: 'yes' });
    const keyboard = d.screen();
    expect(keyboard.id === 'keyboard' && keyboard.selected).toBe('United Kingdom');
    d.device.execute('device.click', { control: 'yes' });
    d.device.execute('device.click', { control: 'skip' });
    expect(d.screen().id).toBe('network');
    expect(() => d.device.execute('device.click', { control: 'next' })).toThrow(/not available until/);
    connectWifi(d);
    d.advance(5_000);
    const network = d.screen();
    expect(network.id === 'network' && network.canContinue).toBe(true);
    d.device.execute('device.click', { control: 'next' });
    d.advance(60_000);
    expect(d.screens).toEqual([
      'boot',
      'region',
      'keyboard',
      'second-keyboard',
      'network',
      'autopilot-profile',
      'updates',
      'branding-signin',
    ]);
    const signin = d.screen();
    expect(signin.id === 'branding-signin' && signin.organizationName).toBe('Contoso');
  });

  it('asks for the key again when it is wrong, with the Windows error text', () => {
    const d = boot(setup(WIFI, PROFILE));
    d.advance(20_000);
    d.device.execute('device.click', { control: 'yes' });
    d.device.execute('device.click', { control: 'yes' });
    d.device.execute('device.click', { control: 'skip' });
    d.device.execute('device.select', { list: 'network', item: 'Contoso-Guest' });
    d.device.execute('device.click', { control: 'connect' });
    d.device.execute('device.type', { field: 'network-key', text: 'wrong' });
    d.device.execute('device.click', { control: 'key-next' });
    const page = d.screen();
    expect(page.id === 'network' && page.passwordPrompt?.error).toBe(
      "The network security key isn't correct. Please try again.",
    );
  });

  it('skips region and keyboard on a wired device whose profile presets them', () => {
    const d = boot(setup(WIRED, { ...PROFILE, language: 'en-US', automaticallyConfigureKeyboard: true }));
    d.advance(120_000);
    expect(d.screens).toEqual(['boot', 'autopilot-profile', 'updates', 'branding-signin']);
  });

  it('still shows region and keyboard when the profile hides them but there is no network yet', () => {
    const d = boot(setup(WIFI, { ...PROFILE, language: 'en-US', automaticallyConfigureKeyboard: true }));
    d.advance(20_000);
    expect(d.screen().id).toBe('region');
  });

  it('sends an unregistered device to the consumer OOBE and records Autopilot as disabled', () => {
    const d = boot(setup(WIRED, undefined, { registration: { registered: false } }));
    d.advance(20_000);
    d.device.execute('device.click', { control: 'yes' });
    d.device.execute('device.click', { control: 'yes' });
    d.device.execute('device.click', { control: 'skip' });
    d.advance(60_000);
    expect(d.screen().id).toBe('consumer-oobe');
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
    const d = boot(setup(WIRED, PROFILE, { updates: { available: true, downloadMs: 60_000, restart: true } }));
    d.advance(20_000);
    d.device.execute('device.click', { control: 'yes' });
    d.device.execute('device.click', { control: 'yes' });
    d.device.execute('device.click', { control: 'skip' });
    d.advance(200_000);
    expect(d.screens).toEqual([
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
    const d = boot(setup(WIFI, PROFILE, { environment: { blockedEndpoints: ['ztd.dds.microsoft.com'] } }));
    d.advance(20_000);
    d.device.execute('device.click', { control: 'yes' });
    d.device.execute('device.click', { control: 'yes' });
    d.device.execute('device.click', { control: 'skip' });
    connectWifi(d);
    d.advance(5_000);
    d.device.execute('device.click', { control: 'next' });
    d.advance(179_000);
    expect(d.screen().id).toBe('autopilot-profile');
    d.advance(1_000);
    const errorPage = d.screen();
    expect(errorPage.id === 'autopilot-profile' && errorPage.status).toBe('error');
    d.advance(5_000);
    const network = d.screen();
    expect(network.id).toBe('network');
    expect(network.id === 'network' && network.networks[0]?.connected).toBe(false);
  });

  it('gives a clear error for a control that is not on screen, and keeps running', () => {
    const d = boot(setup(WIFI));
    d.advance(20_000);
    expect(() => d.device.execute('device.click', { control: 'reseal' })).toThrow(
      'There is no control "reseal" on the "region" screen.',
    );
    d.device.execute('device.click', { control: 'yes' });
    expect(d.screen().id).toBe('keyboard');
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
