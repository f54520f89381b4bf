import { expect, test } from './fixtures';

/** The fault panel's catalogue (issue 13): slow or cut the CMG, hang or fail a device preparation script. */
test('the fault panel offers Slow the CMG and Hang / Fail script with what Windows will do', async ({
  device: page,
}) => {
  const slow = page.getByRole('button', { name: 'Slow the CMG', exact: true });
  await slow.scrollIntoViewIfNeeded();
  await expect(slow).toBeEnabled();
  await expect(page.getByRole('button', { name: 'Cut the CMG', exact: true })).toBeVisible();
  const hang = page.getByRole('button', { name: 'Hang script', exact: true });
  await expect(hang).toBeDisabled();
  await page.getByLabel('PowerShell script of the device preparation policy (its name)').fill('Set the power plan');
  await expect(hang).toBeEnabled();
  await expect(
    page.getByText(/CommercialOOBE_ESPDevicePreparation_PolicyProvidersInstallation_TimedOut/),
  ).toBeVisible();
  await hang.scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/shots-trainer/catalogue-cmg-script.png' });
});
