import { clickOnDevice, deviceScreen, expect, expectScreen, skipUntil, test } from './fixtures';

/**
 * The trainer console (issue 13): /trainer beside the device page, two pages on one session. The
 * trainer fires a fault there and the device page shows its documented effect; the timeline lists it.
 */
test('a trainer plugs the cable in from /trainer: the device page lets the person go on; the timeline lists the fault', async ({
  device: page,
  host,
  context,
}) => {
  await skipUntil(page, host, 'region');
  const screen = deviceScreen(page);
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

  const trainer = await context.newPage();
  await trainer.emulateMedia({ reducedMotion: 'reduce' });
  await trainer.goto(`${host.url}trainer`);
  await expect(trainer.locator('[data-window="trainer"]')).toBeVisible();
  await expect(trainer.locator('.sim-brand__tag')).toContainText('screen network');
  await expect(trainer.getByRole('region', { name: 'Provisioning progress' })).toContainText(
    'No ESP or device preparation page yet.',
  );

  // Armed for the next screen: fires when the device shows it (checked after the cable goes in).
  await trainer.getByLabel('Fault', { exact: true }).selectOption({ label: 'Clock 10 minutes off' });
  await trainer.getByLabel('on screen', { exact: true }).selectOption('autopilot-profile');
  await trainer.getByRole('button', { name: 'Arm', exact: true }).click();
  await expect(trainer.getByRole('list', { name: 'Armed faults' })).toContainText('when autopilot-profile shows');

  await trainer.getByRole('button', { name: 'Plug in cable', exact: true }).click();
  await trainer.getByRole('button', { name: /Skip to next event/ }).click();
  await expect(next).toBeEnabled();
  const entries = trainer.getByRole('list', { name: 'Timeline entries' });
  await expect(entries).toContainText('fault');

  // A tenant change through the tenant panel is listed as well, and its details open on a click.
  await trainer.getByRole('button', { name: 'Assign profile', exact: true }).click();
  await expect(trainer.getByRole('region', { name: 'Tenant', exact: true }).getByRole('status')).toContainText(
    'Autopilot',
  );
  const change = entries.getByRole('button', { name: /Tenant change/ }).first();
  await change.click();
  await expect(trainer.getByLabel('Entry details')).toContainText('Tenant change');
  await clickOnDevice(host, next, 'network');
  await expect(trainer.getByRole('list', { name: 'Armed faults' })).not.toContainText('autopilot-profile');
  await expect(entries).toContainText('clock');
  await trainer.getByRole('button', { name: 'Export and event logs', exact: true }).click();
  await trainer
    .getByLabel('Key', { exact: true })
    .fill('HKLM\\SYSTEM\\CurrentControlSet\\Control\\ComputerName\\ComputerName');
  await trainer.getByRole('button', { name: 'Export key', exact: true }).click();
  await expect(trainer.getByLabel('Inspector output')).toContainText('Windows Registry Editor Version 5.00');
  await trainer.getByRole('button', { name: 'Read events', exact: true }).click();
  await expect(trainer.getByLabel('Inspector output')).toContainText('Information');
  await trainer.screenshot({ path: '/tmp/shots-trainer/trainer-console.png' });
});
