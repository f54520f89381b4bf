import type { Page } from '@playwright/test';
import type { WebHost } from '../../electron/host/web-host';
import type { DeviceSetupInput } from '../../shared/device-setup';
import type { TenantChange } from '../../shared/tenant-commands';
import { createNodeWsClient } from '../support/node-ws-client';
import {
  clickOnDevice,
  deviceScreen,
  enterPassword,
  enterUsername,
  expect,
  expectScreen,
  skipUntil,
  test,
} from './fixtures';

/**
 * A helpdesk trainee's loop through the web host: the device is stuck on a documented refusal, the
 * tenant is changed over the contract (as the trainer's panel or a second tab would), the device's
 * own retry makes the next request, and the device goes on.
 */

const USER = { upn: 'megan@contoso.com', password: 'Pa55w.rd' };

function setup(parts: { user?: object; tenant?: object; registration?: object }): DeviceSetupInput {
  return {
    seed: 88,
    device: {
      network: {
        ethernet: { present: true, cableConnected: true, internet: true },
        wifi: { present: false, networks: [] },
      },
    },
    registration: parts.registration ?? {},
    tenant: { name: 'Contoso', domains: ['contoso.com'], users: [{ ...USER, ...parts.user }], ...parts.tenant },
    policies: {
      deploymentProfile: { name: 'Contoso', language: 'en-US', automaticallyConfigureKeyboard: true },
    },
  };
}

/** Sends a tenant change over the WebSocket contract, like any client of the host. */
async function changeTenant(host: WebHost, change: TenantChange): Promise<string> {
  const client = createNodeWsClient(`ws://127.0.0.1:${host.port}/ws`);
  try {
    return (await client.invoke('tenant.change', { change })).message;
  } finally {
    client.close();
  }
}

async function signInUntilAnswer(page: Page, host: WebHost) {
  await enterUsername(page, host, USER.upn);
  await enterPassword(page, host, USER.password);
  const core = host.session.core;
  for (let i = 0; i < 50; i += 1) {
    const id = core.execute('device.snapshot', {}).screen.id;
    if (id !== 'password') break;
    core.execute('clock.skip', {});
  }
}

const tryAgain = (page: Page) => deviceScreen(page).getByRole('button', { name: 'Try again', exact: true });

test.describe('801c0003: the Entra device limit', () => {
  test.use({ setup: setup({ user: { joinedDevices: 50 } }) });
  test('raising "Maximum number of devices per user" lets "Try again" join', async ({ device: page, host }) => {
    await signInUntilAnswer(page, host);
    await expectScreen(page, 'something-went-wrong');
    await expect(deviceScreen(page).getByText('801c0003')).toBeVisible();
    expect(await changeTenant(host, { kind: 'entra.device-settings', deviceJoinLimit: 100 })).toContain(
      'maximum devices per user = 100',
    );
    // The change is in the tenant; the device has not asked yet, so it still shows the refusal.
    await expectScreen(page, 'something-went-wrong');
    await clickOnDevice(host, tryAgain(page), 'something-went-wrong');
    await signInUntilAnswer(page, host);
    await expect
      .poll(() => host.session.core.execute('device.snapshot', {}).screen.id)
      .not.toBe('something-went-wrong');
    expect(host.session.core.execute('tenant.state', {}).tenant).toMatchObject({
      entra: { deviceObjects: [{ upn: USER.upn }] },
    });
  });
});

test.describe('80180018: no Intune licence', () => {
  test.use({ setup: setup({ user: { licensed: false } }) });
  test('assigning the licence lets "Try again" enroll', async ({ device: page, host }) => {
    await signInUntilAnswer(page, host);
    await expectScreen(page, 'something-went-wrong');
    const records = host.session.core.execute('eventlog.read', {}).records;
    expect(records.map((r) => r.message)).toContain('MDM Enroll: Failed (0x80180018)');
    await changeTenant(host, { kind: 'licence.assign', upn: USER.upn });
    await clickOnDevice(host, tryAgain(page), 'something-went-wrong');
    await signInUntilAnswer(page, host);
    await expect
      .poll(() => host.session.core.execute('device.snapshot', {}).screen.id)
      .not.toBe('something-went-wrong');
  });
});

test.describe('"That username looks like it belongs to another organization"', () => {
  test.use({ setup: setup({ registration: { tenant: 'other' } }) });
  test('the record deleted and the hardware hash imported here: Next goes on to the password', async ({
    device: page,
    host,
  }) => {
    await skipUntil(page, host, 'branding-signin');
    await page.getByPlaceholder('someone@example.com').fill(USER.upn);
    const next = deviceScreen(page).getByRole('button', { name: 'Next', exact: true });
    await clickOnDevice(host, next, (s) => s.id === 'branding-signin' && Boolean((s as { error?: string }).error));
    await expect(
      deviceScreen(page).getByText('That username looks like it belongs to another organization'),
    ).toBeVisible();
    const { identity } = (
      host.session.core as unknown as { state: { identity: { serialNumber: string; hardwareHash: string } } }
    ).state;
    await changeTenant(host, { kind: 'autopilot.delete-record', serialNumber: identity.serialNumber });
    await changeTenant(host, {
      kind: 'autopilot.import',
      csv: `Device Serial Number,Windows Product ID,Hardware Hash\n${identity.serialNumber},,${identity.hardwareHash}\n`,
    });
    await clickOnDevice(host, next, 'branding-signin');
    await expectScreen(page, 'password');
  });
});

test.describe('two devices, one tenant', () => {
  test.use({ setup: setup({}) });
  test("a change made from one device's session is in the tenant the other device uses", async ({ host }) => {
    const { createDevice } = await import('../../electron/core/index');
    const other = createDevice(
      { ...setup({}), seed: 89 },
      { tenant: (host.session.core as unknown as { tenant: never }).tenant },
    );
    const serial = (other as unknown as { state: { identity: { serialNumber: string } } }).state.identity.serialNumber;
    await changeTenant(host, { kind: 'autopilot.delete-record', serialNumber: serial });
    const records = (other.execute('tenant.state', {}).tenant as { autopilot: { devices: { serialNumber: string }[] } })
      .autopilot.devices;
    expect(records.map((r) => r.serialNumber)).not.toContain(serial);
  });
});
