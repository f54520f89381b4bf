import { createDevice } from '../../electron/core';
import { getValue } from '../../electron/core/os/registry';
import type { Fault } from '../../shared/faults';
import type { ScenarioBodyInput } from '../../shared/scenario/scenario';
import type { ScreenId } from '../../shared/screen-ids';
import type { ScreenView, ScreenViewOf } from '../../shared/snapshot';

/** Shared by the self-deploying tests: a real device, driven as a person (or a trainer) would. */

export const MINUTE = 60_000;
export const UPN = 'adele@contoso.com';
export const PASSWORD = 'Pa55w.rd';
export const WINLOGON = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon';

type Profile = NonNullable<NonNullable<ScenarioBodyInput['policies']>['deploymentProfile']>;

/**
 * A wired Contoso device with a Self-Deploying profile that presets language and keyboard, an ESP,
 * one device app and one user app. `more` replaces whole sections (device, tenant, policies …).
 */
export function selfDeployingSetup(
  more: Partial<ScenarioBodyInput> = {},
  profile: Partial<Profile> = {},
): ScenarioBodyInput {
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
      users: [{ upn: UPN, displayName: 'Adele Vance', password: PASSWORD }],
    },
    policies: {
      deploymentProfile: {
        name: 'Contoso self-deploying',
        deploymentMode: 'self-deploying',
        language: 'en-US',
        automaticallyConfigureKeyboard: true,
        ...profile,
      },
      enrollmentStatusPage: { name: 'Contoso ESP', timeoutMinutes: 60, allowReset: true },
    },
    workload: {
      apps: [
        { id: 'signage', name: 'Contoso Signage', type: 'win32', durationMs: 4 * MINUTE },
        { id: 'expenses', name: 'Contoso Expenses', type: 'lob', context: 'user', durationMs: 2 * MINUTE },
      ],
    },
    ...more,
  };
}

/** Powers the device on and returns what a test needs to drive and read it. */
export function boot(input: ScenarioBodyInput) {
  const device = createDevice(input, { powerOn: false });
  const screens: ScreenId[] = [];
  const timeline: string[] = [];
  const errors: { code: string | null; screen: ScreenId }[] = [];
  device.onEvent(
    (name, payload) => {
      if (name === 'screen:entered') screens.push((payload as { screen: ScreenId }).screen);
      if (name === 'timeline') timeline.push((payload as { text: string }).text);
      if (name === 'error:shown') errors.push(payload as { code: string | null; screen: ScreenId });
    },
    ['screen:entered', 'timeline', 'error:shown'],
  );
  device.execute('device.power', { action: 'on' });
  const view = (): ScreenView => device.execute('device.snapshot', {}).screen;
  const until = (id: ScreenId) => {
    while (device.state.page.id !== id) {
      if (device.execute('clock.skip', {}).firedAtMs === null)
        throw new Error(`waited for ${id}, stayed on ${device.state.page.id}`);
    }
  };
  return {
    device,
    timeline,
    errors,
    /** Screen ids in the order they showed. */
    screens,
    view,
    until,
    click: (control: string) => device.execute('device.click', { control }),
    type: (field: string, text: string) => device.execute('device.type', { field, text }),
    fault: (fault: Fault) => device.execute('fault.fire', { fault }),
    events: (channel: string) => device.execute('eventlog.read', { channel }).records,
    winlogon: (name: string) => getValue(device.state.registry, WINLOGON, name),
  };
}

export function espError(view: ScreenView): ScreenViewOf<'esp-error'> {
  if (view.id !== 'esp-error') throw new Error(`expected the ESP error screen, got ${view.id}`);
  return view;
}

/** An ESP item as the error screen shows it, e.g. "Securing your hardware (0x800705b4)". */
export function item(view: ScreenViewOf<'esp' | 'esp-error'>, category: string, id: string) {
  return view.categories.find((c) => c.id === category)!.items.find((i) => i.id === id)!;
}
