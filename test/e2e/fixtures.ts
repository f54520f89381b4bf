import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { resolve } from 'node:path';
import { DEFAULT_DEVICE_SETUP } from '../../shared/default-device';
import type { DeviceSetupInput } from '../../shared/device-setup';
import type { ScreenId } from '../../shared/screen-ids';
import type { ScreenView } from '../../shared/snapshot';
import { startWebHost, type WebHost } from '../../electron/host/web-host';

/** Each test gets its own web host (and so its own device) on a free port. */
export const test = base.extend<{ setup: DeviceSetupInput; host: WebHost; device: Page }>({
  setup: [DEFAULT_DEVICE_SETUP, { option: true }],
  host: async ({ setup }, use) => {
    const host = await startWebHost({
      port: 0,
      staticDir: resolve(process.env.RENDERER_OUT_DIR ?? 'dist/renderer'),
      setup,
    });
    await use(host);
    await host.close();
  },
  device: async ({ page, host }, use) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(host.url);
    await use(page);
  },
});

/** Waits for the device's screen to show `id` (the renderer marks each screen root with data-screen). */
export async function expectScreen(page: Page, id: ScreenId): Promise<void> {
  await expect(page.locator(`[data-screen="${id}"]`)).toBeVisible();
}

/**
 * Moves virtual time on, event by event, until the device shows `id`, then waits for the browser
 * to draw it. The device is asked directly (not through the page) so a skip never races a snapshot
 * still on its way to the browser: over-skipping could fire a later timeout.
 */
export async function skipUntil(page: Page, host: WebHost, id: ScreenId, maxSkips = 200): Promise<void> {
  const core = host.session.core;
  for (let i = 0; i < maxSkips && core.execute('device.snapshot', {}).screen.id !== id; i += 1) {
    // Windows Hello stands between Account setup and the desktop unless the tenant turns it off: a test
    // on its way elsewhere sets up the PIN through the pages, as a user would (hello.spec.ts tests them).
    if (id !== 'windows-hello' && core.execute('device.snapshot', {}).screen.id === 'windows-hello') {
      await setUpPin(page, host);
      continue;
    }
    if (core.execute('clock.skip', {}).firedAtMs === null) break;
  }
  await expectScreen(page, id);
}

/** The PIN the tests set up at Windows Hello (digits, no pattern: passes the default rules). */
export const TEST_PIN = '483920';

/**
 * Goes through the Windows Hello pages on screen by their roles and names: biometrics "Skip for
 * now", OK (hybrid: "Set up PIN"), the user's verification code when asked, the PIN twice, OK,
 * "All set!" OK, until the device leaves Windows Hello.
 */
export async function setUpPin(
  page: Page,
  host: WebHost,
  { pin = TEST_PIN, code = '123456' }: { pin?: string; code?: string } = {},
): Promise<void> {
  const core = host.session.core;
  const view = () => core.execute('device.snapshot', {}).screen;
  const screen = deviceScreen(page);
  const button = (name: string) => screen.getByRole('button', { name, exact: true });
  for (let step = 0; step < 10; step += 1) {
    const current = view();
    if (current.id !== 'windows-hello') return;
    await expectScreen(page, 'windows-hello');
    const left = (s: ScreenView) => s.id !== 'windows-hello' || s.stage !== current.stage;
    switch (current.stage) {
      case 'biometric':
        await clickOnDevice(host, screen.getByRole('link', { name: 'Skip for now' }), left);
        break;
      case 'entra-intro':
      case 'all-set':
        await clickOnDevice(host, button('OK'), left);
        break;
      case 'hybrid-intro':
        await clickOnDevice(host, button('Set up PIN'), left);
        break;
      case 'mfa':
        await screen.getByLabel('Code', { exact: true }).fill(code);
        await clickOnDevice(host, button('Verify'), left);
        break;
      case 'set-pin':
        await screen.getByLabel('New PIN', { exact: true }).fill(pin);
        await screen.getByLabel('Confirm PIN', { exact: true }).fill(pin);
        await expect
          .poll(() => {
            const v = view();
            return v.id === 'windows-hello' && v.newPinLength === pin.length && v.confirmPinLength === pin.length;
          })
          .toBe(true);
        await clickOnDevice(host, button('OK'), left);
        break;
      case 'error':
        await clickOnDevice(host, screen.getByRole('button', { name: 'Skip for now' }), left);
        break;
    }
  }
}

/**
 * Clicks `target` on the device's screen, then waits until the core has acted on the click. A
 * Playwright click resolves once the browser has sent the command over the WebSocket, not once the
 * core has run it, while `skipUntil` and `host.session.core` reach the core directly: skipping
 * virtual time before the click lands could fire a timer meant for later, or find nothing scheduled.
 *
 * `acted` says what "acted" means: a screen id waits until the device has left that screen; a
 * function, until it holds for the core's screen view (e.g. the password page turning busy).
 * Without it, any change of the core's screen view counts: use that only when nothing else sent
 * just before (text typed, a row picked) can still be on its way, or its arrival would pass for the
 * click's.
 */
export async function clickOnDevice(
  host: WebHost,
  target: Locator,
  acted?: ScreenId | ((screen: ScreenView) => boolean),
): Promise<void> {
  const screen = () => host.session.core.execute('device.snapshot', {}).screen;
  const before = JSON.stringify(screen());
  await target.click();
  if (typeof acted === 'string') await expect.poll(() => screen().id).not.toBe(acted);
  else if (acted) await expect.poll(() => acted(screen())).toBe(true);
  else await expect.poll(() => JSON.stringify(screen())).not.toBe(before);
}

/** The device's display (the chrome around it has buttons and text of its own). */
export function deviceScreen(page: Page): Locator {
  return page.getByRole('main', { name: 'Device screen' });
}

/** On the company sign-in page (skipped to first): the username, then Next, taken by the device. */
export async function enterUsername(page: Page, host: WebHost, upn: string): Promise<void> {
  await skipUntil(page, host, 'branding-signin');
  await page.getByPlaceholder('someone@example.com').fill(upn);
  await clickOnDevice(host, deviceScreen(page).getByRole('button', { name: 'Next', exact: true }), 'branding-signin');
  await expectScreen(page, 'password');
}

/** On the password page: the password, then "Sign in", taken by the device (what follows is the test's). */
export async function enterPassword(page: Page, host: WebHost, password: string): Promise<void> {
  await page.getByPlaceholder('Password').fill(password);
  await clickOnDevice(
    host,
    deviceScreen(page).getByRole('button', { name: 'Sign in', exact: true }),
    (screen) => screen.id !== 'password' || screen.busy,
  );
}

/** The Microsoft Entra sign-in: username, Next, password, Sign in. */
export async function signInToEntra(page: Page, host: WebHost, user: { upn: string; password: string }): Promise<void> {
  await enterUsername(page, host, user.upn);
  await enterPassword(page, host, user.password);
}

export { expect };
