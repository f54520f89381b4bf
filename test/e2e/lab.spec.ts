import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { expect, test } from './fixtures';

/**
 * The lab (issue 15 "Several devices"): opened from the device page's Lab link, it runs
 * kiosk-autologon on 10 headless devices with seeds 1..10 and shows one row per device and a
 * summary whose counts add up to 10; the device page goes on showing its own device.
 */
test('the lab runs 10 kiosk devices: 10 rows, a summary adding up to 10, the device page untouched', async ({
  device: page,
  context,
}) => {
  await expect(page.locator('[data-screen]').first()).toBeVisible();
  const before = await page.locator('.sim-stage [data-screen]').first().getAttribute('data-screen');
  const [lab] = await Promise.all([context.waitForEvent('page'), page.getByRole('link', { name: 'Lab' }).click()]);
  await lab.emulateMedia({ reducedMotion: 'reduce' });
  await expect(lab.locator('[data-window="lab"]')).toBeVisible();

  await lab.getByLabel('Scenario').selectOption('kiosk-autologon');
  await lab.getByLabel('Devices').fill('10');
  await lab.getByLabel('Seed base').fill('1');
  await lab.getByRole('button', { name: 'Run', exact: true }).click();

  await expect(lab.getByRole('status')).toContainText('kiosk-autologon: 10 of 10 devices done', { timeout: 60_000 });
  const rows = lab.getByRole('table', { name: 'Lab devices' }).locator('tbody tr');
  await expect(rows).toHaveCount(10);
  await expect(rows.first().locator('td').first()).toHaveText('1');
  await expect(rows.last().locator('td').first()).toHaveText('10');
  await expect(rows.first().locator('td').last()).toHaveText(/^\d+:\d\d:\d\d$/);

  const summary = lab.getByRole('region', { name: 'Lab summary' });
  await expect(summary).toBeVisible();
  let sum = 0;
  for (const outcome of ['success', 'failure', 'incomplete']) {
    sum += Number(await summary.locator(`[data-outcome="${outcome}"] dd`).innerText());
  }
  expect(sum).toBe(10);
  await expect(summary).toContainText('median');
  // All ten ran on one tenant, fresh for the run: ten Autopilot records, one per serial number.
  const tenant = lab.getByRole('region', { name: 'Lab tenant' });
  await expect(tenant.locator('.lab-summary__item').filter({ hasText: 'Autopilot records' }).locator('dd')).toHaveText(
    '10',
  );
  const serials = await rows.evaluateAll((trs) => trs.map((tr) => tr.querySelectorAll('td')[1]?.textContent ?? ''));
  expect(new Set(serials).size).toBe(10);

  mkdirSync('/tmp/shots-lab', { recursive: true });
  await lab.screenshot({ path: '/tmp/shots-lab/lab-kiosk-10.png', fullPage: true });

  // The lab page itself passes axe (no serious or critical violation).
  const axe = await new AxeBuilder({ page: lab }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // The running device was not touched by the lab.
  await expect(page.locator('.sim-stage [data-screen]').first()).toHaveAttribute('data-screen', before ?? '');
});

test('the lab refuses a device count out of range with a clear message', async ({ host, context }) => {
  const lab = await context.newPage();
  await lab.goto(`${host.url}lab`);
  await lab.getByLabel('Devices').fill('501');
  await lab.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(lab.getByRole('alert')).toContainText('Devices: a whole number from 1 to 500.');
});
