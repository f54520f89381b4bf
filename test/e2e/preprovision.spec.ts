import type { Locator, Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { WebHost } from '../../electron/host/web-host';
import type { DeviceSetupInput } from '../../shared/device-setup';
import type { ScreenId } from '../../shared/screen-ids';
import { parsePreprovisionQrPayload } from '../../shared/preprovision-qr';
import { PREPROVISION_STRINGS } from '../../shared/strings-preprovision';
import { MEGAN, PRESET_LANGUAGE, preprovisionReady, WIRED_NETWORK } from '../support/setups';
import { clickOnDevice, expectScreen, skipUntil, test, expect } from './fixtures';

/**
 * Pre-provisioning in the browser (provisioning-modes.md §1.4, oobe-ui.md §13, §15, §17): WIN ×5 on
 * the first screen only, the configuration page's scannable QR code, Reseal, and the failure
 * page's Retry and Reset.
 */

const S = PREPROVISION_STRINGS;

/**
 * A wired Contoso laptop registered for Autopilot whose profile allows pre-provisioning and leaves
 * the language to the user, so the region page is the first OOBE screen (003:37).
 */
function preprovisionSetup(more: Partial<DeviceSetupInput> = {}): DeviceSetupInput {
  return preprovisionReady([MEGAN], {}, more);
}

/** The same laptop with a TPM whose attestation fails (vulnerable firmware, 0x81039024). */
const FAILING_TPM = preprovisionSetup({ device: { network: WIRED_NETWORK, tpm: { fault: 'vulnerable-firmware' } } });

/** The device's display (the chrome's key buttons sit under it, in the same landmark). */
function display(page: Page): Locator {
  return page.getByRole('main', { name: 'Device screen' });
}

function button(page: Page, name: string): Locator {
  return display(page).getByRole('button', { name, exact: true });
}

/** The on-screen "Windows key" under the display, pressed `times` times. */
async function pressWindowsKey(page: Page, times: number): Promise<void> {
  const key = page.getByRole('button', { name: 'Windows key', exact: true });
  for (let i = 0; i < times; i += 1) await key.click();
}

/** Clicks a device button that leaves `from`, and waits until the device itself has left it. */
async function clickAway(page: Page, host: WebHost, name: string, from: ScreenId): Promise<void> {
  await clickOnDevice(host, button(page, name), from);
}

/** Region page → WIN ×5 → "What would you like to do?". */
async function openMenu(page: Page, host: WebHost): Promise<void> {
  await skipUntil(page, host, 'region');
  await pressWindowsKey(page, 5);
  await expectScreen(page, 'preprovision-menu');
}

/** Region page → WIN ×5 → "Pre-provision with Windows Autopilot" → Next → the configuration page, details downloaded. */
async function openConfiguration(page: Page, host: WebHost): Promise<void> {
  await openMenu(page, host);
  await display(page).getByRole('option', { name: S.menu.rows['pre-provision'].name['11'], exact: true }).click();
  await clickAway(page, host, S.menu.accept['11'], 'preprovision-menu');
  await skipUntil(page, host, 'preprovision-config');
  await finishRefresh(page, host);
}

/** Moves virtual time until the profile details have downloaded ("Next" turns enabled). */
async function finishRefresh(page: Page, host: WebHost, windows: '10' | '11' = '11'): Promise<void> {
  const core = host.session.core;
  for (let i = 0; i < 50; i += 1) {
    const screen = core.execute('device.snapshot', {}).screen;
    if (screen.id !== 'preprovision-config' || !screen.refreshing) break;
    if (core.execute('clock.skip', {}).firedAtMs === null) break;
  }
  await expect(button(page, S.config.provision[windows])).toBeEnabled();
}

test.describe('Windows key ×5', () => {
  test.use({ setup: preprovisionSetup() });

  test('on the first screen opens "What would you like to do?"; on the second screen it does nothing', async ({
    device: page,
    host,
  }) => {
    await openMenu(page, host);
    const screen = display(page);
    await expect(screen.getByRole('heading', { name: S.menu.title })).toBeVisible();
    // Windows 11: the three rows, nothing selected, "Next" disabled until a row is picked.
    const options = screen.getByRole('option');
    await expect(options).toHaveCount(3);
    for (const row of ['provisioning-package', 'pre-provision', 'reset-device'] as const) {
      await expect(screen.getByRole('option', { name: S.menu.rows[row].name['11'], exact: true })).toHaveAttribute(
        'aria-selected',
        'false',
      );
    }
    await expect(button(page, S.menu.accept['11'])).toBeDisabled();
    await screen.getByRole('option', { name: S.menu.rows['pre-provision'].name['11'], exact: true }).click();
    await expect(button(page, S.menu.accept['11'])).toBeEnabled();

    // "Cancel" goes back to the region page; answering it moves on to the keyboard page.
    await button(page, S.menu.cancel).click();
    await expectScreen(page, 'region');
    await button(page, 'Yes').click();
    await expectScreen(page, 'keyboard');
    await pressWindowsKey(page, 5);
    // Commands reach the device in order: once this selection shows, the five presses were handled.
    const layout = screen.getByRole('option').nth(1);
    await expect(layout).toHaveAttribute('aria-selected', 'false');
    await layout.click();
    await expect(layout).toHaveAttribute('aria-selected', 'true');
    await expectScreen(page, 'keyboard');
    expect(host.session.core.execute('device.snapshot', {}).screen.id).toBe('keyboard');
  });

  test('the physical Windows key counts too, where the browser lets it through', async ({ device: page, host }) => {
    await skipUntil(page, host, 'region');
    for (let i = 0; i < 5; i += 1) await page.keyboard.press('Meta');
    await expectScreen(page, 'preprovision-menu');
  });
});

test.describe('Windows key ×5 on a sign-in page that is the first screen', () => {
  // Wired, and the profile presets language and keyboard: OOBE opens on the Entra sign-in page (003:46, 001:11476).
  test.use({
    setup: preprovisionReady([MEGAN], {
      deploymentProfile: { name: 'Contoso preset laptops', allowPreProvisionedDeployment: true, ...PRESET_LANGUAGE },
    }),
  });

  test('opens "What would you like to do?"; Cancel goes back to the sign-in page', async ({ device: page, host }) => {
    await skipUntil(page, host, 'branding-signin');
    // No region or keyboard page came first: the sign-in page is the first OOBE screen.
    expect(host.session.core.execute('device.snapshot', {}).screen.id).toBe('branding-signin');
    await pressWindowsKey(page, 5);
    await expectScreen(page, 'preprovision-menu');
    await expect(display(page).getByRole('heading', { name: S.menu.title })).toBeVisible();
    await page.screenshot({ path: '/tmp/shots-truth/win5-first-screen-signin.png' });
    await button(page, S.menu.cancel).click();
    await expectScreen(page, 'branding-signin');
  });
});

test.describe('configuration page and success', () => {
  test.use({ setup: preprovisionSetup() });

  test('the QR code scans to the documented payload: the device ZTD ID and serial number', async ({
    device: page,
    host,
  }) => {
    await openConfiguration(page, host);
    const screen = display(page);
    await expect(screen.getByRole('heading', { name: S.config.title['11'] })).toBeVisible();
    await expect(screen.getByText('Contoso pre-provisioned', { exact: true })).toBeVisible();

    const image = await screen.getByRole('img', { name: 'QR code' }).screenshot();
    const png = PNG.sync.read(image);
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(decoded, 'the QR code decodes').not.toBeNull();
    const snapshot = host.session.core.execute('device.snapshot', {});
    if (snapshot.screen.id !== 'preprovision-config')
      throw new Error(`expected the configuration page, got ${snapshot.screen.id}`);
    expect(decoded!.data).toBe(snapshot.screen.qrPayload);
    // shared/preprovision-qr.ts: {"ZtdId":"<lowercase GUID>","SerialNumber":"<Win32_BIOS.SerialNumber>"}.
    const identity = parsePreprovisionQrPayload(decoded!.data);
    expect(identity?.ztdId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(identity?.serialNumber).toBe(snapshot.info.serialNumber);
    expect(decoded!.data).toBe(JSON.stringify({ ZtdId: identity!.ztdId, SerialNumber: snapshot.info.serialNumber }));
  });

  test('the inline "Refresh" link downloads the details again: a user assigned in Intune shows up', async ({
    device: page,
    host,
  }) => {
    await openConfiguration(page, host);
    const screen = display(page);
    await expect(screen.getByText(S.config.notAssigned, { exact: true })).toBeVisible();
    host.session.core.execute('fault.fire', { fault: { kind: 'tenant.assign-user', upn: 'megan@contoso.com' } });
    await screen.getByRole('link', { name: S.config.refresh, exact: true }).click();
    // While the details download, "Refresh" and "Next" are disabled.
    await expect(screen.getByRole('link', { name: S.config.refresh, exact: true })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await expect(button(page, S.config.provision['11'])).toBeDisabled();
    await finishRefresh(page, host);
    await expect(screen.getByText('megan@contoso.com', { exact: true })).toBeVisible();
    await expect(screen.getByText(S.config.notAssigned, { exact: true })).toHaveCount(0);
  });

  test('"Reseal" on the success page powers the device off, resealed', async ({ device: page, host }) => {
    await openConfiguration(page, host);
    await clickAway(page, host, S.config.provision['11'], 'preprovision-config');
    await skipUntil(page, host, 'preprovision-success', 2000);
    const screen = display(page);
    await expect(screen.getByRole('heading', { name: S.result.successTitle })).toBeVisible();
    await expect(screen.getByText(/^\d+ hours \d+ minutes$/)).toBeVisible();
    await button(page, S.result.reseal).click();
    await expectScreen(page, 'powered-off');
    await expect(page.locator('[data-screen="powered-off"]')).toHaveAttribute('data-resealed', 'true');
    const snapshot = host.session.core.execute('device.snapshot', {});
    expect(snapshot.power).toBe('off');
    expect(snapshot.screen).toEqual({ id: 'powered-off', resealed: true });
  });
});

test.describe('failure page', () => {
  test.use({ setup: FAILING_TPM });

  async function failProvisioning(page: Page, host: WebHost): Promise<void> {
    await clickAway(page, host, S.config.provision['11'], 'preprovision-config');
    await skipUntil(page, host, 'preprovision-failure', 2000);
    const screen = display(page);
    await expect(screen.getByRole('heading', { name: S.result.failureTitle })).toBeVisible();
    await expect(screen.getByRole('alert')).toHaveText('TPM attestation failed. Error: 0x81039024');
    await expect(screen.getByText(S.result.ctrlShiftDHint)).toBeVisible();
    await expect(button(page, S.result.retry)).toBeEnabled();
    await expect(button(page, S.result.reset)).toBeEnabled();
  }

  test('"Retry" goes back to the configuration page', async ({ device: page, host }) => {
    await openConfiguration(page, host);
    await failProvisioning(page, host);
    await button(page, S.result.retry).click();
    await expectScreen(page, 'preprovision-config');
    await expect(display(page).getByRole('heading', { name: S.config.title['11'] })).toBeVisible();
  });

  test('"Reset" resets Windows and OOBE starts again from its first page', async ({ device: page, host }) => {
    await openConfiguration(page, host);
    await failProvisioning(page, host);
    await button(page, S.result.reset).click();
    // Both buttons disable while the reset starts (once the device has taken the click).
    await expect(button(page, S.result.retry)).toBeDisabled();
    await expect(button(page, S.result.reset)).toBeDisabled();
    await skipUntil(page, host, 'boot');
    await skipUntil(page, host, 'region');
    // The first screen again: WIN ×5 opens the menu once more.
    await pressWindowsKey(page, 5);
    await expectScreen(page, 'preprovision-menu');
  });
});

test.describe('Windows 10 labels and layout', () => {
  test.use({ setup: { ...FAILING_TPM, windows: { version: '10', build: '19045.5247' } } });

  test('first row preselected, "Continue", "Provision", and "View diagnostics" on the failure page', async ({
    device: page,
    host,
  }) => {
    await openMenu(page, host);
    const screen = display(page);
    await expect(
      screen.getByRole('option', { name: S.menu.rows['provisioning-package'].name['10'], exact: true }),
    ).toHaveAttribute('aria-selected', 'true');
    await expect(screen.getByRole('link', { name: S.menu.cancel, exact: true })).toBeVisible();
    await screen.getByRole('option', { name: S.menu.rows['pre-provision'].name['10'], exact: true }).click();
    await clickAway(page, host, S.menu.accept['10'], 'preprovision-menu');
    await skipUntil(page, host, 'preprovision-config');
    await expect(screen.getByRole('heading', { name: S.config.title['10'] })).toBeVisible();
    await finishRefresh(page, host, '10');
    await clickAway(page, host, S.config.provision['10'], 'preprovision-config');
    await skipUntil(page, host, 'preprovision-failure', 2000);
    await expect(screen.getByRole('img', { name: 'QR code' })).toBeVisible();
    await screen.getByRole('link', { name: S.result.viewDiagnostics, exact: true }).click();
    await expectScreen(page, 'autopilot-diagnostics');
  });
});
