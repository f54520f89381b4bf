import { test, expect } from './fixtures';

/**
 * The first screen comes from the snapshot in the page (issue 16), not from the WebSocket: with a
 * socket that never answers, the device's screen is still drawn, and it is the device's own.
 */
test("the device's first screen is drawn from the page before the socket answers", async ({ page, host }) => {
  await page.routeWebSocket('**/ws', () => {
    // Accepted and never answered: the page's socket is open, but no snapshot comes over it.
  });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(host.url);
  const screen = host.session.core.execute('device.snapshot', {}).screen.id;
  await expect(page.locator(`[data-screen="${screen}"]`)).toBeVisible();
  // Taken out of the page once read: nothing stale is left in the DOM.
  await expect(page.locator('#device-snapshot')).toHaveCount(0);
});
