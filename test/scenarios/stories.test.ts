import { describe, expect, it } from 'vitest';
import { runScenario } from '../../electron/core/scenario/runner';
import type { Scenario } from '../../shared/scenario/scenario';
import type { ScreenView } from '../../shared/snapshot';
import { OOBE_STRINGS } from '../../shared/strings';
import { loadBuiltin } from './builtin-library';

/**
 * What each built-in is meant to teach, checked on the device itself (registry, event log, the
 * screen's view model), beyond "it reached its final screen". The golden files pin the timeline;
 * these pin the story, so a core change that keeps the screens but loses the point shows up here.
 */

type Device = ReturnType<typeof runScenario>['device'];

const AUTOPILOT_KEY = 'HKLM\\SOFTWARE\\Microsoft\\Provisioning\\Diagnostics\\Autopilot';

/** A value under the Autopilot diagnostics key as `reg query … /v` prints it (null when absent). */
function autopilotValue(device: Device, name: string): string | null {
  const out = device.execute('shell.run', { line: `reg query ${AUTOPILOT_KEY} /v ${name}` });
  if (out.exitCode !== 0) return null;
  const line = out.stdout.split('\r\n').find((l) => l.trim().startsWith(`${name} `));
  return line?.trim().split(/\s{4}/)[2] ?? '';
}

function screenView(device: Device): ScreenView {
  return device.execute('device.snapshot', {}).screen;
}

async function run(id: string, keepSteps?: number) {
  const scenario: Scenario = await loadBuiltin(id);
  const script = keepSteps === undefined ? scenario.script : scenario.script.slice(0, keepSteps);
  return runScenario({ ...scenario, script });
}

const eventIds = (r: ReturnType<typeof runScenario>['result']) => r.events.map((e) => e.eventId);
const screenIds = (r: ReturnType<typeof runScenario>['result']) => r.screens.map((s) => s.id);

describe('built-in stories', () => {
  it('not-registered: event 807, IsAutopilotDisabled 1, no tenant, consumer OOBE', async () => {
    const { result, device } = await run('not-registered');
    expect(eventIds(result)).toContain(807);
    expect(autopilotValue(device, 'IsAutopilotDisabled')).toBe('0x1');
    expect(autopilotValue(device, 'CloudAssignedTenantDomain')).toBe('');
    expect(result.finalScreen).toBe('consumer-oobe');
  });

  it.each(['no-profile-assigned', 'profile-attention-required'])(
    '%s: event 815, tenant known, Autopilot disabled, consumer OOBE',
    async (id) => {
      const { result, device } = await run(id);
      expect(eventIds(result)).toContain(815);
      expect(eventIds(result)).not.toContain(807);
      expect(autopilotValue(device, 'IsAutopilotDisabled')).toBe('0x1');
      expect(autopilotValue(device, 'CloudAssignedTenantDomain')).toMatch(/\.onmicrosoft\.com$/);
      expect(result.finalScreen).toBe('consumer-oobe');
    },
  );

  it('no-profile-assigned: the region page shows on a wired device because no profile hides it', async () => {
    const { result } = await run('no-profile-assigned');
    expect(result.timeline.some((t) => t.text === 'Ethernet connected')).toBe(true);
    expect(screenIds(result)).toContain('region');
  });

  it('wrong-tenant: the documented error on the sign-in page and TenantMatched 0', async () => {
    const { result, device } = await run('wrong-tenant');
    expect(result.errors).toEqual([
      expect.objectContaining({ screen: 'branding-signin', message: OOBE_STRINGS.signIn.otherTenant }),
    ]);
    expect(autopilotValue(device, 'TenantMatched')).toBe('0x0');
    expect(screenView(device)).toMatchObject({ id: 'branding-signin', error: OOBE_STRINGS.signIn.otherTenant });
  });

  it('first-pages-wired-preset: region, keyboard, second keyboard and network pages are skipped; the name template renames and restarts', async () => {
    const { result, device } = await run('first-pages-wired-preset');
    expect(screenIds(result)).toEqual(['boot', 'autopilot-profile', 'updates', 'boot', 'branding-signin']);
    expect(device.state.computerName).toBe(`NWT-${device.state.identity.serialNumber}`);
  });

  it('first-pages-wifi-hidden-pages: the same kind of profile cannot hide the pages without a network', async () => {
    const { result, device } = await run('first-pages-wifi-hidden-pages');
    expect(screenIds(result).slice(0, 5)).toEqual(['boot', 'region', 'keyboard', 'second-keyboard', 'network']);
    expect(device.state.oobe).toMatchObject({ region: 'Germany', keyboard: 'German', extraLayouts: ['US'] });
  });

  it('ztd-endpoint-blocked: 3-minute timeout, 5 s error, Wi-Fi forgotten, back to the network page', async () => {
    const { result, device } = await run('ztd-endpoint-blocked');
    const profilePage = result.screens.find((s) => s.id === 'autopilot-profile')!;
    const back = result.screens.at(-1)!;
    expect(back).toEqual({ id: 'network', atMs: profilePage.atMs + 180_000 + 5_000 });
    expect(eventIds(result).filter((id) => id === 100).length).toBeGreaterThanOrEqual(10);
    expect(device.state.network.savedWifi).not.toContain('ADATUM-WH');
    // The script selects the network again: its key is asked for once more.
    expect(screenView(device)).toMatchObject({
      id: 'network',
      passwordPrompt: { ssid: 'ADATUM-WH' },
      canContinue: false,
    });
    expect(autopilotValue(device, 'IsAutopilotDisabled')).toBe('0x1');
  });

  it('ztd-endpoint-restored: retries fail while cut, then the profile arrives before the page gives up', async () => {
    const { result } = await run('ztd-endpoint-restored');
    const restored = result.timeline.find((t) => t.text === 'ztd.dds.microsoft.com reachable again')!;
    const downloaded = result.events.find((e) => e.eventId === 161)!;
    expect(result.events.filter((e) => e.eventId === 100 && e.atMs < restored.atMs).length).toBeGreaterThan(0);
    expect(downloaded.atMs).toBeGreaterThan(restored.atMs);
    expect(downloaded.atMs - restored.atMs).toBeLessThanOrEqual(15_000);
    const profilePage = result.screens.find((s) => s.id === 'autopilot-profile')!;
    expect(downloaded.atMs - profilePage.atMs).toBeLessThan(180_000);
  });

  it('critical-update-restart: the update restarts the device once and OOBE resumes at the sign-in page', async () => {
    const { result, device } = await run('critical-update-restart');
    expect(screenIds(result)).toEqual([
      'boot',
      'region',
      'keyboard',
      'second-keyboard',
      'autopilot-profile',
      'updates',
      'boot',
      'branding-signin',
    ]);
    expect(result.timeline.filter((t) => t.kind === 'power').map((t) => t.text)).toEqual([
      'Device powered on',
      'Device restarting',
    ]);
    expect(device.state.bootCount).toBe(2);
    expect(device.state.setup.windows.version).toBe('10');
  });

  it('wifi-wrong-key: the wrong key gets the documented message, then the right key connects', async () => {
    const wrong = await run('wifi-wrong-key', 4);
    expect(screenView(wrong.device)).toMatchObject({
      id: 'network',
      passwordPrompt: { ssid: 'Fabrikam-Mobile', error: OOBE_STRINGS.network.wrongKey },
    });
    const { result } = await run('wifi-wrong-key');
    expect(result.timeline.map((t) => t.text)).toEqual(
      expect.arrayContaining([
        "The network security key isn't correct. Please try again.",
        'Wi-Fi connected to "Fabrikam-Mobile"',
      ]),
    );
  });

  it('no-internet-consumer: offline consumer page, the Autopilot service never contacted', async () => {
    const { result, device } = await run('no-internet-consumer');
    expect(result.events).toEqual([]);
    expect(screenView(device)).toMatchObject({ id: 'consumer-oobe', offline: true });
  });

  it('assigned-user-prefilled: the username is the assigned user and cannot be changed', async () => {
    const { device } = await run('assigned-user-prefilled');
    expect(screenView(device)).toMatchObject({
      id: 'branding-signin',
      username: 'megan@woodgrovebank.com',
      usernameLocked: true,
    });
    expect(() => device.execute('device.type', { field: 'username', text: 'nestor@woodgrovebank.com' })).toThrow(
      /cannot be changed/,
    );
  });

  it('wifi-no-internet: joined to a network without internet, Next stays unavailable and nothing downloads', async () => {
    const { result, device } = await run('wifi-no-internet', 4);
    expect(device.state.network.connectedSsid).toBe('Expo-Free-WiFi');
    expect(screenView(device)).toMatchObject({ id: 'network', canContinue: false });
    expect(() => device.execute('device.click', { control: 'next' })).toThrow(/not available/);
    expect(result.events).toEqual([]);
  });

  it('win5-not-reachable: ten Windows key presses on the network page, after region and keyboard, open nothing', async () => {
    const { result, device } = await run('win5-not-reachable');
    expect(screenIds(result)).toEqual(['boot', 'region', 'keyboard', 'second-keyboard', 'network']);
    expect(result.timeline.filter((t) => t.text === 'Key pressed: Meta')).toHaveLength(10);
    expect(result.timeline.map((t) => t.text)).not.toContain(
      'Windows key pressed five times: "What would you like to do?"',
    );
    expect(screenView(device).id).toBe('network');
    // The same presses on the first screen open the menu.
    const first = await run('win5-not-reachable', 0);
    for (let i = 0; i < 5; i += 1) first.device.execute('device.key', { chord: 'Meta' });
    expect(screenView(first.device).id).toBe('preprovision-menu');
  });

  it('cable-plugged-mid-oobe: the cable plugged on the network page brings the profile and the sign-in page', async () => {
    const { result } = await run('cable-plugged-mid-oobe');
    const texts = result.timeline.map((t) => t.text);
    expect(texts.indexOf('Screen: network')).toBeLessThan(texts.indexOf('Ethernet cable plugged in'));
    expect(texts.indexOf('Ethernet connected')).toBeLessThan(texts.indexOf('Screen: autopilot-profile'));
    expect(result.finalScreen).toBe('branding-signin');
  });
});
