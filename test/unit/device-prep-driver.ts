import type { DeviceSetupInput } from '../../shared/device-setup';
import type { ScenarioBodyInput } from '../../shared/scenario/scenario';
import type { ScreenView, ScreenViewOf } from '../../shared/snapshot';
import { acceptLicense, answerLocalePages, driveDevice, signInToEntra, viewOf } from '../support/device-driver';
import { MEGAN, MINUTE, PASSWORD, UPN, WIRED_NETWORK, wiredContoso } from '../support/setups';

/** What only the device preparation unit tests need, on the shared device driver: an unregistered device and its user. */

export type Policy = NonNullable<NonNullable<ScenarioBodyInput['policies']>['devicePreparation']>[number];
export type App = NonNullable<NonNullable<ScenarioBodyInput['workload']>['apps']>[number];
export type Script = NonNullable<NonNullable<ScenarioBodyInput['workload']>['scripts']>[number];
type Tenant = NonNullable<ScenarioBodyInput['tenant']>;

export { MINUTE, PASSWORD, UPN } from '../support/setups';
export const USER_GROUP = 'DP Users';
export const DEVICE_GROUP = 'DP Devices';

export const app = (id: string, minutes: number, more: Partial<App> = {}): App => ({
  id,
  name: `App ${id}`,
  type: 'win32',
  durationMs: minutes * MINUTE,
  ...more,
});
export const script = (id: string, minutes: number, more: Partial<Script> = {}): Script => ({
  id,
  name: `Script ${id}`,
  durationMs: minutes * MINUTE,
  ...more,
});

/** A wired device never registered for Autopilot, one device preparation policy for Megan, and the given workload. */
export function dpSetup(
  policy: Partial<Policy>,
  apps: App[] = [],
  scripts: Script[] = [],
  more: { tenant?: Partial<Tenant>; rest?: Partial<DeviceSetupInput> } = {},
): DeviceSetupInput {
  const { device, ...rest } = more.rest ?? {};
  return wiredContoso(
    5150,
    {
      users: [MEGAN],
      tenant: {
        groups: [
          { name: USER_GROUP, kind: 'user', members: [UPN] },
          { name: DEVICE_GROUP, kind: 'device', owners: ['Intune Provisioning Client'] },
        ],
        ...more.tenant,
      },
      policies: {
        devicePreparation: [
          {
            name: 'DP policy',
            deviceGroup: DEVICE_GROUP,
            userGroup: USER_GROUP,
            apps: apps.map((a) => a.id),
            scripts: scripts.map((s) => s.id),
            ...policy,
          },
        ],
      },
      workload: { apps, scripts },
    },
    { device: { network: WIRED_NETWORK, ...device }, registration: { registered: false }, ...rest },
  );
}

/** Boots the device, answers the first pages, picks "Set up for work or school" and signs in. */
export function signIn(input: DeviceSetupInput) {
  const d = driveDevice(input);
  answerLocalePages(d);
  acceptLicense(d);
  d.until('consumer-oobe');
  d.select('setup-type', 'work');
  d.click('next');
  d.until('branding-signin');
  const signedInAt = d.device.nowMs;
  signInToEntra(d, UPN, PASSWORD);
  return { ...d, signedInAt };
}

export function progressView(view: ScreenView): ScreenViewOf<'device-prep-progress'> {
  return viewOf(view, 'device-prep-progress');
}

export function failureView(view: ScreenView): ScreenViewOf<'device-prep-failure'> {
  return viewOf(view, 'device-prep-failure');
}
