import type { Page } from '@playwright/test';
import type { DeviceSetupInput } from '../../shared/device-setup';
import { expectScreen, skipUntil, test, expect } from './fixtures';

/**
 * Self-deploying mode in the browser: the ESP with no sign-in page before it, then the kiosk's
 * automatic sign-in (KioskUser0, the app full screen) or the Windows sign-on screen, where an
 * organization member signs in. SHOTS_DIR=<folder> saves a screenshot of each end screen.
 */

const USER = { upn: 'adele@contoso.com', displayName: 'Adele Vance', password: 'Pa55w.rd' };

function setup(
  kiosk: boolean,
  issue?: 'january-2023-update',
  app: 'kiosk-browser' | 'store-app' = 'kiosk-browser',
): DeviceSetupInput {
  return {
    seed: 5204,
    device: {
      network: {
        ethernet: { present: true, cableConnected: true, internet: true },
        wifi: { present: false, networks: [] },
      },
    },
    tenant: { name: 'Contoso', domains: ['contoso.onmicrosoft.com', 'contoso.com'], users: [USER] },
    policies: {
      deploymentProfile: {
        name: 'Contoso kiosks',
        deploymentMode: 'self-deploying',
        language: 'en-US',
        automaticallyConfigureKeyboard: true,
      },
      enrollmentStatusPage: { name: 'Contoso ESP' },
      ...(kiosk
        ? {
            kiosk: {
              app:
                app === 'store-app'
                  ? { type: 'store-app', name: 'Contoso Wayfinder' }
                  : { type: 'kiosk-browser', name: 'Kiosk Browser', url: 'https://visit.contoso.com/' },
            },
          }
        : {}),
    },
    workload: { apps: [{ id: 'kiosk-browser', name: 'Kiosk Browser', type: 'store', durationMs: 120_000 }] },
    faults: issue
      ? [
          {
            id: 'jan-2023',
            label: 'January 2023 update',
            trigger: { kind: 'on-screen', screen: 'esp' },
            effect: { kind: 'kiosk.autologon-issue', issue },
          },
        ]
      : [],
  };
}

async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.SHOTS_DIR;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png` });
}

test.describe('kiosk autologon', () => {
  test.use({ setup: setup(true) });

  test('signs in as KioskUser0 by itself and shows Kiosk Browser full screen', async ({ device, host }) => {
    await skipUntil(device, host, 'esp');
    await expect(device.getByText('Securing your hardware', { exact: false })).toHaveCount(0); // details closed
    await skipUntil(device, host, 'kiosk');
    const kiosk = device.locator('[data-screen="kiosk"]');
    await expect(kiosk).toHaveAttribute('data-account', 'KioskUser0');
    await expect(kiosk).toHaveAttribute('data-signed-in', 'autologon');
    await expect(device.getByRole('heading', { name: 'Welcome to Contoso' })).toBeVisible();
    await expect(device.getByRole('textbox', { name: 'Address' })).toHaveValue('https://visit.contoso.com/');
    await expect(
      device.getByText('Kiosk Browser running full screen as KioskUser0 (signed in automatically)'),
    ).toBeAttached();
    await shot(device, 'kiosk');
  });
});

test.describe('kiosk autologon into a Microsoft Store app', () => {
  test.use({ setup: setup(true, undefined, 'store-app') });

  test('shows the app full screen', async ({ device, host }) => {
    await skipUntil(device, host, 'kiosk');
    await expect(device.getByRole('heading', { name: 'Contoso Wayfinder' })).toBeVisible();
    await shot(device, 'kiosk-store-app');
  });
});

test.describe('kiosk autologon broken by the January 2023 update', () => {
  test.use({ setup: setup(true, 'january-2023-update') });

  test('stays at the sign-in screen; kioskUser0 with no password goes to the kiosk', async ({ device, host }) => {
    await skipUntil(device, host, 'signon');
    await shot(device, 'kiosk-signon');
    await device.getByRole('textbox', { name: 'User name' }).fill('kioskUser0');
    await device.getByRole('button', { name: 'Sign in' }).click();
    await expectScreen(device, 'kiosk');
    await expect(device.locator('[data-screen="kiosk"]')).toHaveAttribute('data-signed-in', 'manual');
  });
});

test.describe('sign-on screen', () => {
  test.use({ setup: setup(false) });

  test('any member of the organization signs in, then Account setup, then the desktop', async ({ device, host }) => {
    await skipUntil(device, host, 'esp');
    await device.getByRole('button', { name: 'Device preparation Show details' }).click();
    // No sign-in came first: "Securing your hardware" is the step at work, the join and enrollment wait for it.
    await expect(device.getByText('Securing your hardware (Working on it...)', { exact: false })).toBeVisible();
    await shot(device, 'esp-self-deploying');
    await skipUntil(device, host, 'signon');
    await device.getByRole('textbox', { name: 'User name' }).fill(USER.upn);
    await device.getByLabel('Password').fill(USER.password);
    await device.getByRole('button', { name: 'Sign in' }).click();
    await expectScreen(device, 'esp');
    await skipUntil(device, host, 'desktop');
  });
});
