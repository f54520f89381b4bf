import type { WebHost } from '../../electron/host/web-host';
import type { DeviceSetupInput } from '../../shared/device-setup';
import { clickOnDevice, enterPassword, enterUsername, expectScreen, skipUntil, test, expect } from './fixtures';

/**
 * Autopilot into co-management through the web host (000:41-57): the ESP stays on "Preparing your
 * device for mobile management" while the Configuration Manager client installs, then tracks the
 * PROVISIONTS task sequence under Apps in Device setup.
 */
const CMG = 'contoso.cloudapp.net/CCM_Proxy_MutualAuth/72186325152220500';
const USER = { upn: 'megan@contoso.com', displayName: 'Megan Bowen', password: 'Pa55w.rd' };

const SETUP = {
  seed: 78,
  device: {
    network: {
      ethernet: { present: true, cableConnected: true, internet: true },
      wifi: { present: true, networks: [] },
    },
  },
  tenant: {
    name: 'Contoso',
    domains: ['contoso.com'],
    users: [USER],
    configManager: {
      siteCode: 'PRI',
      cmgHostName: CMG,
      taskSequences: [
        {
          deploymentId: 'PRI20001',
          name: 'Contoso provisioning',
          steps: [
            { name: 'Install Contoso apps', durationMs: 300_000 },
            { name: 'Restart Computer', durationMs: 15_000, restartAfter: true },
            { name: 'Configure BitLocker', durationMs: 60_000 },
          ],
        },
      ],
    },
  },
  policies: {
    deploymentProfile: { name: 'Contoso', language: 'en-US', automaticallyConfigureKeyboard: true },
    enrollmentStatusPage: { name: 'ESP', timeoutMinutes: 60 },
    coManagement: {
      name: 'Contoso co-management',
      commandLine: `CCMSETUPCMD="CCMHOSTNAME=${CMG} SMSSITECODE=PRI PROVISIONTS=PRI20001"`,
    },
  },
  workload: { apps: [{ id: 'vpn', name: 'Contoso VPN client', type: 'win32', durationMs: 60_000 }] },
} as DeviceSetupInput;

/** Fires timers until the plan `id` is running (asked of the core directly, as skipUntil does). */
function skipUntilPlanRuns(host: WebHost, id: string, maxSkips = 200): void {
  const core = host.session.core;
  for (let i = 0; i < maxSkips; i += 1) {
    const status = (core as unknown as { state: { plans?: Record<string, { status: string }> } }).state.plans?.[id]
      ?.status;
    if (status === 'running') return;
    if (core.execute('clock.skip', {}).firedAtMs === null) break;
  }
  throw new Error(`the plan ${id} never ran`);
}

test.describe('Autopilot into co-management', () => {
  test.use({ setup: SETUP });

  test('waits on "Preparing your device for mobile management", then runs PROVISIONTS under Apps', async ({
    device: page,
    host,
  }, testInfo) => {
    await enterUsername(page, host, USER.upn);
    await enterPassword(page, host, USER.password);
    await skipUntil(page, host, 'esp');
    skipUntilPlanRuns(host, 'ccmsetup');
    await page.getByRole('button', { name: 'Device preparation Show details', exact: true }).click();
    const prepare = page.getByText(/^Preparing your device for mobile management/);
    await expect(prepare).toBeVisible();
    await expect(page.getByText('Working on it...').first()).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('esp-preparing-mobile-management.png') });

    skipUntilPlanRuns(host, 'provisionts');
    await page.getByRole('button', { name: 'Device setup Show details', exact: true }).click();
    await expect(page.getByText(/^Apps \(/)).toBeVisible();
    await expect(page.getByText('1 of 2 installed')).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('esp-provisionts-under-apps.png') });

    // The task sequence restarts the device; the ESP comes back and asks for the password again.
    await skipUntil(page, host, 'signon', 120);
    await page.getByLabel('Password').fill(USER.password);
    await clickOnDevice(host, page.getByRole('button', { name: 'Sign in', exact: true }), 'signon');
    await skipUntil(page, host, 'desktop', 120);

    // The client applet: co-management enabled, capabilities 1 + the Intune workloads, workloads per authority.
    await page.getByRole('button', { name: 'Configuration Manager', exact: true }).click();
    await expectScreen(page, 'configmgr-applet');
    const applet = page.getByRole('dialog', { name: 'Configuration Manager Properties' });
    await expect(applet.getByText('Enabled', { exact: true })).toBeVisible();
    await expect(applet.getByText('Site code')).toBeVisible();
    await expect(applet.getByRole('row', { name: 'Compliance policies Configuration Manager' })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('configmgr-applet.png') });
  });
});
