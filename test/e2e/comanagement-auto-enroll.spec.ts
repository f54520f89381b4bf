import type { WebHost } from '../../electron/host/web-host';
import type { DeviceSetupInput } from '../../shared/device-setup';
import { expectScreen, skipUntil, test, expect } from './fixtures';

/**
 * Auto-enrollment of an existing Configuration Manager client through the web host (seed 002): the
 * desktop before co-management (Access work or school has no Info, the applet says Disabled and 1),
 * the enrollment, then a workload moved from the fault panel changes the applet's capabilities.
 */
const SETUP = {
  seed: 112,
  device: {
    existingState: 'domain-joined-configmgr',
    network: { ethernet: { present: true, cableConnected: true }, wifi: { present: false, networks: [] } },
  },
  tenant: {
    name: 'Contoso',
    domains: ['contoso.com'],
    users: [{ upn: 'megan@contoso.com', displayName: 'Megan Bowen', password: 'Pa55w.rd' }],
    activeDirectory: { domain: 'contoso.com', netbiosName: 'CONTOSO' },
    configManager: { siteCode: 'PRI', cmgHostName: 'contoso.cloudapp.net/CCM_Proxy_MutualAuth/72186325152220500' },
  },
  autoEnroll: { loggedOnUser: 'megan@contoso.com', coManagementEnabledAtMs: 120_000 },
} as DeviceSetupInput;

/** Fires timers until the core says `done` (asked directly, as skipUntil does). */
function skipUntilCore(
  host: WebHost,
  done: (state: { comgmt?: { autoEnroll?: { phase: string }; capabilities: number } }) => boolean,
) {
  const core = host.session.core as unknown as { state: Parameters<typeof done>[0] };
  for (let i = 0; i < 100 && !done(core.state); i += 1) {
    if (host.session.core.execute('clock.skip', {}).firedAtMs === null) break;
  }
  if (!done(core.state)) throw new Error('the device never got there');
}

test.describe('co-management auto-enrollment', () => {
  test.use({ setup: SETUP });

  test('no Info and Disabled before; Info, Enabled and the new capabilities after', async ({ device: page, host }) => {
    await skipUntil(page, host, 'desktop');
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await expectScreen(page, 'access-work-school');
    const entry = page.locator('[data-screen="access-work-school"]');
    await expect(entry.getByText('megan@contoso.com')).toBeVisible();
    await expect(entry.getByRole('button', { name: 'Info', exact: true })).toHaveCount(0);
    await page.screenshot({ path: '/tmp/shots-comgmt/access-work-school-before.png' });

    skipUntilCore(host, (s) => s.comgmt?.autoEnroll?.phase === 'enrolled');
    await expect(entry.getByRole('button', { name: 'Info', exact: true })).toBeVisible();
    await page.screenshot({ path: '/tmp/shots-comgmt/access-work-school-after.png' });

    await page.getByRole('button', { name: 'Configuration Manager', exact: true }).click();
    await expectScreen(page, 'configmgr-applet');
    const applet = page.getByRole('dialog', { name: 'Configuration Manager Properties' });
    await expect(applet.getByText('Enabled', { exact: true })).toBeVisible();

    // The trainer moves Compliance policies to Intune from the fault panel; the new policy lands a minute later.
    await page.getByLabel('Workload in the Configuration Manager console').selectOption('compliance-policies');
    await page.getByLabel('Workload managed by').selectOption('intune');
    await page.getByRole('button', { name: 'Move workload', exact: true }).click();
    // The click reaches the core over the WebSocket: retry until the fault has landed and its policy fired.
    await expect
      .poll(() => {
        try {
          skipUntilCore(host, (s) => (s.comgmt?.capabilities ?? 0) === 3);
          return true;
        } catch {
          return false;
        }
      })
      .toBe(true);
    await expect(applet.getByRole('row', { name: 'Compliance policies Intune' })).toBeVisible();
    await expect(applet.getByText('3', { exact: true })).toBeVisible();
    await page.screenshot({ path: '/tmp/shots-comgmt/applet-after-workload.png', fullPage: true });
  });

  test('the trainer signs the user out: the lock screen; signing Megan on again brings the desktop back', async ({
    device: page,
    host,
  }) => {
    await skipUntil(page, host, 'desktop');
    await page.getByRole('button', { name: 'Sign out user', exact: true }).click();
    await expectScreen(page, 'lock-screen');
    await page.screenshot({ path: '/tmp/shots-comgmt/signed-out-lock-screen.png' });
    await page.getByLabel('Sign on another user (UPN, DOMAIN\\name or .\\Administrator)').fill('megan@contoso.com');
    await page.getByRole('button', { name: 'Sign on user', exact: true }).click();
    await expectScreen(page, 'desktop');
    await expect
      .poll(() => {
        try {
          skipUntilCore(host, (s) => s.comgmt?.autoEnroll?.phase === 'enrolled');
          return true;
        } catch {
          return false;
        }
      })
      .toBe(true);
  });
});
