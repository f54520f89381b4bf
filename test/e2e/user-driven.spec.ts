import type { Page } from '@playwright/test';
import type { WebHost } from '../../electron/host/web-host';
import type { DeviceSetupInput } from '../../shared/device-setup';
import { clickOnDevice, enterPassword, enterUsername, expectScreen, skipUntil, test, expect } from './fixtures';

const WIRED = {
  ethernet: { present: true, cableConnected: true, internet: true },
  wifi: { present: true, networks: [] },
};
const USER = {
  upn: 'megan@contoso.com',
  displayName: 'Megan Bowen',
  password: 'Pa55w.rd',
  onPremisesSamAccountName: 'meganb',
};
const APPS = [
  { id: 'vpn', name: 'Contoso VPN client', type: 'win32' as const, durationMs: 60_000 },
  { id: 'expenses', name: 'Contoso Expenses', type: 'lob' as const, context: 'user' as const, durationMs: 60_000 },
];

function setup(joinType: 'entra' | 'hybrid'): DeviceSetupInput {
  return {
    seed: 77,
    device: { network: WIRED },
    tenant: {
      name: 'Contoso',
      domains: ['contoso.com'],
      users: [USER],
      ...(joinType === 'hybrid' ? { activeDirectory: { domain: 'contoso.com', netbiosName: 'CONTOSO' } } : {}),
    },
    policies: {
      deploymentProfile: { name: 'Contoso', joinType, language: 'en-US', automaticallyConfigureKeyboard: true },
      enrollmentStatusPage: { name: 'ESP', timeoutMinutes: 60 },
      ...(joinType === 'hybrid' ? { domainJoin: { computerNamePrefix: 'CTS-', domain: 'contoso.com' } } : {}),
    },
    workload: { apps: APPS },
  };
}

/** The Entra sign-in, with the password page's heading checked on the way. */
async function signIn(page: Page, host: WebHost) {
  await enterUsername(page, host, USER.upn);
  await expect(page.getByRole('heading', { name: 'Enter password' })).toBeVisible();
  await enterPassword(page, host, USER.password);
}

test.describe('Microsoft Entra join', () => {
  test.use({ setup: setup('entra') });

  test('signs in, runs the ESP phase by phase, and reaches the desktop', async ({ device: page, host }) => {
    await signIn(page, host);
    await skipUntil(page, host, 'esp');
    await expect(page.getByRole('heading', { name: 'Setting up for work or school' })).toBeVisible();
    for (const name of ['Device preparation', 'Device setup', 'Account setup']) {
      await expect(page.getByText(name, { exact: true })).toBeVisible();
    }
    await page.getByRole('button', { name: 'Device setup Show details', exact: true }).click();
    await expect(page.getByText(/^Apps \(/)).toBeVisible();
    await skipUntil(page, host, 'desktop', 80);
    await expect(page.getByText('Microsoft Entra joined')).toBeVisible();
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await expect(page.getByText('megan@contoso.com').first()).toBeVisible();
  });
});

test.describe('Microsoft Entra hybrid join', () => {
  test.use({ setup: setup('hybrid') });

  test('joins the domain, signs on with Ctrl+Alt+Delete, passes the Entra pages and signs out', async ({
    device: page,
    host,
  }) => {
    await signIn(page, host);
    await skipUntil(page, host, 'signon', 80);
    await page.getByRole('button', { name: 'Ctrl+Alt+Delete', exact: true }).click();
    await page.getByLabel('Password').fill(USER.password);
    await clickOnDevice(host, page.getByRole('button', { name: 'Sign in', exact: true }), 'signon');
    await skipUntil(page, host, 'stay-signed-in');
    await expect(page.getByRole('heading', { name: 'Stay signed in to all your apps' })).toBeVisible();
    await page.getByRole('button', { name: 'OK', exact: true }).click();
    await expectScreen(page, 'all-set');
    await page.getByRole('button', { name: 'Done', exact: true }).click();
    await expectScreen(page, 'esp');
    const core = host.session.core;
    const signOutShown = () => {
      const screen = core.execute('device.snapshot', {}).screen;
      return screen.id === 'esp' && screen.signOut;
    };
    for (let i = 0; i < 40 && !signOutShown(); i += 1) core.execute('clock.skip', {});
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await expectScreen(page, 'signon');
    await page.getByRole('button', { name: 'Ctrl+Alt+Delete', exact: true }).click();
    await page.getByLabel('Password').fill(USER.password);
    await clickOnDevice(host, page.getByRole('button', { name: 'Sign in', exact: true }), 'signon');
    // The first sign-in after Account setup: Windows Hello's PIN (hello.spec.ts), then the desktop.
    await expectScreen(page, 'windows-hello');
    await skipUntil(page, host, 'desktop');
    await expect(page.getByText('Microsoft Entra hybrid joined')).toBeVisible();
  });
});
