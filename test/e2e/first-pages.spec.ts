import { expectScreen, skipUntil, test, expect } from './fixtures';

test('a trainee clicks region → keyboard → network → company sign-in by role and name', async ({ device: page }) => {
  await skipUntil(page, 'region');
  await expect(page.getByRole('heading', { name: 'Is this the right country or region?' })).toBeVisible();
  await page.getByRole('option', { name: 'United Kingdom' }).click();
  await page.getByRole('button', { name: 'Yes' }).click();

  await expectScreen(page, 'keyboard');
  await expect(page.getByRole('heading', { name: 'Is this the right keyboard layout or input method?' })).toBeVisible();
  await expect(page.getByRole('option', { name: 'United Kingdom', selected: true })).toBeVisible();
  await page.getByRole('button', { name: 'Yes' }).click();

  await expectScreen(page, 'second-keyboard');
  await expect(page.getByRole('heading', { name: 'Want to add a second keyboard layout?' })).toBeVisible();
  await page.getByRole('button', { name: 'Skip adding a second keyboard layout' }).click();

  await expectScreen(page, 'network');
  await expect(page.getByRole('heading', { name: "Let's connect you to a network" })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Next' })).toBeDisabled();
  await page.getByRole('option', { name: /Contoso-Guest/ }).click();
  await page.getByRole('button', { name: 'Connect' }).click();
  await page.getByLabel('Enter the network security key').fill('autopilot');
  await page.getByRole('button', { name: 'Next' }).first().click();
  await skipUntil(page, 'network');
  await expect(page.getByRole('button', { name: 'Next' })).toBeEnabled({ timeout: 10_000 }).catch(async () => {
    await page.getByRole('button', { name: /Skip to next event/ }).click();
  });
  await page.getByRole('button', { name: 'Next', exact: true }).last().click();

  await skipUntil(page, 'branding-signin');
  await expect(page.getByText('Contoso', { exact: true })).toBeVisible();
  await expect(page.getByText('Sign in with your Contoso work account.')).toBeVisible();
  await expect(page.getByPlaceholder('someone@example.com')).toBeVisible();
});

test('an account from another organization gets the documented error', async ({ device: page, host }) => {
  await skipUntil(page, 'region');
  for (const control of ['yes', 'yes', 'skip']) await host.session.core.execute('device.click', { control });
  await host.session.core.execute('fault.fire', { fault: { kind: 'network.cable', connected: true } });
  await expectScreen(page, 'network');
  await skipUntil(page, 'branding-signin');
  await page.getByPlaceholder('someone@example.com').fill('megan@fabrikam.com');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(
    page.getByText('That username looks like it belongs to another organization. Try signing in again or start over with a different account'),
  ).toBeVisible();
});
