import { createDevice } from '../../electron/core';
import type { DeviceSetupInput } from '../../shared/device-setup';
import type { ScenarioBodyInput } from '../../shared/scenario/scenario';
import type { ScreenId } from '../../shared/screen-ids';
import type { DeploymentReport, ScreenView, ScreenViewOf } from '../../shared/snapshot';

/** Helpers shared by the device preparation unit tests: a wired, unregistered device and its user. */

export type Policy = NonNullable<NonNullable<ScenarioBodyInput['policies']>['devicePreparation']>[number];
export type App = NonNullable<NonNullable<ScenarioBodyInput['workload']>['apps']>[number];
export type Script = NonNullable<NonNullable<ScenarioBodyInput['workload']>['scripts']>[number];
type Tenant = NonNullable<ScenarioBodyInput['tenant']>;

export const MINUTE = 60_000;
export const UPN = 'megan@contoso.com';
export const PASSWORD = 'Pa55w.rd';
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
  return {
    seed: 5150,
    device: {
      network: {
        ethernet: { present: true, cableConnected: true, internet: true },
        wifi: { present: false, networks: [] },
      },
      ...more.rest?.device,
    },
    registration: { registered: false },
    tenant: {
      name: 'Contoso',
      domains: ['contoso.onmicrosoft.com', 'contoso.com'],
      users: [{ upn: UPN, password: PASSWORD }],
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
    ...Object.fromEntries(Object.entries(more.rest ?? {}).filter(([k]) => k !== 'device')),
  };
}

/** Boots the device, answers the first pages, picks "Set up for work or school" and signs in. */
export function signIn(input: DeviceSetupInput) {
  const device = createDevice(input, { powerOn: false });
  const screens: { screen: ScreenId; atMs: number }[] = [];
  const errors: { code: string | null; message: string }[] = [];
  const timeline: string[] = [];
  device.onEvent(
    (name, payload) => {
      if (name === 'screen:entered') screens.push(payload as { screen: ScreenId; atMs: number });
      else if (name === 'timeline') timeline.push((payload as { text: string }).text);
      else errors.push(payload as { code: string | null; message: string });
    },
    ['screen:entered', 'error:shown', 'timeline'],
  );
  device.execute('device.power', { action: 'on' });
  const snapshot = () => device.execute('device.snapshot', {});
  const view = (): ScreenView => snapshot().screen;
  const report = (): DeploymentReport | null => snapshot().report;
  const click = (control: string) => device.execute('device.click', { control });
  const until = (id: ScreenId) => {
    while (device.state.page.id !== id) {
      if (device.execute('clock.skip', {}).firedAtMs === null)
        throw new Error(`waited for ${id}, stayed on ${device.state.page.id}`);
    }
  };
  const advance = (ms: number) => device.execute('clock.advance', { ms });
  until('region');
  click('yes');
  until('keyboard');
  click('yes');
  until('second-keyboard');
  click('skip');
  until('consumer-oobe');
  device.execute('device.select', { list: 'setup-type', item: 'work' });
  click('next');
  until('branding-signin');
  device.execute('device.type', { field: 'username', text: UPN });
  click('next');
  device.execute('device.type', { field: 'password', text: PASSWORD });
  const signedInAt = device.nowMs;
  click('sign-in');
  /** When the screen last showed (null if never). */
  const screenAt = (id: ScreenId) => screens.filter((s) => s.screen === id).at(-1)?.atMs ?? null;
  return { device, errors, timeline, view, report, click, until, advance, signedInAt, screenAt };
}

export function progressView(view: ScreenView): ScreenViewOf<'device-prep-progress'> {
  if (view.id !== 'device-prep-progress') throw new Error(`expected the progress page, got ${view.id}`);
  return view;
}

export function failureView(view: ScreenView): ScreenViewOf<'device-prep-failure'> {
  if (view.id !== 'device-prep-failure') throw new Error(`expected the failure page, got ${view.id}`);
  return view;
}
