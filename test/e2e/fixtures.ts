import { test as base, expect, type Page } from '@playwright/test';
import { resolve } from 'node:path';
import { DEFAULT_DEVICE_SETUP } from '../../shared/default-device';
import type { DeviceSetupInput } from '../../shared/device-setup';
import type { ScreenId } from '../../shared/screen-ids';
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
    if (core.execute('clock.skip', {}).firedAtMs === null) break;
  }
  await expectScreen(page, id);
}

export { expect };
