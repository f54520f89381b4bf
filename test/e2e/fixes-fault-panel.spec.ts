import type { Locator, Page } from '@playwright/test';
import type { WebHost } from '../../electron/host/web-host';
import { PREPROVISION_STRINGS } from '../../shared/strings-preprovision';
import { MEGAN, preprovisionReady } from '../support/setups';
import { clickOnDevice, expect, expectScreen, skipUntil, test } from './fixtures';

/**
 * The fault panel's "Organization and kiosk" group: what a trainer changes in Intune shows on the
 * pre-provisioning configuration page after "Refresh".
 */

const S = PREPROVISION_STRINGS;

const display = (page: Page): Locator => page.getByRole('main', { name: 'Device screen' });

/** Moves virtual time until the profile details have downloaded. */
function finishRefresh(host: WebHost): void {
  const core = host.session.core;
  for (let i = 0; i < 50; i += 1) {
    const screen = core.execute('device.snapshot', {}).screen;
    if (screen.id !== 'preprovision-config' || !screen.refreshing) break;
    if (core.execute('clock.skip', {}).firedAtMs === null) break;
  }
}

test.use({ setup: preprovisionReady([MEGAN]) });

test('assigning a user and renaming the profile from the fault panel shows after "Refresh"', async ({
  device: page,
  host,
}, info) => {
  await skipUntil(page, host, 'region');
  const windowsKey = page.getByRole('button', { name: 'Windows key', exact: true });
  for (let i = 0; i < 5; i += 1) await windowsKey.click();
  await expectScreen(page, 'preprovision-menu');
  await display(page).getByRole('option', { name: S.menu.rows['pre-provision'].name['11'], exact: true }).click();
  await clickOnDevice(
    host,
    display(page).getByRole('button', { name: S.menu.accept['11'], exact: true }),
    'preprovision-menu',
  );
  await skipUntil(page, host, 'preprovision-config');
  finishRefresh(host);
  await expect(display(page).getByText(S.config.notAssigned, { exact: true })).toBeVisible();

  await page.getByLabel('Assigned user in Intune').fill('megan@contoso.com');
  await page.getByRole('button', { name: 'Assign user', exact: true }).click();
  await page.getByLabel('Autopilot profile name in Intune').fill('Contoso kiosk devices');
  await page.getByRole('button', { name: 'Rename profile', exact: true }).click();
  // The faults and the Refresh click travel the same WebSocket, in order: Refresh sees the changes.
  await page.getByRole('heading', { name: 'Organization and kiosk' }).scrollIntoViewIfNeeded();
  await page.getByRole('combobox', { name: 'Kiosk autologon problem' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: info.outputPath('fault-panel-organization.png') });

  await display(page).getByRole('link', { name: S.config.refresh, exact: true }).click();
  await expect.poll(() => host.session.core.execute('device.snapshot', {}).screen).toMatchObject({ refreshing: true });
  finishRefresh(host);
  await expect(display(page).getByText('megan@contoso.com', { exact: true })).toBeVisible();
  await expect(display(page).getByText('Contoso kiosk devices', { exact: true })).toBeVisible();
  await page.screenshot({ path: info.outputPath('config-after-refresh.png') });
});
