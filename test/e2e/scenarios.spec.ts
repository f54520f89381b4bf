import { readFileSync } from 'node:fs';
import { MEGAN } from '../support/setups';
import { expectScreen, signInToEntra, skipUntil, test, expect } from './fixtures';

test('the scenario picker lists the built-ins with title and description, and loads one', async ({
  device: page,
  host,
}) => {
  await page.getByRole('button', { name: 'Scenarios', exact: true }).click();
  const list = page.getByRole('list', { name: 'Built-in scenarios' });
  const item = list.getByRole('listitem', { name: 'User-driven Microsoft Entra join, end to end' });
  await expect(item).toBeVisible();
  await expect(item.getByText(/goes through the whole user-driven deployment/)).toBeVisible();
  await item.getByRole('button', { name: 'Load', exact: true }).click();
  await expect.poll(() => host.session.core.execute('device.snapshot', {}).scenario?.id).toBe('user-driven-entra');
  await skipUntil(page, host, 'region');
});

test('a broken scenario file lists every problem and the running device keeps going', async ({
  device: page,
  host,
}) => {
  await skipUntil(page, host, 'region');
  await page.getByRole('button', { name: 'Scenarios', exact: true }).click();
  const text = readFileSync('test/scenarios/fixtures/several-problems.json', 'utf8');
  await page
    .getByRole('dialog', { name: 'Scenarios' })
    .locator('input[type=file]')
    .setInputFiles({ name: 'several-problems.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  const dialog = page.getByRole('dialog', { name: "This scenario can't be loaded" });
  await expect(dialog).toBeVisible();
  const problems = dialog.getByRole('list', { name: 'Problems' }).getByRole('listitem');
  expect(await problems.count()).toBeGreaterThanOrEqual(4);
  await expect(problems.first()).toContainText('several-problems.json');
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await expectScreen(page, 'region');
  expect(host.session.core.execute('device.snapshot', {}).screen.id).toBe('region');
});

test.describe('the ESP error screen offers exactly the buttons the profile allows', () => {
  test.use({
    setup: {
      device: { network: { ethernet: { present: true, cableConnected: true, internet: true } } },
      tenant: { domains: ['contoso.com'], users: [{ upn: 'megan@contoso.com', password: 'Pa55w.rd' }] },
      policies: {
        deploymentProfile: { language: 'en-US', automaticallyConfigureKeyboard: true },
        enrollmentStatusPage: { timeoutMinutes: 60, allowReset: true, allowUseOnError: false, logCollection: true },
      },
      workload: { apps: [{ id: 'stuck', name: 'Stuck installer', type: 'win32', outcome: 'hang' }] },
    },
  });

  test('times out with 0x800705b4; Reset device and Try again shown, Continue anyway not; Reset starts OOBE over', async ({
    device: page,
    host,
  }) => {
    await signInToEntra(page, host, MEGAN);
    await skipUntil(page, host, 'esp-error');
    await expect(
      page.getByText('Setup could not be completed. Please try again or contact your support person for help.'),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Device setup Show details', exact: true }).click();
    await expect(page.getByText('Apps (0x800705b4)')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Try again', exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Continue anyway', exact: true })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'View diagnostics' })).toBeVisible();
    await page.getByRole('button', { name: 'Reset device', exact: true }).click();
    await expectScreen(page, 'boot');
  });
});
