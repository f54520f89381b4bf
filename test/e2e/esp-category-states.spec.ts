import type { DeviceSetupInput } from '../../shared/device-setup';
import { MEGAN, MINUTE, PRESET_LANGUAGE, wiredContoso } from '../support/setups';
import { deviceScreen, expectScreen, signInToEntra, skipUntil, test, expect } from './fixtures';

/**
 * The ESP's category states after a Device setup failure (oobe-ui.md §12.2: a later category reads
 * "Previous step failed", Account setup too) and the Autopilot diagnostics page (Ctrl+Shift+D,
 * oobe-ui.md §19.1) listing each policy once (EntDMID is tracked in both phases).
 */
const SETUP: DeviceSetupInput = wiredContoso(4242, {
  users: [MEGAN],
  policies: {
    deploymentProfile: { name: 'Contoso wired', ...PRESET_LANGUAGE },
    enrollmentStatusPage: { name: 'Contoso ESP', timeoutMinutes: 60, logCollection: true },
  },
  workload: {
    apps: [
      {
        id: 'vpn',
        name: 'Contoso VPN',
        type: 'win32',
        durationMs: 2 * MINUTE,
        outcome: 'failure',
        errorCode: '0x87d1041c',
      },
      { id: 'timesheets', name: 'Contoso Timesheets', type: 'win32', context: 'user', durationMs: 2 * MINUTE },
    ],
  },
});

test.describe('ESP category states', () => {
  test.use({ setup: SETUP });

  test('after a Device setup failure Account setup reads "Previous step failed"; the diagnostics page lists EntDMID once', async ({
    device: page,
    host,
  }) => {
    await signInToEntra(page, host, MEGAN);
    await skipUntil(page, host, 'esp-error');
    const screen = deviceScreen(page);
    await expect(screen.getByText('Previous step failed', { exact: true })).toHaveCount(1);
    await page.screenshot({ path: '/tmp/shots-truth/esp-previous-step-failed.png' });

    await page.keyboard.press('Control+Shift+D');
    await expectScreen(page, 'autopilot-diagnostics');
    for (const name of ['Enrollment Status', 'Apps and policies']) {
      await screen.getByRole('group', { name }).getByRole('button', { name: 'Show details' }).click();
    }
    const policies = screen.getByRole('group', { name: 'Apps and policies' });
    await expect(policies.getByText('EntDMID', { exact: true })).toHaveCount(1);
    await expect(policies.getByText('Error 0x87d1041c', { exact: true })).toBeVisible();
    const status = screen.getByRole('group', { name: 'Enrollment Status' });
    await expect(status.getByText('Previous step failed', { exact: true })).toBeVisible();
    await page.screenshot({ path: '/tmp/shots-truth/diagnostics-policies-once.png' });
  });
});
