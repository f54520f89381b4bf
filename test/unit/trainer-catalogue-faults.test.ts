import { describe, expect, it } from 'vitest';
import type { DeviceSetupInput } from '../../shared/device-setup';
import type { ScenarioBodyInput } from '../../shared/scenario/scenario';
import type { ScreenViewOf } from '../../shared/snapshot';
import { driveDevice, signInToEntra } from '../support/device-driver';
import { MEGAN, MINUTE, PASSWORD, PRESET_LANGUAGE, UPN, wiredContoso } from '../support/setups';

/** The trainer's catalogue faults (issue 13): an app hangs or fails mid-ESP; the USB drive is pulled out. */
type App = NonNullable<NonNullable<ScenarioBodyInput['workload']>['apps']>[number];
const app = (id: string, minutes: number): App => ({
  id,
  name: `App ${id}`,
  type: 'win32',
  durationMs: minutes * MINUTE,
});

function setup(apps: App[], rest: Partial<DeviceSetupInput> = {}): DeviceSetupInput {
  return wiredContoso(
    4242,
    {
      users: [MEGAN],
      policies: { deploymentProfile: { name: 'Contoso wired', ...PRESET_LANGUAGE }, enrollmentStatusPage: {} },
      workload: { apps },
    },
    rest,
  );
}

describe('esp.app fault', () => {
  it('a hang fired on the ESP keeps it waiting until its 60-minute timeout: 0x800705b4', () => {
    const d = driveDevice(setup([app('one', 5), app('two', 5)]));
    signInToEntra(d, UPN, PASSWORD);
    d.until('esp');
    const opened = d.screens.find((s) => s.id === 'esp')!.atMs;
    d.device.execute('fault.fire', { fault: { kind: 'esp.app', app: 'App two', outcome: 'hang' } });
    expect(d.timeline).toContain('App two hangs');
    d.until('esp-error');
    expect(d.screens.at(-1)!.atMs - opened).toBe(60 * MINUTE);
    expect((d.view() as ScreenViewOf<'esp-error'>).code).toBe('0x800705b4');
  });

  it('a hang fired on the app installing now stops it at once: it never reports done, the timeout follows', () => {
    const d = driveDevice(setup([app('one', 5), app('two', 5)]));
    signInToEntra(d, UPN, PASSWORD);
    d.until('esp');
    const opened = d.screens.find((s) => s.id === 'esp')!.atMs;
    const esp = () => d.device.state.plans?.esp;
    for (
      let i = 0;
      i < 500 && !(esp()?.status === 'running' && esp()?.plan.steps[esp()!.index]?.name === 'App one');
      i += 1
    )
      d.skip();
    expect(esp()?.plan.steps[esp()!.index]?.name).toBe('App one');
    d.device.execute('fault.fire', { fault: { kind: 'esp.app', app: 'App one', outcome: 'hang' } });
    expect(esp()?.status).toBe('hung');
    d.until('esp-error');
    expect(d.screens.at(-1)!.atMs - opened).toBe(60 * MINUTE);
    expect(d.timeline.some((t) => t.includes('App one') && t.includes('done'))).toBe(false);
  });

  it('a failure shows the ESP error with the code given; an app the ESP does not track is refused by name', () => {
    const d = driveDevice(setup([app('one', 5), app('two', 5)]));
    signInToEntra(d, UPN, PASSWORD);
    d.until('esp');
    expect(() =>
      d.device.execute('fault.fire', { fault: { kind: 'esp.app', app: 'Nothing', outcome: 'hang' } }),
    ).toThrow('The ESP tracks no app or step named "Nothing" that is not done yet.');
    d.device.execute('fault.fire', {
      fault: { kind: 'esp.app', app: 'App two', outcome: 'failure', code: '0x87d1041c' },
    });
    d.until('esp-error');
    expect((d.view() as ScreenViewOf<'esp-error'>).code).toBe('0x87d1041c');
  });
});

describe('usb.remove fault', () => {
  it('takes the drive letter away; a device without one is refused', () => {
    const d = driveDevice(setup([], {}));
    expect(() => d.device.execute('fault.fire', { fault: { kind: 'usb.remove' } })).toThrow('no USB drive');
    const withUsb = driveDevice(setup([], { device: { usbDrives: [{ label: 'LOGS' }] } }));
    expect(withUsb.device.state.fs.drives['D:']).toBeDefined();
    withUsb.device.execute('fault.fire', { fault: { kind: 'usb.remove' } });
    expect(withUsb.device.state.fs.drives['D:']).toBeUndefined();
    expect(withUsb.device.state.setup.device.usbDrives).toEqual([]);
    expect(withUsb.timeline).toContain('USB drive removed');
  });
});
