import type { Locator, Page } from '@playwright/test';
import type { WebHost } from '../../electron/host/web-host';
import { PROVISIONING_PACKAGE_STRINGS } from '../../shared/strings-local-oobe';
import { PREPROVISION_STRINGS } from '../../shared/strings-preprovision';
import { MEGAN, preprovisionReady, WIRED_NETWORK } from '../support/setups';
import { clickOnDevice, deviceScreen, expectScreen, skipUntil, test, expect } from './fixtures';

/**
 * WIN ×5 row 1, "Install provisioning package" (oobe-ui.md §14), in the browser: the menu row,
 * "Set up your PC?" → Yes, the install, "Setup completed successfully" → Continue back to OOBE.
 */

const S = PROVISIONING_PACKAGE_STRINGS;
const MENU = PREPROVISION_STRINGS.menu;

/** The pre-provisioning laptop (region page first) with a USB drive that carries Contoso.ppkg. */
const WITH_PACKAGE = preprovisionReady(
  [MEGAN],
  {},
  {
    device: { network: WIRED_NETWORK, usbDrives: [{ label: 'PROVISION', provisioningPackage: 'Contoso.ppkg' }] },
  },
);

function button(page: Page, name: string): Locator {
  return deviceScreen(page).getByRole('button', { name, exact: true });
}

async function openRowOne(page: Page, host: WebHost): Promise<void> {
  await skipUntil(page, host, 'region');
  const key = page.getByRole('button', { name: 'Windows key', exact: true });
  for (let i = 0; i < 5; i += 1) await key.click();
  await expectScreen(page, 'preprovision-menu');
  await deviceScreen(page)
    .getByRole('option', { name: MENU.rows['provisioning-package'].name['11'], exact: true })
    .click();
  await clickOnDevice(host, button(page, MENU.accept['11']), 'preprovision-menu');
}

test.describe('Install provisioning package', () => {
  test.use({ setup: WITH_PACKAGE });

  test('menu row 1 → Yes → installing → "Setup completed successfully" → Continue', async ({ device: page, host }) => {
    await openRowOne(page, host);
    await expectScreen(page, 'provisioning-package');
    const screen = deviceScreen(page);
    await expect(screen.getByRole('heading', { name: S.confirm.title })).toBeVisible();
    await expect(screen.getByText(S.confirm.body)).toBeVisible();
    await expect(button(page, S.confirm.cancel)).toBeVisible();

    const stage = () => {
      const view = host.session.core.execute('device.snapshot', {}).screen;
      return view.id === 'provisioning-package' ? view.stage : null;
    };
    await clickOnDevice(host, button(page, S.confirm.yes), () => stage() === 'installing');
    await expect(screen.getByRole('heading', { name: S.installing.title })).toBeVisible();
    await expect(screen.getByText(S.installing.status)).toBeVisible();
    await expect(screen.getByText(S.installing.detail)).toBeVisible();

    for (let i = 0; i < 50 && stage() === 'installing'; i += 1) host.session.core.execute('clock.skip', {});
    await expect(screen.getByRole('heading', { name: S.status.success })).toBeVisible();
    await expect(button(page, S.status.getLogs)).toBeVisible();
    await clickOnDevice(host, button(page, S.status.continue), 'provisioning-package');
    await expectScreen(page, 'region');
  });
});
