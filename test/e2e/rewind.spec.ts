import type { Page } from '@playwright/test';
import { clickOnDevice, deviceScreen, expect, expectScreen, skipUntil, test } from './fixtures';

/**
 * A trainer's "go back to before I fired that fault": the chrome's Rewind dialog lists the run's
 * moments, and going back to one puts the device (screen, network, tenant) as it was just before.
 */

const ethernetStatus = (page: Page) =>
  page.getByRole('group', { name: 'Ethernet cable' }).locator('.fault-control__status');

async function openRewind(page: Page) {
  await page.getByRole('button', { name: '⟲ Rewind…', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Rewind the device' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('fire a fault, rewind to just before it: the device is as it was; rewind further: an earlier page', async ({
  device: page,
  host,
}, info) => {
  await skipUntil(page, host, 'region');
  const screen = deviceScreen(page);
  await screen.getByRole('option', { name: 'United Kingdom' }).click();
  await expect(screen.getByRole('option', { name: 'United Kingdom', selected: true })).toBeVisible();
  await clickOnDevice(host, screen.getByRole('button', { name: 'Yes', exact: true }), 'region');
  await clickOnDevice(host, screen.getByRole('button', { name: 'Yes', exact: true }), 'keyboard');
  await clickOnDevice(
    host,
    screen.getByRole('button', { name: 'Skip adding a second keyboard layout', exact: true }),
    'second-keyboard',
  );
  await expectScreen(page, 'network');
  const next = screen.locator('.oobe-page__buttons').getByRole('button', { name: 'Next', exact: true });
  await expect(next).toBeDisabled();
  await expect(ethernetStatus(page)).toHaveText('link down');
  const before = JSON.stringify(host.session.core.execute('device.snapshot', {}).screen);

  // The fault: the cable goes in, the lease comes, and the page lets the person go on.
  await page.getByRole('button', { name: 'Plug in cable', exact: true }).click();
  await page.getByRole('button', { name: /Skip to next event/ }).click();
  await expect(next).toBeEnabled();
  await expect(ethernetStatus(page)).toHaveText('link up');

  const dialog = await openRewind(page);
  const moments = dialog.getByRole('list', { name: 'Moments' }).getByRole('listitem');
  await expect(moments.first()).toContainText('Fault: network.cable (connected true)');
  await expect(moments.last()).toContainText('Start of this run');
  await page.screenshot({ path: info.outputPath('rewind-dialog.png') });
  await dialog
    .getByRole('button', { name: 'Go back to just before: Fault: network.cable (connected true)', exact: true })
    .click();
  await expect(dialog).toBeHidden();

  await expectScreen(page, 'network');
  await expect(next).toBeDisabled();
  await expect(ethernetStatus(page)).toHaveText('link down');
  expect(JSON.stringify(host.session.core.execute('device.snapshot', {}).screen)).toBe(before);
  await page.screenshot({ path: info.outputPath('rewound-before-fault.png') });

  // The fault is gone from the moments; going back further reaches the region page with its choice made.
  const again = await openRewind(page);
  await expect(again.getByText('Fault: network.cable (connected true)')).toHaveCount(0);
  await again.getByRole('button', { name: 'Go back to just before: Click "yes" on region', exact: true }).click();
  await expectScreen(page, 'region');
  await expect(screen.getByRole('option', { name: 'United Kingdom', selected: true })).toBeVisible();
  await page.screenshot({ path: info.outputPath('rewound-to-region.png') });

  // And the run goes on from there as any run would.
  await clickOnDevice(host, screen.getByRole('button', { name: 'Yes', exact: true }), 'region');
  await expectScreen(page, 'keyboard');
});

test('"Save device" downloads the device; "Open device…" puts it back where it was, a broken file is refused', async ({
  device: page,
  host,
}, info) => {
  await skipUntil(page, host, 'region');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save device', exact: true }).click();
  const file = info.outputPath('saved.oobe-device');
  const saved = await downloading;
  expect(saved.suggestedFilename()).toMatch(/^device-0h00m\d\ds\.oobe-device$/);
  await saved.saveAs(file);

  await clickOnDevice(host, deviceScreen(page).getByRole('button', { name: 'Yes', exact: true }), 'region');
  await expectScreen(page, 'keyboard');

  await page.getByLabel('Saved device file').setInputFiles(file);
  await expectScreen(page, 'region');

  await page.getByLabel('Saved device file').setInputFiles({
    name: 'broken.oobe-device.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"oobe-sim-device","version":1,"dev'),
  });
  await expect(page.getByText(/broken\.oobe-device\.json: .*the running device keeps going/)).toBeVisible();
  await page.screenshot({ path: info.outputPath('open-broken-device.png') });
  await expectScreen(page, 'region');
});
