import type { Page } from '@playwright/test';
import { resolve } from 'node:path';
import { createDevice } from '../../electron/core/index';
import { startWebHost } from '../../electron/host/web-host';
import { Session } from '../../electron/runtime/session';
import { diskScenarioLibrary } from '../../electron/scenarios/disk-library';
import { DEFAULT_DEVICE_SETUP } from '../../shared/default-device';
import { clickOnDevice, deviceScreen, expect, expectScreen, skipUntil, test } from './fixtures';

/**
 * The first ten minutes of a new user (issue 19): a clock that runs and says when it doesn't, clicks
 * that can't skip pages, a host that says it is gone and comes back, a reset that asks first, and a
 * fault panel that starts afresh with each scenario. Screenshots go to the test's output folder.
 */
const STATIC_DIR = resolve(process.env.RENDERER_OUT_DIR ?? 'dist/renderer');
const clock = (page: Page) => page.getByRole('group', { name: 'Virtual clock' });

test('the clock runs at ×1 from the start; a paused clock shows "Paused" on the frame with the key to resume', async ({
  page,
}, info) => {
  // `npm run web` and the Electron app run the clock (autoRun); the tests' own host does not.
  const host = await startWebHost({ port: 0, staticDir: STATIC_DIR, autoRun: true });
  try {
    await page.goto(host.url);
    await expect(clock(page).getByRole('button', { name: '×1', exact: true })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('button', { name: /^Paused/ })).toHaveCount(0);

    // A scenario picked runs too, and at the speed the user chose last.
    await clock(page).getByRole('button', { name: '×10', exact: true }).click();
    await expect.poll(() => host.session.core.pacing).toBe('x10');
    await page.getByRole('button', { name: 'Scenarios' }).click();
    await page
      .getByRole('list', { name: 'Built-in scenarios' })
      .locator('[data-scenario="wrong-tenant"] button')
      .click();
    await expect.poll(() => host.session.core.execute('device.snapshot', {}).scenario?.id).toBe('wrong-tenant');
    await expect(clock(page).getByRole('button', { name: '×10', exact: true })).toHaveAttribute('aria-pressed', 'true');

    // Paused: the frame says so and names the key; the key resumes at the last speed.
    await clock(page).getByRole('button', { name: 'Pause', exact: true }).click();
    const badge = page.getByRole('button', { name: 'Paused Press F9 to resume' });
    await expect(badge).toBeVisible();
    await page.screenshot({ path: info.outputPath('paused-frame.png') });
    await page.keyboard.press('F9');
    await expect(badge).toHaveCount(0);
    await expect.poll(() => host.session.core.pacing).toBe('x10');
    await expect(clock(page).getByRole('button', { name: '×10', exact: true })).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('F9');
    await expect(badge).toBeVisible();
    await badge.click();
    await expect.poll(() => host.session.core.pacing).toBe('x10');
  } finally {
    await host.close();
  }
});

test('a fast triple click on "Yes" answers the region page only, with no error banner', async ({ device, host }) => {
  await skipUntil(device, host, 'region');
  await deviceScreen(device).getByRole('button', { name: 'Yes', exact: true }).click({ clickCount: 3 });
  await expectScreen(device, 'keyboard');
  // An input sent after the clicks arrives after them: once it has acted, every click has been handled.
  const second = deviceScreen(device).getByRole('option').nth(1);
  const name = await second.getAttribute('data-value');
  await second.click();
  await expect
    .poll(() => {
      const screen = host.session.core.execute('device.snapshot', {}).screen;
      return screen.id === 'keyboard' ? screen.selected : screen.id;
    })
    .toBe(name);
  await expectScreen(device, 'keyboard');
  await expect(device.getByRole('alert')).toHaveCount(0);
});

test('the core drops an input meant for a page that has gone, without an error', async ({ device, host }) => {
  await skipUntil(device, host, 'region');
  const core = host.session.core;
  const { pageChanges } = core.execute('device.snapshot', {});
  core.execute('device.click', { control: 'yes', page: { screen: 'region', changes: pageChanges } });
  expect(core.execute('device.snapshot', {}).screen.id).toBe('keyboard');
  // The same click again, still meant for the region page: no error, nothing changes.
  expect(core.execute('device.click', { control: 'yes', page: { screen: 'region', changes: pageChanges } })).toEqual({
    ok: true,
  });
  expect(core.execute('device.snapshot', {}).screen.id).toBe('keyboard');
  await expectScreen(device, 'keyboard');
});

test('when the host goes away the device says so, reconnects on its own and carries on where it was', async ({
  page,
}, info) => {
  const session = new Session(createDevice(DEFAULT_DEVICE_SETUP), { scenarios: diskScenarioLibrary() });
  let host = await startWebHost({ port: 0, staticDir: STATIC_DIR, session });
  const port = host.port;
  try {
    await page.goto(host.url);
    await skipUntil(page, host, 'region');
    await clickOnDevice(host, deviceScreen(page).getByRole('button', { name: 'Yes', exact: true }), 'region');
    await expectScreen(page, 'keyboard');

    await host.close();
    const notice = page.getByRole('alert').filter({ hasText: 'The simulator stopped responding' });
    await expect(notice).toBeVisible();
    await page.screenshot({ path: info.outputPath('disconnected.png') });

    host = await startWebHost({ port, staticDir: STATIC_DIR, session });
    await expect(notice).toHaveCount(0, { timeout: 20_000 });
    await expectScreen(page, 'keyboard');
    await clickOnDevice(host, deviceScreen(page).getByRole('button', { name: 'Yes', exact: true }), 'keyboard');
    await expectScreen(page, 'second-keyboard');
  } finally {
    await host.close();
    session.dispose();
  }
});

test('"Reset to factory" asks first; the new device\'s clock starts at 0:00:00', async ({ device, host }, info) => {
  await skipUntil(device, host, 'region');
  host.session.core.execute('clock.advance', { ms: 125_000 });
  await expect(clock(device).getByRole('status', { name: 'Virtual time' })).not.toHaveText('0:00:00');
  const reset = device.getByRole('group', { name: 'Power' }).getByRole('button', { name: 'Reset to factory' });

  await reset.click();
  const dialog = device.getByRole('dialog', { name: 'Reset the device to factory state?' });
  await expect(dialog).toBeVisible();
  await device.screenshot({ path: info.outputPath('reset-confirmation.png') });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  expect(host.session.core.nowMs).toBeGreaterThanOrEqual(125_000);

  await reset.click();
  await dialog.getByRole('button', { name: 'Reset to factory' }).click();
  await expect.poll(() => host.session.core.nowMs).toBe(0);
  await expect(clock(device).getByRole('status', { name: 'Virtual time' })).toHaveText('0:00:00');
  await expectScreen(device, 'boot');
});

test('the fault panel shows labels (ids as tooltips) and starts afresh with each scenario', async ({
  device,
  host,
}) => {
  const tpm = device.getByLabel('TPM fault');
  await expect(tpm.locator('option[value="attestation-timeout"]')).toHaveText('Attestation times out');
  await expect(tpm.locator('option[value="attestation-timeout"]')).toHaveAttribute('title', 'attestation-timeout');
  await tpm.selectOption('vulnerable-firmware');
  await expect(tpm).toHaveAttribute('title', 'vulnerable-firmware');

  await device.getByRole('button', { name: 'Scenarios' }).click();
  await device
    .getByRole('list', { name: 'Built-in scenarios' })
    .locator('[data-scenario="cable-plugged-mid-oobe"] button')
    .click();
  await expect.poll(() => host.session.core.execute('device.snapshot', {}).scenario?.id).toBe('cable-plugged-mid-oobe');
  await expect(tpm).not.toHaveValue('vulnerable-firmware');
  const fault = host.session.core.execute('device.snapshot', {}).faults[0];
  if (!fault) throw new Error('the scenario has a fault');
  const row = device.locator(`[data-fault="${fault.id}"]`);
  await expect(row.locator('.fault-list__label')).toHaveText(fault.label);
  await expect(row.locator('.fault-list__label')).toHaveAttribute('title', fault.id);
});
