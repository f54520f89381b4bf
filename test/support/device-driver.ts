import { createDevice } from '../../electron/core';
import type { Tenant } from '../../electron/cloud/tenant';
import { getValue } from '../../electron/core/os/registry';
import type { EventPayloads } from '../../shared/contract';
import type { DeviceSetupInput } from '../../shared/device-setup';
import type { Fault } from '../../shared/faults';
import type { ScreenId } from '../../shared/screen-ids';
import type { ScreenView, ScreenViewOf } from '../../shared/snapshot';

/**
 * One real device core for a unit test, driven the way a person (or a trainer) drives it: clicks,
 * typing, keys and list choices by their control ids, virtual time moved on only when the test says
 * so, and readers for what a trainee would look at (the screen, `reg query`, the event logs). Every
 * mode's tests build on this; what only one mode does (WIN ×5, the ESP answers of a deployment to
 * the desktop …) stays in that mode's helper file.
 */

/** A screen the device showed, and when (virtual ms). */
export interface ScreenEntry {
  id: ScreenId;
  atMs: number;
}

export type ShownError = EventPayloads['error:shown'];

/** How many timers `until` fires before it gives up: far more than any flow here needs. */
export const UNTIL_LIMIT = 10_000;

/** Powers the device on (its listeners see the boot screen) and returns its hands and eyes. */
export function driveDevice(input: DeviceSetupInput, options: { tenant?: Tenant } = {}) {
  const device = createDevice(input, { powerOn: false, ...options });
  /** Every screen the device entered, in order, with the virtual time it showed. */
  const screens: ScreenEntry[] = [];
  /** The same screens, ids only. */
  const screenIds: ScreenId[] = [];
  /** Every error a screen showed (code, message, screen, time). */
  const errors: ShownError[] = [];
  /** The text of every timeline entry, in order. */
  const timeline: string[] = [];
  device.onEvent(
    (name, payload) => {
      if (name === 'screen:entered') {
        const { screen, atMs } = payload as EventPayloads['screen:entered'];
        screens.push({ id: screen, atMs });
        screenIds.push(screen);
      } else if (name === 'error:shown') errors.push(payload as ShownError);
      else if (name === 'timeline') timeline.push((payload as EventPayloads['timeline']).text);
    },
    ['screen:entered', 'error:shown', 'timeline'],
  );
  device.execute('device.power', { action: 'on' });

  const snapshot = () => device.execute('device.snapshot', {});
  const view = (): ScreenView => snapshot().screen;
  /** Fires the next timer; its virtual time, or null when the device waits for nothing. */
  const skip = (): number | null => device.execute('clock.skip', {}).firedAtMs;

  return {
    device,
    screens,
    screenIds,
    errors,
    timeline,
    snapshot,
    view,
    /** The screen's view model, typed by its id (throws when another screen shows). */
    as: <T extends ScreenId>(id: T): ScreenViewOf<T> => viewOf(view(), id),
    /** The deployment report beside the device (device preparation), or null. */
    report: () => snapshot().report,
    click: (control: string) => device.execute('device.click', { control }),
    type: (field: string, text: string) => device.execute('device.type', { field, text }),
    select: (list: string, item: string) => device.execute('device.select', { list, item }),
    key: (chord: string) => device.execute('device.key', { chord }),
    skip,
    /** Fires every timer due within `ms` of virtual time. */
    advance: (ms: number) => device.execute('clock.advance', { ms }),
    /**
     * Fires timers until the screen shows; throws if the device then waits for nothing, or after
     * `limit` timers (a flow that never gets there must fail, not hang).
     */
    until: (id: ScreenId, limit = UNTIL_LIMIT): void => {
      for (let fired = 0; device.state.page.id !== id; fired += 1) {
        // Windows Hello stands between Account setup and the desktop unless the tenant turns it off:
        // a test on its way elsewhere sets up the PIN as a user would (the Hello tests stop on its page).
        if (id !== 'windows-hello' && answerWindowsHello(device)) continue;
        if (fired > limit || skip() === null) throw new Error(`waited for ${id}, stayed on ${device.state.page.id}`);
      }
    },
    /** When the screen last showed (null if never). */
    screenAt: (id: ScreenId): number | null => screens.filter((s) => s.id === id).at(-1)?.atMs ?? null,
    fault: (fault: Fault) => device.execute('fault.fire', { fault }),
    /** A command line in the device's Shift+F10 prompt. */
    shell: (line: string) => device.execute('shell.run', { line }),
    /** `reg query "<key>" [/v name]`: reg.exe's stdout, or null when it finds nothing. */
    reg: (key: string, value?: string): string | null => {
      const out = device.execute('shell.run', {
        line: `reg query "${key}"${value === undefined ? '' : ` /v ${value}`}`,
      });
      return out.exitCode === 0 ? out.stdout : null;
    },
    /** One registry value as the core stores it (full HKEY_… path), or undefined. */
    regValue: (key: string, name: string) => getValue(device.state.registry, key, name),
    /** The records of one event log channel. */
    events: (channel: string) => device.execute('eventlog.read', { channel }).records,
  };
}

export type DeviceDriver = ReturnType<typeof driveDevice>;

/** The PIN the drivers set up at Windows Hello (digits, no pattern: passes the default rules). */
export const TEST_PIN = '483920';

/**
 * One step of the Windows Hello pages, as a user gets through them: biometrics skipped, OK (or
 * hybrid's "Set up PIN"), the user's verification code, the PIN twice, "All set!" OK; on the error
 * page "Skip for now". Returns false when Windows Hello is not on screen.
 */
export function answerWindowsHello(device: ReturnType<typeof createDevice>): boolean {
  const page = device.state.page;
  if (page.id !== 'windows-hello') return false;
  const click = (control: string) => device.execute('device.click', { control });
  const type = (field: string, text: string) => device.execute('device.type', { field, text });
  switch (page.stage) {
    case 'biometric':
    case 'error':
      click('skip');
      break;
    case 'entra-intro':
    case 'all-set':
      click('ok');
      break;
    case 'hybrid-intro':
      click('set-up-pin');
      break;
    case 'mfa': {
      const upn = device.state.account.upn?.toLowerCase();
      const user = device.state.setup.tenant.users.find((u) => u.upn.toLowerCase() === upn);
      type('code', user?.mfaCode ?? '123456');
      click('verify');
      break;
    }
    case 'set-pin':
      type('new-pin', TEST_PIN);
      type('confirm-pin', TEST_PIN);
      click('ok');
      break;
  }
  return true;
}

/** The view model of screen `id`; throws naming the screen that shows instead. */
export function viewOf<T extends ScreenId>(view: ScreenView, id: T): ScreenViewOf<T> {
  if (view.id !== id) throw new Error(`expected the "${id}" screen, got "${view.id}"`);
  return view as ScreenViewOf<T>;
}

/** The region, keyboard and second-keyboard pages, answered as offered: Yes, Yes, Skip. */
export function answerLocalePages(d: DeviceDriver): void {
  d.until('region');
  d.click('yes');
  d.until('keyboard');
  d.click('yes');
  d.until('second-keyboard');
  d.click('skip');
}

/** The License Agreement (shown unless a profile hides it: oobe-ui.md §2 row 13): waits for it, then Accept. */
export function acceptLicense(d: DeviceDriver): void {
  d.until('license-agreement');
  d.click('accept');
}

/**
 * The Microsoft Entra sign-in: waits for the company sign-in page, then username, Next, password,
 * Sign in. The page after that is the test's to check.
 */
export function signInToEntra(d: DeviceDriver, upn: string, password: string): void {
  d.until('branding-signin');
  d.type('username', upn);
  d.click('next');
  d.type('password', password);
  d.click('sign-in');
}

/** The data of one value in `reg query` output, as reg.exe prints it (e.g. "0x3"). */
export function regData(stdout: string | null, name: string): string | undefined {
  const line = stdout?.split('\r\n').find((l) => l.startsWith(`    ${name}    `));
  return line?.split('    ')[3];
}
