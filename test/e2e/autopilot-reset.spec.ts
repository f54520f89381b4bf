import type { Page, TestInfo } from '@playwright/test';
import type { WebHost } from '../../electron/host/web-host';
import type { DeviceSetupInput } from '../../shared/device-setup';
import { WIRED_NETWORK } from '../support/setups';
import { clickOnDevice, expectScreen, signInToEntra, skipUntil, test, expect } from './fixtures';

/**
 * Local Windows Autopilot Reset in the browser: lock the desktop, Ctrl+Win+R on the lock screen,
 * the administrator's credentials, the reset's progress, the ESP again, the next user, the apps at
 * the desktop; and the WinRE errors. A screenshot of each screen goes to the test's output folder.
 */

const USER = { upn: 'megan@contoso.com', displayName: 'Megan Bowen', password: 'Pa55w.rd' };
const ADMIN = { name: 'ContosoAdmin', password: 'Admin-2026' };

function setup(winre: 'enabled' | 'disabled' | 'missing'): DeviceSetupInput {
  return {
    seed: 91,
    device: {
      winre,
      localAccounts: [{ name: ADMIN.name, password: ADMIN.password, administrator: true }],
      usbDrives: [{ label: 'CONTOSO-IT', provisioningPackage: 'Contoso-Kiosk.ppkg' }],
      network: WIRED_NETWORK,
    },
    tenant: {
      name: 'Contoso',
      domains: ['contoso.com'],
      users: [USER, { upn: 'lee@contoso.com', displayName: 'Lee Gu', password: 'Lee-Pa55' }],
    },
    policies: {
      deploymentProfile: { name: 'Contoso', language: 'en-US', automaticallyConfigureKeyboard: true },
      enrollmentStatusPage: { name: 'ESP' },
      deviceRestrictions: { autopilotReset: 'allow' },
    },
    workload: { apps: [{ id: 'vpn', name: 'Contoso VPN client', type: 'win32', durationMs: 60_000 }] },
  };
}

/** The device's screen (the chrome around it has its own live regions). */
const screen = (page: Page) => page.getByRole('main', { name: 'Device screen' });

async function shot(page: Page, info: TestInfo, name: string) {
  await page.screenshot({ path: info.outputPath(`${name}.png`) });
}

/** Deploys through the sign-in pages (the ESP's timers are skipped on the device) to the desktop. */
async function deploy(page: Page, host: WebHost) {
  await signInToEntra(page, host, USER);
  await skipUntil(page, host, 'desktop', 120);
}

async function lockAndOpenReset(page: Page) {
  // Lock lives under Start, as in Windows 11.
  await screen(page).getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await expectScreen(page, 'lock-screen');
  await page.getByRole('group', { name: 'Device keyboard' }).getByRole('button', { name: 'Ctrl+Win+R' }).click();
  await expectScreen(page, 'autopilot-reset');
}

async function signInAsAdmin(page: Page, password = ADMIN.password) {
  await page.getByPlaceholder('User name').fill(ADMIN.name);
  await page.getByPlaceholder('Password').fill(password);
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
}

test.describe('local Autopilot Reset', () => {
  test.use({ setup: setup('enabled') });

  test('lock → Ctrl+Win+R → administrator sign-in → reset → ESP without apps → next user → apps at the desktop', async ({
    device: page,
    host,
  }, info) => {
    await deploy(page, host);
    await shot(page, info, '01-desktop');
    // Lock lives under Start, as in Windows 11.
    await screen(page).getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByRole('button', { name: 'Lock', exact: true }).click();
    await expectScreen(page, 'lock-screen');
    await expect(page.locator('time')).toBeVisible();
    await shot(page, info, '02-lock-screen');
    await page.getByRole('group', { name: 'Device keyboard' }).getByRole('button', { name: 'Ctrl+Win+R' }).click();
    await expectScreen(page, 'autopilot-reset');
    await expect(page.getByRole('heading', { name: 'Autopilot Reset' })).toBeVisible();
    await expect(screen(page).getByRole('status')).toContainText('Contoso-Kiosk.ppkg');
    await shot(page, info, '03-reset-sign-in');
    await signInAsAdmin(page, 'wrong');
    await expect(screen(page).getByRole('alert')).toHaveText('The user name or password is incorrect. Try again.');
    await shot(page, info, '04-reset-sign-in-error');
    await signInAsAdmin(page);
    await expect(page.locator('[data-screen="autopilot-reset"][data-stage="progress"]')).toBeVisible();
    await shot(page, info, '05-reset-progress-prepare');
    // Into the recovery environment and on to the rebuild.
    const core = host.session.core;
    for (let i = 0; i < 4; i += 1) core.execute('clock.skip', {});
    await expect(screen(page).locator('[aria-current="step"]')).not.toHaveText('Checking the recovery environment');
    await expect(screen(page).getByRole('status')).not.toHaveText('0% complete');
    await shot(page, info, '06-reset-progress-rebuild');
    await skipUntil(page, host, 'esp', 60);
    await shot(page, info, '07-esp-after-reset');
    await skipUntil(page, host, 'signon', 60);
    await page.getByPlaceholder('User name').fill('lee@contoso.com');
    await page.getByPlaceholder('Password').fill('Lee-Pa55');
    await clickOnDevice(host, page.getByRole('button', { name: 'Sign in', exact: true }), 'signon');
    await skipUntil(page, host, 'desktop', 60);
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await page.getByRole('button', { name: 'Info', exact: true }).click();
    await expect(page.getByText('Device sync status')).toBeVisible();
    await expect(page.getByText('Contoso VPN client')).toBeVisible();
    core.execute('clock.advance', { ms: 5 * 60_000 });
    await expect(page.getByText('Installed', { exact: true })).toBeVisible();
    await shot(page, info, '08-settings-info-after-reset');
  });
});

test.describe('remote Autopilot Reset', () => {
  test.use({ setup: setup('enabled') });

  test('fired from the fault panel, it waits for the check-in; Sync in Settings starts it', async ({
    device: page,
    host,
  }, info) => {
    await deploy(page, host);
    const intune = page.getByRole('group', { name: 'Intune device actions' });
    await intune.scrollIntoViewIfNeeded();
    await intune.getByRole('button', { name: 'Autopilot Reset', exact: true }).click();
    await shot(page, info, '11-fault-panel-intune');
    await expectScreen(page, 'desktop');
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await page.getByRole('button', { name: 'Info', exact: true }).click();
    await screen(page).getByRole('button', { name: 'Sync', exact: true }).click();
    await skipUntil(page, host, 'autopilot-reset', 5);
    await expect(
      screen(page).getByRole('heading', { name: 'Autopilot Reset started by your organization' }),
    ).toBeVisible();
    await shot(page, info, '12-remote-reset-progress');
  });
});

test.describe('Autopilot Reset with WinRE disabled', () => {
  test.use({ setup: setup('disabled') });

  test('fails at once with the documented message', async ({ device: page, host }, info) => {
    await deploy(page, host);
    await lockAndOpenReset(page);
    await signInAsAdmin(page);
    await skipUntil(page, host, 'reset-error');
    await expect(screen(page).getByRole('alert')).toHaveText(
      'Ran into trouble. Please sign in with an administrator account to see why and reset manually.',
    );
    await shot(page, info, '09-reset-error-winre-disabled');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expectScreen(page, 'signon');
  });
});

test.describe('Autopilot Reset without a recovery environment', () => {
  test.use({ setup: setup('missing') });

  test('says it could not find the recovery environment and asks for administrator credentials', async ({
    device: page,
    host,
  }, info) => {
    await deploy(page, host);
    await lockAndOpenReset(page);
    await signInAsAdmin(page);
    await skipUntil(page, host, 'reset-error');
    await expect(screen(page).getByRole('alert').first()).toHaveText(
      'Autopilot reset ran into trouble. Could not find the recovery environment',
    );
    await expect(page.getByPlaceholder('User name')).toBeVisible();
    await shot(page, info, '10-reset-error-recovery-not-found');
  });
});
