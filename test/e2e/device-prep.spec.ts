import type { Locator, Page } from '@playwright/test';
import type { WebHost } from '../../electron/host/web-host';
import type { DeviceSetupInput } from '../../shared/device-setup';
import { CONTOSO, WIRED_NETWORK } from '../support/setups';
import { clickOnDevice, expectScreen, signInToEntra, skipUntil, test, expect } from './fixtures';

/**
 * Windows Autopilot device preparation in the browser: sign-in, "Setting up for work or school"
 * with its percentage, "Required setup complete" or the failure page (Retry, Continue anyway), and
 * the deployment report beside the device.
 */

type Policy = NonNullable<NonNullable<DeviceSetupInput['policies']>['devicePreparation']>[number];
type App = NonNullable<NonNullable<DeviceSetupInput['workload']>['apps']>[number];

const USER = { upn: 'megan@contoso.com', displayName: 'Megan Bowen', password: 'Pa55w.rd' };
const CUSTOM_MESSAGE = "Setup didn't finish. Call the Contoso service desk on extension 4357.";
const VPN: App = { id: 'contoso-vpn', name: 'Contoso VPN client', type: 'win32', durationMs: 5 * 60_000 };
const EXPENSES: App = { id: 'contoso-expenses', name: 'Contoso Expenses', type: 'lob', durationMs: 4 * 60_000 };
const BROKEN_VPN: App = { ...VPN, outcome: 'failure', errorCode: '0x87d1041c' };

/** A wired device never registered for Autopilot; Megan's device preparation policy selects both apps and one script. */
function setup(policy: Partial<Policy>, apps: App[], usbDrives: { label: string }[] = []): DeviceSetupInput {
  return {
    seed: 6606,
    device: { network: WIRED_NETWORK, usbDrives },
    registration: { registered: false },
    tenant: {
      ...CONTOSO,
      users: [USER],
      groups: [
        { name: 'Contoso DP Users', kind: 'user', members: [USER.upn] },
        { name: 'Contoso DP Devices', kind: 'device', owners: ['Intune Provisioning Client'] },
      ],
    },
    policies: {
      devicePreparation: [
        {
          name: 'Contoso device preparation',
          deviceGroup: 'Contoso DP Devices',
          userGroup: 'Contoso DP Users',
          timeoutMinutes: 60,
          apps: apps.map((a) => a.id),
          scripts: ['set-power-plan'],
          ...policy,
        },
      ],
    },
    workload: { apps, scripts: [{ id: 'set-power-plan', name: 'Set the Contoso power plan', durationMs: 30_000 }] },
  };
}

/** Clicks a device button by its name, then waits until the device has acted on it (see `clickOnDevice`). */
async function press(page: Page, host: WebHost, name: string): Promise<void> {
  await clickOnDevice(host, display(page).getByRole('button', { name, exact: true }));
}

/** "Set up for work or school", then Megan's Entra sign-in, all by role and name. */
async function signInForWork(page: Page, host: WebHost) {
  await skipUntil(page, host, 'license-agreement');
  await press(page, host, 'Accept');
  await expectScreen(page, 'consumer-oobe');
  await page.getByRole('option', { name: 'Set up for work or school' }).click();
  await expect(page.getByRole('option', { name: 'Set up for work or school', selected: true })).toBeVisible();
  await press(page, host, 'Next');
  await signInToEntra(page, host, USER);
}

/** Region, keyboard, then `signInForWork`. */
async function signIn(page: Page, host: WebHost) {
  await skipUntil(page, host, 'region');
  await press(page, host, 'Yes');
  await expectScreen(page, 'keyboard');
  await press(page, host, 'Yes');
  await expectScreen(page, 'second-keyboard');
  await press(page, host, 'Skip adding a second keyboard layout');
  await signInForWork(page, host);
}

/** The device's display (the chrome around it shows the report, which repeats some of its text). */
function display(page: Page): Locator {
  return page.getByRole('main', { name: 'Device screen' });
}

/** The report blade beside the device (named by its screen title). */
function reportPanel(page: Page): Locator {
  return page.getByRole('complementary', { name: 'Device enrollment - Autopilot deployments' });
}

/** The report's "Device deployment details" pane. */
function details(page: Page): Locator {
  return reportPanel(page).getByRole('region', { name: 'Device deployment details' });
}

/** The status the details pane shows for one app or script. */
function itemRow(page: Page, section: 'Apps' | 'Scripts', name: string): Locator {
  return details(page)
    .getByRole('table', { name: section })
    .getByRole('row', { name: new RegExp(name) });
}

/** The list row's "Deployment status" cell. */
async function listStatus(page: Page): Promise<Locator> {
  const grid = reportPanel(page).getByRole('region', { name: 'Deployments' });
  const headers = await grid.getByRole('columnheader').allTextContents();
  const column = headers.indexOf('Deployment status');
  expect(column).toBeGreaterThan(-1);
  return grid.getByRole('row').nth(1).getByRole('cell').nth(column);
}

test.describe('a deployment that succeeds', () => {
  test.use({ setup: setup({ allowSkip: false, showDiagnosticsLink: false }, [VPN, EXPENSES]) });

  test('shows the percentage, then "Required setup complete", then the desktop; the report says Success and Installed', async ({
    device: page,
    host,
  }) => {
    await expect(reportPanel(page)).toHaveCount(0);
    await signIn(page, host);
    await skipUntil(page, host, 'device-prep-progress');
    await expect(page.getByRole('heading', { name: 'Setting up for work or school' })).toBeVisible();
    await expect(page.getByText('1% complete', { exact: true })).toBeVisible();
    // The page has nothing to press: the trainee waits.
    await expect(page.getByRole('region', { name: 'Setting up for work or school' }).getByRole('button')).toHaveCount(
      0,
    );
    await expect(reportPanel(page)).toBeVisible();
    await expect(await listStatus(page)).toHaveText('In progress');

    // Ten virtual minutes into a 60-minute budget the clock-driven percentage has moved on.
    host.session.core.execute('clock.advance', { ms: 10 * 60_000 });
    await expect(page.getByText('1% complete', { exact: true })).toHaveCount(0);
    const shown = await page.getByText(/^\d+% complete$/).textContent();
    expect(Number.parseInt(shown ?? '', 10)).toBeGreaterThanOrEqual(10);

    await skipUntil(page, host, 'device-prep-complete');
    await expect(page.getByRole('heading', { name: 'Required setup complete' })).toBeVisible();
    await expect(await listStatus(page)).toHaveText('Success');
    await expect(itemRow(page, 'Apps', 'Contoso VPN client')).toContainText('Installed');
    await expect(itemRow(page, 'Apps', 'Contoso Expenses')).toContainText('Installed');
    await expect(itemRow(page, 'Scripts', 'Set the Contoso power plan')).toContainText('Installed');
    await press(page, host, 'Next');

    await skipUntil(page, host, 'desktop');
    await expect(page.getByText('Microsoft Entra joined')).toBeVisible();
    await expect(details(page).getByText('Success', { exact: true })).toBeVisible();

    // As in the admin center, the device's name opens (and here also closes) its deployment details.
    const deviceName = reportPanel(page).getByRole('region', { name: 'Deployments' }).getByRole('button');
    await deviceName.click();
    await expect(details(page)).toHaveCount(0);
    await deviceName.click();
    await expect(details(page)).toBeVisible();
    // The blade folds into a strip to give the display room, and opens again.
    await page.getByRole('button', { name: 'Fold deployment report', exact: true }).click();
    await expect(reportPanel(page)).toHaveCount(0);
    await page.getByRole('button', { name: 'Show deployment report', exact: true }).click();
    await expect(details(page)).toBeVisible();
  });
});

test.describe('a failed app when the policy allows skipping and shows the diagnostics link', () => {
  test.use({
    setup: setup(
      { allowSkip: true, showDiagnosticsLink: true, customErrorMessage: CUSTOM_MESSAGE },
      [EXPENSES, BROKEN_VPN],
      [{ label: 'USB DRIVE' }],
    ),
  });

  test('Retry starts the attempt again; Continue anyway signs Megan in with the deployment recorded as Failed', async ({
    device: page,
    host,
  }) => {
    await signIn(page, host);
    await skipUntil(page, host, 'device-prep-failure');
    await expect(display(page).getByText(CUSTOM_MESSAGE)).toBeVisible();
    await expect(display(page).getByText('Error code: 0x87d1041c')).toBeVisible();
    await expect(itemRow(page, 'Apps', 'Contoso VPN client')).toContainText('Failed');
    await expect(await listStatus(page)).toHaveText('Failed');

    // Export logs: grey and disabled while it writes to the USB drive, then silent (known issue K1).
    const exportLogs = display(page).getByRole('link', { name: 'Export logs' });
    await exportLogs.click();
    await expect(exportLogs).toHaveAttribute('aria-disabled', 'true');
    host.session.core.execute('clock.skip', {});
    await expect(exportLogs).not.toHaveAttribute('aria-disabled');
    await expect(reportPanel(page).getByRole('note')).toContainText('MDMDiagReport.zip');
    // The device's page says nothing; the chrome's own "Logs collected" notice (issue #12) offers the file.
    await expect(
      display(page)
        .locator('.viewport__display')
        .getByText(/MDMDiagReport|exported|saved/i),
    ).toHaveCount(0);
    await expect(page.getByRole('status', { name: 'Logs collected' })).toContainText('MDMDiagReport.zip');

    await press(page, host, 'Retry');
    await expectScreen(page, 'device-prep-progress');
    await expect(page.getByText('1% complete', { exact: true })).toBeVisible();
    await expect(await listStatus(page)).toHaveText('In progress');

    // The app fails again, and this time the trainee gives up on it.
    await skipUntil(page, host, 'device-prep-failure');
    await expect(
      page.getByText('Select Continue anyway to go to the desktop. Some apps and settings might be missing.'),
    ).toBeVisible();
    await press(page, host, 'Continue anyway');
    await skipUntil(page, host, 'desktop');
    await expect(await listStatus(page)).toHaveText('Failed');
    await expect(itemRow(page, 'Apps', 'Contoso VPN client')).toContainText('Failed');
    await expect(itemRow(page, 'Apps', 'Contoso Expenses')).toContainText('Installed');
  });
});

test.describe('a failed app when the policy does not allow skipping', () => {
  test.use({ setup: setup({ allowSkip: false, showDiagnosticsLink: false }, [BROKEN_VPN]) });

  test('offers Retry alone, as the primary button, with the default message and no Export logs link', async ({
    device: page,
    host,
  }) => {
    await signIn(page, host);
    await skipUntil(page, host, 'device-prep-failure');
    await expect(display(page).getByText("Contact your organization's support person for help.")).toBeVisible();
    const retry = page.getByRole('button', { name: 'Retry', exact: true });
    await expect(retry).toBeVisible();
    await expect(retry).toHaveClass(/oobe-button--primary/);
    await expect(page.getByRole('button', { name: 'Continue anyway', exact: true })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Export logs' })).toHaveCount(0);
    await expect(page.getByText(/Select Continue anyway/)).toHaveCount(0);
  });
});

test.describe('the built-in scenario device-prep-timeout', () => {
  test('runs out of its 15-minute budget: 0x800705B4, the default message, Retry only', async ({
    device: page,
    host,
  }) => {
    await page.getByRole('button', { name: 'Scenarios', exact: true }).click();
    const item = page
      .getByRole('list', { name: 'Built-in scenarios' })
      .getByRole('listitem')
      .filter({ hasText: 'device-prep-timeout' });
    await item.getByRole('button', { name: 'Load', exact: true }).click();
    await expect.poll(() => host.session.core.execute('device.snapshot', {}).scenario?.id).toBe('device-prep-timeout');

    // The first pages and the Wi-Fi are not what this test is about: answer them as the scenario's script does.
    const core = host.session.core;
    await skipUntil(page, host, 'region');
    for (const control of ['yes', 'yes', 'skip']) core.execute('device.click', { control });
    await expectScreen(page, 'network');
    core.execute('device.select', { list: 'network', item: 'Contoso-Guest' });
    core.execute('device.click', { control: 'connect' });
    core.execute('device.type', { field: 'network-key', text: 'autopilot' });
    core.execute('device.click', { control: 'key-next' });
    core.execute('clock.skip', {});
    // The page's own "Next" (the network row had one too, until the browser draws the connection).
    const next = display(page).locator('.oobe-page__buttons').getByRole('button', { name: 'Next', exact: true });
    await clickOnDevice(host, next, 'network');
    await signInForWork(page, host);

    await skipUntil(page, host, 'device-prep-progress');
    await expect(page.getByText('1% complete', { exact: true })).toBeVisible();
    await skipUntil(page, host, 'device-prep-failure', 400);
    await expect(display(page).getByText('Error code: 0x800705B4')).toBeVisible();
    await expect(display(page).getByText("Contact your organization's support person for help.")).toBeVisible();
    await expect(page.getByRole('button', { name: 'Retry', exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Continue anyway', exact: true })).toHaveCount(0);
    await expect(await listStatus(page)).toHaveText('Failed');
    await expect(itemRow(page, 'Apps', 'Microsoft 365 Apps for enterprise')).toContainText('In progress');
  });
});
