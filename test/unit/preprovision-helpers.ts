import { createDevice } from '../../electron/core';
import type { DeviceSetupInput } from '../../shared/device-setup';
import type { ScreenId } from '../../shared/screen-ids';
import type { ScreenView, ScreenViewOf } from '../../shared/snapshot';

/** Helpers the preprovision-*.test.ts files share: a real device, driven as a technician would. */

export const MINUTE = 60_000;
export const UPN = 'megan@contoso.com';
export const PASSWORD = 'Pa55w.rd';

type Policies = NonNullable<DeviceSetupInput['policies']>;

/**
 * A wired Contoso laptop whose profile allows pre-provisioning and leaves the language to the user,
 * so the region page is the first OOBE screen (003:37); `more` overrides any part.
 */
export function ppSetup(more: Partial<DeviceSetupInput> & { policies?: Partial<Policies> } = {}): DeviceSetupInput {
  const { policies, ...rest } = more;
  return {
    seed: 5150,
    device: {
      network: {
        ethernet: { present: true, cableConnected: true, internet: true },
        wifi: { present: false, networks: [] },
      },
    },
    tenant: {
      name: 'Contoso',
      domains: ['contoso.onmicrosoft.com', 'contoso.com'],
      users: [
        { upn: UPN, password: PASSWORD },
        { upn: 'adele@contoso.com', password: PASSWORD },
      ],
    },
    policies: {
      deploymentProfile: { name: 'Contoso pre-provisioned', allowPreProvisionedDeployment: true },
      enrollmentStatusPage: { name: 'Contoso ESP', timeoutMinutes: 90, logCollection: true },
      ...policies,
    },
    workload: {
      apps: [{ id: 'vpn', name: 'Contoso VPN', type: 'win32', durationMs: 5 * MINUTE }],
      certificates: [{ id: 'root-ca', name: 'Contoso Root CA', durationMs: 20_000 }],
    },
    ...rest,
  };
}

export function drive(input: DeviceSetupInput) {
  const device = createDevice(input, { powerOn: false });
  const screens: { id: ScreenId; atMs: number }[] = [];
  const errors: { code: string | null; message: string; screen: string }[] = [];
  const timeline: string[] = [];
  device.onEvent(
    (name, payload) => {
      if (name === 'screen:entered') {
        const { screen, atMs } = payload as { screen: ScreenId; atMs: number };
        screens.push({ id: screen, atMs });
      } else if (name === 'timeline') timeline.push((payload as { text: string }).text);
      else if (name === 'error:shown') errors.push(payload as { code: string | null; message: string; screen: string });
    },
    ['screen:entered', 'error:shown', 'timeline'],
  );
  device.execute('device.power', { action: 'on' });
  const view = (): ScreenView => device.execute('device.snapshot', {}).screen;
  const click = (control: string) => device.execute('device.click', { control });
  const key = (chord: string) => device.execute('device.key', { chord });
  const select = (list: string, item: string) => device.execute('device.select', { list, item });
  const type = (field: string, text: string) => device.execute('device.type', { field, text });
  const winX5 = () => {
    for (let i = 0; i < 5; i += 1) key('Meta');
  };
  /** Fires timers until the screen shows (throws if the device then waits for nothing). */
  const until = (id: ScreenId, limit = 5000) => {
    for (let i = 0; device.state.page.id !== id; i += 1) {
      if (i > limit || device.execute('clock.skip', {}).firedAtMs === null)
        throw new Error(`waited for ${id}, stayed on ${device.state.page.id}`);
    }
  };
  const as = <T extends ScreenId>(id: T): ScreenViewOf<T> => {
    const v = view();
    if (v.id !== id) throw new Error(`expected ${id}, got ${v.id}`);
    return v as ScreenViewOf<T>;
  };
  return {
    device,
    screens,
    errors,
    timeline,
    view,
    click,
    key,
    select,
    type,
    winX5,
    until,
    as,
    advance: (ms: number) => device.execute('clock.advance', { ms }),
  };
}

export type Driven = ReturnType<typeof drive>;

/** Region page → WIN ×5 → row 2 → Next → the configuration page with its details downloaded. */
export function toConfig(d: Driven): void {
  d.until('region');
  d.winX5();
  d.select('preprovision-option', 'pre-provision');
  d.click('next');
  d.until('preprovision-config');
  while (d.as('preprovision-config').refreshing) d.device.execute('clock.skip', {});
}

/** From the configuration page to a result page. */
export function provisionToResult(d: Driven): 'preprovision-success' | 'preprovision-failure' {
  d.click('provision');
  for (let i = 0; i < 5000; i += 1) {
    const id = d.device.state.page.id;
    if (id === 'preprovision-success' || id === 'preprovision-failure') return id;
    if (d.device.execute('clock.skip', {}).firedAtMs === null) break;
  }
  throw new Error(`no result page; stayed on ${d.device.state.page.id}`);
}
