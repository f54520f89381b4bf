import type { Page } from '@playwright/test';
import type { WebHost } from '../../electron/host/web-host';
import { MEGAN, PRESET_LANGUAGE, wiredContoso } from '../support/setups';
import { expectScreen, signInToEntra, skipUntil, test, expect } from './fixtures';

/**
 * The Windows 11 desktop a trainee ends on (issue 18 point 6): the taskbar's clock from the
 * virtual clock, the network icon from the emulated NIC, Start with Settings, Settings > Accounts >
 * Access work or school and its Info page with Sync, and the lock screen's time.
 */

const SHOTS = '/tmp/shots-desk';

const screen = (page: Page) => page.getByRole('main', { name: 'Device screen' });

async function deploy(page: Page, host: WebHost) {
  await signInToEntra(page, host, MEGAN);
  await skipUntil(page, host, 'desktop', 120);
}

/** The device's clock as the taskbar should draw it (en-US, UTC device). */
function expectedClock(host: WebHost) {
  const iso = host.session.core.execute('device.snapshot', {}).info.deviceTime;
  const date = new Date(iso);
  return {
    time: new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(date),
    date: new Intl.DateTimeFormat('en-US', { timeZone: 'UTC' }).format(date),
  };
}

test.describe('the desktop', () => {
  test.use({
    setup: wiredContoso(181, {
      users: [{ ...MEGAN, displayName: 'Megan Bowen' }],
      policies: {
        deploymentProfile: { name: 'Contoso', ...PRESET_LANGUAGE },
        enrollmentStatusPage: { name: 'ESP' },
      },
    }),
  });

  test('the taskbar shows the virtual clock and the wired network, and follows the cable', async ({
    device: page,
    host,
  }) => {
    await deploy(page, host);
    const clock = screen(page).locator('[data-control="taskbar-clock"]');
    const { time, date } = expectedClock(host);
    await expect(clock).toContainText(time);
    await expect(clock).toContainText(date);
    // The clock moves with virtual time, not the host's.
    host.session.core.execute('clock.advance', { ms: 2 * 60 * 60_000 });
    await expect(clock).toContainText(expectedClock(host).time);

    const net = screen(page).locator('[data-network]');
    await expect(net).toHaveAttribute('data-network', 'ethernet');
    await expect(net).toHaveAttribute('data-internet', 'yes');
    await expect(screen(page).getByRole('img', { name: 'Network, Internet access' })).toBeVisible();
    host.session.core.execute('fault.fire', { fault: { kind: 'network.internet', available: false } });
    await expect(net).toHaveAttribute('data-internet', 'no');
    host.session.core.execute('fault.fire', { fault: { kind: 'network.cable', connected: false } });
    await expect(net).toHaveAttribute('data-network', 'none');
    await expect(screen(page).getByRole('img', { name: 'Not connected - No connections are available' })).toBeVisible();
  });

  test('Start opens Settings; Accounts > Access work or school shows the account; Info syncs', async ({
    device: page,
    host,
  }) => {
    await deploy(page, host);
    await screen(page).getByRole('button', { name: 'Start', exact: true }).click();
    await expect(screen(page).getByRole('dialog', { name: 'Start' })).toBeVisible();
    await expect(screen(page).getByText('Megan Bowen', { exact: true })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/desktop-start-open.png` });

    await screen(page).getByRole('dialog', { name: 'Start' }).getByRole('button', { name: 'Settings' }).click();
    await expect(screen(page).getByRole('heading', { name: 'System', exact: true })).toBeVisible();
    await expect(screen(page).getByRole('dialog', { name: 'Start' })).toBeHidden();
    await screen(page).getByRole('button', { name: 'Accounts', exact: true }).click();
    await screen(page)
      .getByRole('button', { name: /^Access work or school/ })
      .click();
    await expect(screen(page).getByText('megan@contoso.com').last()).toBeVisible();
    await expect(screen(page).getByText("Connected to Contoso's Microsoft Entra ID")).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/access-work-or-school.png` });

    await screen(page).getByRole('button', { name: 'Info', exact: true }).click();
    await expect(screen(page).getByText('Device sync status')).toBeVisible();
    const status = screen(page).getByRole('status');
    const before = await status.textContent();
    await screen(page).getByRole('button', { name: 'Sync', exact: true }).click();
    await expect(status).not.toHaveText(before ?? '');
    await expect(status).toContainText('UTC');
    await page.screenshot({ path: `${SHOTS}/access-work-or-school-info.png` });
  });

  test('the Windows key opens Start; Lock shows the lock screen with the virtual time', async ({
    device: page,
    host,
  }) => {
    await deploy(page, host);
    await page.getByRole('group', { name: 'Device keyboard' }).getByRole('button', { name: 'Windows key' }).click();
    await expect(screen(page).getByRole('dialog', { name: 'Start' })).toBeVisible();
    await screen(page).getByRole('button', { name: 'Lock', exact: true }).click();
    await expectScreen(page, 'lock-screen');
    const iso = host.session.core.execute('device.snapshot', {}).info.deviceTime;
    const d = new Date(iso);
    const hour = d.getUTCHours() % 12 === 0 ? 12 : d.getUTCHours() % 12;
    const time = `${hour}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
    await expect(screen(page).locator('.lock-screen__time')).toHaveText(time);
    const date = new Intl.DateTimeFormat('en-US', {
      weekday: 'long',
      month: 'long',
      day: 'numeric',
      timeZone: 'UTC',
    }).format(d);
    await expect(screen(page).locator('.lock-screen__date')).toHaveText(date);
    await page.screenshot({ path: `${SHOTS}/lock-screen.png` });
  });
});
