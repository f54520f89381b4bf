import type { DeviceSetupInput } from '../../shared/device-setup';
import { ENROLLMENT_STRINGS } from '../../shared/strings-enrollment';
import { expectScreen, skipUntil, test, expect } from './fixtures';

/**
 * Issue 18 point 1 through the web host: the first sign-in on a device that joined Entra ID by
 * itself (self-deploying) can't check the credentials while the internet is gone. The sign-on
 * screen stays with the generic error; with the internet back the same sign-in goes on.
 */

const SHOTS = '/tmp/shots-hello';
const USER = { upn: 'adele@contoso.com', displayName: 'Adele Vance', password: 'Pa55w.rd' };

const setup: DeviceSetupInput = {
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
      name: 'Contoso shared devices',
      deploymentMode: 'self-deploying',
      language: 'en-US',
      automaticallyConfigureKeyboard: true,
    },
    enrollmentStatusPage: { name: 'Contoso ESP' },
  },
  workload: { apps: [{ id: 'visitor-log', name: 'Contoso Visitor Log', type: 'store', durationMs: 120_000 }] },
  faults: [
    {
      id: 'internet-lost',
      label: 'The internet goes when the sign-on screen shows',
      trigger: { kind: 'on-screen', screen: 'signon' },
      effect: { kind: 'network.internet', available: false },
    },
  ],
};

test.use({ setup });

test('offline, Sign in is refused with the error and the screen stays; back online it signs in', async ({
  device,
  host,
}) => {
  await skipUntil(device, host, 'signon');
  await device.getByRole('textbox', { name: 'User name' }).fill(USER.upn);
  await device.getByLabel('Password').fill(USER.password);
  await device.getByRole('button', { name: 'Sign in' }).click();
  await expect(device.getByText(ENROLLMENT_STRINGS.signon.unreachable)).toBeVisible();
  await expectScreen(device, 'signon');
  await expect(device.getByLabel('Password')).toHaveValue('');
  await device.screenshot({ path: `${SHOTS}/signon-offline.png` });

  host.session.core.execute('fault.fire', { fault: { kind: 'network.internet', available: true } });
  await device.getByLabel('Password').fill(USER.password);
  await device.getByRole('button', { name: 'Sign in' }).click();
  await expectScreen(device, 'esp');
});
