import { clickOnDevice, expectScreen, skipUntil, test, expect } from './fixtures';

test('a trainee clicks region → keyboard → network → company sign-in by role and name', async ({
  device: page,
  host,
}) => {
  await skipUntil(page, host, 'region');
  await expect(page.getByRole('heading', { name: 'Is this the right country or region?' })).toBeVisible();
  await page.getByRole('option', { name: 'United Kingdom' }).click();
  await expect(page.getByRole('option', { name: 'United Kingdom', selected: true })).toBeVisible();
  await page.getByRole('button', { name: 'Yes', exact: true }).click();

  await expectScreen(page, 'keyboard');
  await expect(page.getByRole('heading', { name: 'Is this the right keyboard layout or input method?' })).toBeVisible();
  await expect(page.getByRole('option', { name: 'United Kingdom', selected: true })).toBeVisible();
  await page.getByRole('button', { name: 'Yes', exact: true }).click();

  await expectScreen(page, 'second-keyboard');
  await expect(page.getByRole('heading', { name: 'Want to add a second keyboard layout?' })).toBeVisible();
  await page.getByRole('button', { name: 'Skip adding a second keyboard layout', exact: true }).click();

  await expectScreen(page, 'network');
  await expect(page.getByRole('heading', { name: "Let's connect you to a network" })).toBeVisible();
  const next = page.locator('.oobe-page__buttons').getByRole('button', { name: 'Next', exact: true });
  await expect(next).toBeDisabled();
  await page.getByRole('option', { name: /Contoso-Guest/ }).click();
  const row = page.getByRole('group', { name: 'Contoso-Guest' });
  await row.getByRole('button', { name: 'Connect', exact: true }).click();
  await row.getByLabel('Enter the network security key').fill('wrong-key');
  await row.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page.getByText("The network security key isn't correct. Please try again.")).toBeVisible();
  await row.getByLabel('Enter the network security key').fill('autopilot');
  await row.getByRole('button', { name: 'Next', exact: true }).click();
  // Associating takes virtual time: move the clock on until the page lets the trainee continue.
  await page.getByRole('button', { name: /Skip to next event/ }).click();
  await expect(next).toBeEnabled();
  await clickOnDevice(host, next, 'network');

  await skipUntil(page, host, 'branding-signin');
  await expect(page.getByText('Contoso', { exact: true })).toBeVisible();
  await expect(page.getByText('Sign in with your Contoso work account.')).toBeVisible();
  await expect(page.getByPlaceholder('someone@example.com')).toBeVisible();
});

test('an account from another organization gets the documented error', async ({ device: page, host }) => {
  await skipUntil(page, host, 'region');
  for (const control of ['yes', 'yes', 'skip']) host.session.core.execute('device.click', { control });
  host.session.core.execute('fault.fire', { fault: { kind: 'network.cable', connected: true } });
  await expectScreen(page, 'network');
  // The cable's DHCP lease takes virtual time; then "Next" becomes available.
  host.session.core.execute('clock.skip', {});
  await clickOnDevice(host, page.getByRole('button', { name: 'Next', exact: true }), 'network');
  await skipUntil(page, host, 'branding-signin');
  await page.getByPlaceholder('someone@example.com').fill('megan@fabrikam.com');
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(
    page.getByText(
      'That username looks like it belongs to another organization. Try signing in again or start over with a different account',
    ),
  ).toBeVisible();
});

test('the chrome powers the device off and on, and shows the boot screen again', async ({ device: page, host }) => {
  await skipUntil(page, host, 'region');
  await page.getByRole('button', { name: 'Shut down', exact: true }).click();
  await expectScreen(page, 'powered-off');
  await page.getByRole('button', { name: 'Power on', exact: true }).click();
  await expectScreen(page, 'boot');
});
