import type { ScreenId } from '../../shared/screen-ids';
import { PREPROVISION_STRINGS } from '../../shared/strings-preprovision';
import { MEGAN, preprovisionReady } from '../support/setups';
import { deviceScreen, expect, expectScreen, skipUntil, test } from './fixtures';

/**
 * `user-driven-entra` from region to desktop with the keyboard alone, as on Windows: each page
 * puts focus on its first control, Enter and Space act on the focused list item, and Tab is never
 * needed. The keys pressed are counted, as a regression bar (the old renderer took 204 Tabs).
 * Virtual time is moved on between pages (the clock is not a key). Pre-provisioning's technician
 * flow (WIN ×5, the menu, Next, Provision) is done with keys alone below, too.
 */
const KEY_BUDGET = 60;

test('user-driven-entra completes by keyboard only in fewer than 60 key presses', async ({ device, host }) => {
  const loaded = host.session.handle({
    kind: 'req',
    id: 1,
    name: 'scenario.load',
    payload: { id: 'user-driven-entra' },
  });
  expect(loaded.kind).toBe('res');
  const core = host.session.core;
  let keys = 0;
  const focusedOn = async (screen: ScreenId) =>
    expect(device.locator(`[data-screen="${screen}"] :focus`)).toHaveCount(1);
  const press = async (key: string) => {
    keys += 1;
    await device.keyboard.press(key);
  };
  const type = async (text: string) => {
    keys += text.length;
    await device.keyboard.type(text);
  };
  const screenId = () => host.session.core.execute('device.snapshot', {}).screen.id;
  /** Enter on `screen`, then wait until the device has left it. */
  const enterLeaving = async (screen: ScreenId) => {
    await focusedOn(screen);
    await press('Enter');
    await expect.poll(screenId).not.toBe(screen);
  };

  await skipUntil(device, host, 'region');
  await enterLeaving('region');
  await expectScreen(device, 'keyboard');
  await enterLeaving('keyboard');
  await expectScreen(device, 'second-keyboard');
  await enterLeaving('second-keyboard');

  // The network list: Enter picks the focused network, Enter again is its Connect, then the key.
  await expectScreen(device, 'network');
  await focusedOn('network');
  await expect(device.locator(':focus')).toHaveAttribute('data-value', 'Contoso-Guest');
  await press('Enter');
  await expect(deviceScreen(device).getByRole('button', { name: 'Connect' })).toBeVisible();
  await press('Enter');
  await expect(device.locator('[data-screen="network"] input[type="password"]')).toBeFocused();
  await type('autopilot');
  await press('Enter');
  await expect
    .poll(() => {
      const screen = core.execute('device.snapshot', {}).screen;
      return screen.id === 'network' && screen.passwordPrompt === null;
    })
    .toBe(true);
  const connected = () => {
    const screen = core.execute('device.snapshot', {}).screen;
    return screen.id === 'network' && screen.canContinue;
  };
  for (let i = 0; i < 20 && !connected(); i += 1) core.execute('clock.skip', {});
  await expect(device.locator('[data-screen="network"] .oobe-page__buttons button')).toBeEnabled();
  await enterLeaving('network');

  await skipUntil(device, host, 'branding-signin');
  await focusedOn('branding-signin');
  await type('megan@contoso.com');
  await press('Enter');
  await expect.poll(screenId).toBe('password');
  await expectScreen(device, 'password');
  await focusedOn('password');
  await type('Pa55w.rd');
  await press('Enter');
  await expect
    .poll(() => {
      const screen = core.execute('device.snapshot', {}).screen;
      return screen.id !== 'password' || screen.busy;
    })
    .toBe(true);

  await skipUntil(device, host, 'privacy');
  await focusedOn('privacy');
  await press('Enter'); // Next: to the end of the list
  await expect(deviceScreen(device).getByRole('button', { name: 'Accept', exact: true })).toBeFocused();
  await enterLeaving('privacy');

  await skipUntil(device, host, 'signon');
  await focusedOn('signon');
  await type('Pa55w.rd');
  await press('Enter');
  await expect
    .poll(() => {
      const screen = core.execute('device.snapshot', {}).screen;
      return screen.id !== 'signon' || JSON.stringify(screen).includes('"busy":true');
    })
    .toBe(true);
  await skipUntil(device, host, 'desktop');

  test.info().annotations.push({ type: 'keys pressed', description: String(keys) });
  console.log(`user-driven-entra by keyboard: ${keys} key presses`);
  expect(keys).toBeLessThan(KEY_BUDGET);
});

test('type-ahead and arrows in the region list, and Tab that stays within the page', async ({ device, host }) => {
  await skipUntil(device, host, 'region');
  const region = () => {
    const screen = host.session.core.execute('device.snapshot', {}).screen;
    return screen.id === 'region' ? screen.selected : null;
  };
  await expect(device.locator('[data-screen="region"] [role="option"]:focus')).toHaveCount(1);
  // Letters typed together spell the start of an entry: "sw" is Sweden, not the first "s" entry.
  await device.keyboard.type('sw');
  await expect.poll(region).toBe('Sweden');
  await expect(device.locator(':focus')).toHaveAttribute('data-value', 'Sweden');
  // Arrow keys move the choice, and focus with it.
  await device.keyboard.press('ArrowDown');
  await expect.poll(region).not.toBe('Sweden');
  await expect(device.locator(':focus')).toHaveAttribute('data-value', region() ?? '');

  // Tab goes round the page's controls and never leaves it for the simulator's chrome.
  for (let i = 0; i < 8; i += 1) {
    await device.keyboard.press('Tab');
    await expect(device.locator('[data-screen="region"] :focus')).toHaveCount(1);
  }
  for (let i = 0; i < 3; i += 1) {
    await device.keyboard.press('Shift+Tab');
    await expect(device.locator('[data-screen="region"] :focus')).toHaveCount(1);
  }
});

test('arrow keys faster than the device answers each move one row (a held key loses none)', async ({
  device,
  host,
}) => {
  await skipUntil(device, host, 'region');
  const region = () => {
    const screen = host.session.core.execute('device.snapshot', {}).screen;
    return screen.id === 'region' ? screen.selected : null;
  };
  const focused = device.locator('[data-screen="region"] [role="option"]:focus');
  await expect(focused).toHaveCount(1);
  const options = await device
    .locator('[data-screen="region"] [role="option"]')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-value')));
  const start = options.indexOf(await focused.getAttribute('data-value'));
  // Five key presses in one task: none of the device's answers can arrive in between.
  await focused.evaluate((option) => {
    for (let i = 0; i < 5; i += 1) {
      option.ownerDocument.activeElement?.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true, cancelable: true }),
      );
    }
  });
  // The region list opens on the United States, near its end: up is where there is room.
  const expected = options[start - 5];
  await expect(device.locator(':focus')).toHaveAttribute('data-value', expected ?? '');
  await expect.poll(region).toBe(expected);
});

test.describe('pre-provisioning by keyboard only', () => {
  test.use({ setup: preprovisionReady([MEGAN]) });

  test('Windows key ×5, "Pre-provision with Windows Autopilot", Next, then Provision: the device starts provisioning', async ({
    device,
    host,
  }) => {
    const S = PREPROVISION_STRINGS;
    const core = host.session.core;
    const screenId = () => core.execute('device.snapshot', {}).screen.id;
    const focused = () => device.locator(':focus');
    await skipUntil(device, host, 'region');
    // The keyboard's own Windows key (Meta), five times, as a technician does on the first screen.
    for (let i = 0; i < 5; i += 1) await device.keyboard.press('Meta');
    await expectScreen(device, 'preprovision-menu');
    await expect(device.locator('[data-screen="preprovision-menu"] :focus')).toHaveCount(1);
    const row = S.menu.rows['pre-provision'].name['11'];
    // Arrows move through the rows until the pre-provisioning one; Space picks it.
    for (let i = 0; i < 3 && (await focused().textContent())?.includes(row) !== true; i += 1) {
      await device.keyboard.press('ArrowDown');
    }
    await expect(focused()).toContainText(row);
    await device.keyboard.press('Space');
    await expect(focused()).toHaveAttribute('aria-selected', 'true');
    // Tab to "Next" and press it.
    const next = deviceScreen(device).getByRole('button', { name: S.menu.accept['11'], exact: true });
    for (let i = 0; i < 6 && !(await next.evaluate((b) => b === document.activeElement)); i += 1) {
      await device.keyboard.press('Tab');
    }
    await expect(next).toBeFocused();
    await device.keyboard.press('Enter');
    await expect.poll(screenId).not.toBe('preprovision-menu');

    await skipUntil(device, host, 'preprovision-config');
    const provision = deviceScreen(device).getByRole('button', { name: S.config.provision['11'], exact: true });
    for (let i = 0; i < 50 && !(await provision.isEnabled()); i += 1) core.execute('clock.skip', {});
    await expect(provision).toBeEnabled();
    for (let i = 0; i < 8 && !(await provision.evaluate((b) => b === document.activeElement)); i += 1) {
      await device.keyboard.press('Tab');
    }
    await expect(provision).toBeFocused();
    await device.keyboard.press('Enter');
    await expect.poll(screenId).not.toBe('preprovision-config');
    // Provisioning runs: the technician phase's ESP (device preparation, then device setup).
    await expect.poll(screenId).toBe('esp');
    await expectScreen(device, 'esp');
    await device.screenshot({ path: '/tmp/shots-qa2/preprovision-keyboard-started.png' });
  });
});
