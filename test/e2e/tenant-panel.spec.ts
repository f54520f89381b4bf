import type { TenantState } from '../../electron/cloud/tenant-state';
import { expect, test } from './fixtures';

/**
 * The trainer console's tenant panel (issue 13): the admin changes a trainee makes, each sent as a
 * tenant.change and landing in the tenant at once; a refused one names its reason.
 */
test('the tenant panel edits the ESP and the profile, imports a CSV (a bad header is refused), switches a workload', async ({
  device: page,
  host,
  context,
}) => {
  await expect(page.locator('[data-screen]').first()).toBeVisible();
  const trainer = await context.newPage();
  await trainer.emulateMedia({ reducedMotion: 'reduce' });
  await trainer.goto(`${host.url}trainer`);
  const panel = trainer.getByRole('region', { name: 'Tenant', exact: true });
  await expect(panel).toBeVisible();
  const tenant = () => host.session.core.execute('tenant.state', {}).tenant as TenantState;

  await panel.getByText('Enrollment Status Page', { exact: true }).click();
  await panel
    .getByLabel('Show an error when installation takes longer than specified number of minutes', { exact: true })
    .fill('120');
  await panel
    .getByLabel('Allow users to reset device if installation error occurs', { exact: true })
    .selectOption('yes');
  await panel.getByRole('button', { name: 'Save Enrollment Status Page' }).click();
  await expect(panel.getByRole('status')).toContainText('Intune: Enrollment Status Page');
  expect(tenant().intune.policies.enrollmentStatusPage).toMatchObject({ timeoutMinutes: 120, allowReset: true });

  await panel.getByText('Deployment profile', { exact: true }).click();
  await panel.getByLabel('User account type', { exact: true }).first().selectOption('administrator');
  await panel.getByLabel('Apply device name template', { exact: true }).fill('CON-%SERIAL%');
  await panel.getByRole('button', { name: 'Save Deployment profile' }).click();
  await expect(panel.getByRole('status')).toContainText('Intune: deployment profile');
  expect(tenant().intune.policies.deploymentProfile).toMatchObject({
    userAccountType: 'administrator',
    deviceNameTemplate: 'CON-%SERIAL%',
  });

  await panel.getByText('Import a hardware hash CSV', { exact: true }).click();
  await panel.getByLabel('CSV text', { exact: true }).fill('Serial,Hash\nX1,AAAA\n');
  await panel.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(trainer.getByRole('alert').first()).toContainText(
    'The CSV must start with the header "Device Serial Number,Windows Product ID,Hardware Hash".',
  );
  await panel
    .getByLabel('CSV text', { exact: true })
    .fill('Device Serial Number,Windows Product ID,Hardware Hash,Group Tag\nLAB-0042,,QUJDRA==,Lab\n');
  await panel.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(panel.getByRole('status')).toHaveText('Windows Autopilot: imported LAB-0042');
  expect(tenant().autopilot.devices.find((d) => d.serialNumber === 'LAB-0042')).toMatchObject({
    hardwareHash: 'QUJDRA==',
    registration: { groupTag: 'Lab', profileStatus: 'Not assigned' },
  });

  await panel.getByText('Co-management settings', { exact: true }).click();
  await panel.getByLabel('Automatically install the Configuration Manager client', { exact: true }).selectOption('no');
  await panel.getByRole('button', { name: 'Save Co-management settings' }).click();
  await expect(panel.getByRole('status')).toContainText('Intune: co-management settings');
  // The default device's tenant has no Configuration Manager site: the slider move is refused by name.
  await panel.getByLabel('Workload', { exact: true }).selectOption('client-apps');
  await panel.getByRole('button', { name: 'Switch workload', exact: true }).click();
  await expect(trainer.getByRole('alert').last()).toContainText('This tenant has no Configuration Manager site.');
  await trainer.screenshot({ path: '/tmp/shots-tenant/tenant-panel.png', fullPage: true });
});
