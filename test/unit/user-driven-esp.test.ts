import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readBinaryFile } from '../../electron/core/os/file-system';
import type { DeviceSetupInput } from '../../shared/device-setup';
import type { ScenarioBodyInput } from '../../shared/scenario/scenario';
import type { ScreenId } from '../../shared/screen-ids';
import type { ScreenView, ScreenViewOf } from '../../shared/snapshot';
import { ENROLLMENT_STRINGS } from '../../shared/strings-enrollment';
import { driveDevice, signInToEntra, viewOf } from '../support/device-driver';
import { MEGAN, MINUTE, PASSWORD, PRESET_LANGUAGE, UPN, wiredContoso } from '../support/setups';

/**
 * The Enrollment Status Page as a user meets it (esp.md §3–§4): the page timer on the virtual clock,
 * the error screen's buttons as the ESP profile allows them, Try again, Reset device, Continue
 * anyway, and what differs between Windows 10 and Windows 11. Each test drives a real device.
 */

type Esp = NonNullable<NonNullable<ScenarioBodyInput['policies']>['enrollmentStatusPage']>;
type App = NonNullable<NonNullable<ScenarioBodyInput['workload']>['apps']>[number];

/**
 * A wired device whose profile presets language and keyboard, so it goes straight from boot to the
 * profile, updates and the sign-in page; the ESP profile and the apps are the test's.
 */
function setup(esp: Esp | null, apps: App[], rest: Partial<DeviceSetupInput> = {}): DeviceSetupInput {
  return wiredContoso(
    4242,
    {
      users: [MEGAN],
      policies: {
        deploymentProfile: { name: 'Contoso wired', ...PRESET_LANGUAGE },
        ...(esp ? { enrollmentStatusPage: esp } : {}),
      },
      workload: { apps },
    },
    rest,
  );
}

const deviceApp = (id: string, minutes: number, more: Partial<App> = {}): App => ({
  id,
  name: `App ${id}`,
  type: 'win32',
  durationMs: minutes * MINUTE,
  ...more,
});
const FAILING = deviceApp('broken', 2, { outcome: 'failure', errorCode: '0x87d1041c' });

/** Boots the device and signs in; the page after that is the test's to check. */
function signedIn(input: DeviceSetupInput) {
  const d = driveDevice(input);
  signInToEntra(d, UPN, PASSWORD);
  return d;
}

function espError(view: ScreenView): ScreenViewOf<'esp-error'> {
  return viewOf(view, 'esp-error');
}

const openedAt = (screens: { id: ScreenId; atMs: number }[], id: ScreenId) => screens.find((s) => s.id === id)!.atMs;

describe('ESP page timer (virtual clock)', () => {
  it('shows 0x800705b4 exactly 60 minutes after the ESP page opened when an app never finishes (default timeout)', () => {
    const d = signedIn(setup({ name: 'Default timeout' }, [deviceApp('hangs', 5, { outcome: 'hang' })]));
    d.until('esp');
    const opened = openedAt(d.screens, 'esp');
    const wallStart = performance.now();
    d.advance(opened + 60 * MINUTE - 1 - d.device.nowMs);
    expect(d.view().id).toBe('esp');
    d.advance(1);
    const error = espError(d.view());
    // An hour of virtual time costs milliseconds of real time.
    expect(performance.now() - wallStart).toBeLessThan(5_000);
    expect(d.screens.at(-1)).toEqual({ id: 'esp-error', atMs: opened + 60 * MINUTE });
    expect(error.code).toBe('0x800705b4');
    expect(error.message).toBe(ENROLLMENT_STRINGS.esp.defaultError);
    const setupCategory = error.categories.find((c) => c.id === 'device-setup')!;
    expect(setupCategory).toMatchObject({ state: 'failed', statusText: 'Error' });
    expect(setupCategory.items.find((i) => i.id === 'apps')).toMatchObject({
      state: 'failed',
      statusText: '0x800705b4',
    });
  });

  it("uses the profile's own minutes and its custom message", () => {
    const message = 'Call the Contoso help desk on extension 4400.';
    const d = signedIn(
      setup({ timeoutMinutes: 25, customMessage: message }, [deviceApp('hangs', 5, { outcome: 'hang' })]),
    );
    d.until('esp');
    d.until('esp-error');
    expect(d.screens.at(-1)!.atMs - openedAt(d.screens, 'esp')).toBe(25 * MINUTE);
    expect(espError(d.view())).toMatchObject({ code: '0x800705b4', message });
  });

  it('does not fire when everything finishes in time, however long the page stays up', () => {
    const d = signedIn(setup({}, [deviceApp('long', 50)]));
    d.until('desktop');
    expect(d.screens.map((s) => s.id)).not.toContain('esp-error');
  });

  it('shows an app failure at once with its own code, not the timeout', () => {
    const d = signedIn(setup({}, [FAILING]));
    d.until('esp-error');
    expect(d.screens.at(-1)!.atMs - openedAt(d.screens, 'esp')).toBeLessThan(10 * MINUTE);
    expect(espError(d.view()).code).toBe('0x87d1041c');
  });
});

/** What the error screen offers for each combination of the ESP profile's settings (esp.md §4). */
const BUTTON_CASES: {
  name: string;
  esp: Esp;
  windows: '10' | '11';
  buttons: { resetDevice: boolean; tryAgain: boolean; continueAnyway: boolean };
  diagnostics: 'view-diagnostics' | 'collect-logs' | null;
}[] = [
  {
    name: 'blocking, nothing allowed',
    esp: { blockDeviceUse: true },
    windows: '11',
    buttons: { resetDevice: false, tryAgain: true, continueAnyway: false },
    diagnostics: null,
  },
  {
    name: 'blocking + allowReset',
    esp: { blockDeviceUse: true, allowReset: true },
    windows: '11',
    buttons: { resetDevice: true, tryAgain: true, continueAnyway: false },
    diagnostics: null,
  },
  {
    name: 'blocking + allowUseOnError',
    esp: { blockDeviceUse: true, allowUseOnError: true },
    windows: '11',
    buttons: { resetDevice: false, tryAgain: true, continueAnyway: true },
    diagnostics: null,
  },
  {
    name: 'blocking + both + log collection, Windows 11',
    esp: { blockDeviceUse: true, allowReset: true, allowUseOnError: true, logCollection: true },
    windows: '11',
    buttons: { resetDevice: true, tryAgain: true, continueAnyway: true },
    diagnostics: 'view-diagnostics',
  },
  {
    name: 'blocking + log collection, Windows 10',
    esp: { blockDeviceUse: true, logCollection: true },
    windows: '10',
    buttons: { resetDevice: false, tryAgain: true, continueAnyway: false },
    diagnostics: 'collect-logs',
  },
  {
    name: 'not blocking (reset and use-on-error only apply when blocking)',
    esp: { blockDeviceUse: false, allowReset: true, allowUseOnError: false },
    windows: '11',
    buttons: { resetDevice: false, tryAgain: true, continueAnyway: true },
    diagnostics: null,
  },
  {
    name: 'not blocking + log collection, Windows 10',
    esp: { blockDeviceUse: false, logCollection: true },
    windows: '10',
    buttons: { resetDevice: false, tryAgain: true, continueAnyway: true },
    diagnostics: 'collect-logs',
  },
];

const WINDOWS = {
  '10': { version: '10', edition: 'Enterprise', build: '19045.5371' },
  '11': { version: '11', edition: 'Enterprise', build: '26100.2894' },
} as const;

const CONTROL_OF = { resetDevice: 'reset-device', tryAgain: 'try-again', continueAnyway: 'continue-anyway' } as const;

describe('ESP error screen buttons follow the ESP profile', () => {
  it.each(BUTTON_CASES)('$name', ({ esp, windows, buttons, diagnostics }) => {
    const d = signedIn(setup(esp, [FAILING], { windows: WINDOWS[windows] }));
    d.until('esp-error');
    const view = espError(d.view());
    expect(view.buttons).toEqual(buttons);
    expect(view.diagnostics).toBe(diagnostics);
    for (const [button, offered] of Object.entries(buttons) as [keyof typeof CONTROL_OF, boolean][]) {
      if (!offered) {
        expect(() => d.click(CONTROL_OF[button])).toThrow(
          `There is no control "${CONTROL_OF[button]}" on the "esp-error" screen.`,
        );
      }
    }
    for (const link of ['view-diagnostics', 'collect-logs'] as const) {
      if (link !== diagnostics) expect(() => d.click(link)).toThrow(`There is no control "${link}"`);
    }
    // Refused clicks change nothing.
    expect(d.view()).toEqual(view);
  });

  it('Ctrl+Shift+D opens the diagnostics page only on Windows 11 with log collection on', () => {
    const on11 = signedIn(setup({ logCollection: true }, [FAILING], { windows: WINDOWS['11'] }));
    on11.until('esp-error');
    on11.device.execute('device.key', { chord: 'Ctrl+Shift+D' });
    expect(on11.view().id).toBe('autopilot-diagnostics');
    on11.click('close');
    expect(on11.view().id).toBe('esp-error');

    for (const other of [
      setup({ logCollection: true }, [FAILING], { windows: WINDOWS['10'] }),
      setup({ logCollection: false }, [FAILING]),
    ]) {
      const d = signedIn(other);
      d.until('esp-error');
      d.device.execute('device.key', { chord: 'Ctrl+Shift+D' });
      expect(d.view().id).toBe('esp-error');
    }
  });

  it('the diagnostics page lists each policy once with its latest state, and the categories as the ESP reads them', () => {
    const rowsOf = (view: ScreenView, section: string) => {
      const page = viewOf(view, 'autopilot-diagnostics');
      return page.sections.find((s) => s.id === section)!.rows;
    };
    // A Device setup failure: EntDMID ran once (Device setup) and waits in Account setup.
    const failed = signedIn(setup({ logCollection: true }, [FAILING, deviceApp('user', 2, { context: 'user' })]));
    failed.until('esp-error');
    failed.device.execute('device.key', { chord: 'Ctrl+Shift+D' });
    expect(rowsOf(failed.view(), 'apps-and-policies')).toEqual([
      { name: 'EntDMID', value: 'Complete' },
      { name: 'App broken', value: 'Error 0x87d1041c' },
      { name: 'App user', value: 'Still working on it...' },
    ]);
    expect(rowsOf(failed.view(), 'enrollment-status')).toEqual([
      { name: 'Device preparation', value: 'Complete' },
      { name: 'Device setup', value: 'Error' },
      { name: 'Account setup', value: 'Previous step failed' },
    ]);

    // Account setup running its own EntDMID: the one row follows that run.
    const d = signedIn(setup({ logCollection: true }, [deviceApp('a', 2), deviceApp('user', 5, { context: 'user' })]));
    d.until('esp');
    for (let i = 0; i < 200; i += 1) {
      const v = d.view();
      if (v.id === 'esp' && v.categories[2]!.items[0]!.state === 'working') break;
      d.skip();
    }
    d.device.execute('device.key', { chord: 'Ctrl+Shift+D' });
    expect(rowsOf(d.view(), 'apps-and-policies').filter((r) => r.name === 'EntDMID')).toEqual([
      { name: 'EntDMID', value: 'Still working on it...' },
    ]);
    d.click('close');
    d.until('desktop');
  });

  it('Collect logs (Windows 10) writes the diagnostics package with the registry dump and the event logs', () => {
    const d = signedIn(setup({ logCollection: true }, [FAILING], { windows: WINDOWS['10'] }));
    d.until('esp-error');
    d.click('collect-logs');
    const path = 'C:\\Users\\Public\\Documents\\MDMDiagnostics\\MDMDiagReport.cab';
    expect(espError(d.view()).logsWrittenTo).toBe(path);
    // A real cabinet (external-facts.md §3: MDMDiagReport.cab), opened here with cabextract.
    const dir = mkdtempSync(join(tmpdir(), 'esp-cab-'));
    writeFileSync(join(dir, 'MDMDiagReport.cab'), readBinaryFile(d.device.state.fs, path));
    execFileSync('cabextract', ['-q', '-d', dir, join(dir, 'MDMDiagReport.cab')]);
    const dump = readFileSync(join(dir, 'MdmDiagReport_RegistryDump.reg'), 'utf16le');
    expect(dump).toContain('[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Enrollments\\');
    expect(dump).toContain('"InstallationState"=dword:00000004');
    const mdm = readFileSync(
      join(dir, 'microsoft-windows-devicemanagement-enterprise-diagnostics-provider-admin.evtx.xml'),
      'utf8',
    );
    expect(mdm).toContain('MDM Enroll: Succeeded');
  });
});

describe('Try again, Reset device, Continue anyway', () => {
  it('Try again reruns the failed step and the timer; a clock put right lets Device preparation finish', () => {
    const d = signedIn(
      setup({ timeoutMinutes: 20, allowReset: true }, [deviceApp('a', 3)], {
        device: {
          clockDriftMs: 6 * 60 * MINUTE,
          network: {
            ethernet: { present: true, cableConnected: true, internet: true },
            wifi: { present: false, networks: [] },
          },
        },
      }),
    );
    d.until('esp-error');
    const first = espError(d.view());
    expect(first.code).toBe('0x800705b4');
    expect(first.categories[0]!.items.find((i) => i.id === 'prepare-mdm')).toMatchObject({ state: 'failed' });
    expect(first.categories[1]).toMatchObject({
      id: 'device-setup',
      state: 'previous-failed',
      statusText: 'Previous step failed',
    });

    // Nothing fixed: the same step waits again for a whole new budget.
    d.click('try-again');
    const retried = d.device.nowMs;
    expect(d.view().id).toBe('esp');
    d.until('esp-error');
    expect(d.device.nowMs - retried).toBe(20 * MINUTE);

    // The clock put right from Shift+F10: the next try goes through to the desktop.
    expect(d.device.execute('shell.run', { line: 'w32tm /resync /force' }).exitCode).toBe(0);
    d.click('try-again');
    d.until('desktop');
    expect(d.view()).toMatchObject({ id: 'desktop', provisioningIncomplete: false });
  });

  it('Try again on "Something went wrong" signs in once a cut enrollment endpoint is reachable again', () => {
    const blocked = setup({}, [deviceApp('a', 3)], {
      environment: { blockedEndpoints: ['enterpriseregistration.windows.net'] },
    });
    const d = signedIn(blocked);
    d.until('something-went-wrong');
    expect(d.view()).toMatchObject({ message: ENROLLMENT_STRINGS.error.tryAgainOnly, code: null, canTryAgain: true });
    expect(d.device.state.account.joined).toBe(false);
    d.device.execute('fault.fire', {
      fault: { kind: 'network.endpoint', endpoint: 'enterpriseregistration.windows.net', reachable: true },
    });
    d.click('try-again');
    expect(d.view()).toMatchObject({ id: 'branding-signin', username: UPN });
    d.click('next');
    d.device.execute('device.type', { field: 'password', text: PASSWORD });
    d.click('sign-in');
    d.until('desktop');
    expect(d.device.state.account.joined).toBe(true);
  });

  it('Try again on an app that fails for good fails again with the same code', () => {
    const d = signedIn(setup({}, [FAILING]));
    d.until('esp-error');
    d.click('try-again');
    expect(d.view().id).toBe('esp');
    d.until('esp-error');
    expect(espError(d.view()).code).toBe('0x87d1041c');
  });

  it('Reset device goes back to a fresh OOBE: the enrollment is gone and the sign-in page comes again', () => {
    const d = signedIn(setup({ allowReset: true }, [FAILING]));
    d.until('esp-error');
    const enrollments = 'reg query HKLM\\SOFTWARE\\Microsoft\\Enrollments /s';
    expect(d.device.execute('shell.run', { line: enrollments }).stdout).toContain(`UPN    REG_SZ    ${UPN}`);
    const resetAt = d.screens.length;
    d.click('reset-device');
    expect(d.view().id).toBe('boot');
    expect(d.device.state.account.joined).toBe(false);
    d.until('branding-signin');
    expect(d.screens.slice(resetAt).map((s) => s.id)).toEqual([
      'boot',
      'autopilot-profile',
      'updates',
      'branding-signin',
    ]);
    expect(d.device.execute('shell.run', { line: enrollments }).stdout).not.toContain('UPN');
  });

  it('Continue anyway after an Account setup error reaches the desktop, marked as incomplete', () => {
    const userApp = deviceApp('user-broken', 2, { context: 'user', outcome: 'failure', errorCode: '0x80070643' });
    const d = signedIn(setup({ allowUseOnError: true }, [deviceApp('a', 2), userApp]));
    d.until('esp-error');
    expect(espError(d.view()).categories.map((c) => c.state)).toEqual(['complete', 'complete', 'failed']);
    d.click('continue-anyway');
    d.until('desktop'); // through Windows Hello's PIN (on by default)
    expect(d.view()).toMatchObject({ id: 'desktop', provisioningIncomplete: true, joinType: 'Microsoft Entra joined' });
  });

  it('Continue anyway after a Device setup error goes on to Account setup and the desktop', () => {
    const d = signedIn(setup({ allowUseOnError: true }, [FAILING, deviceApp('user', 2, { context: 'user' })]));
    d.until('esp-error');
    // A category after the failed one reads "Previous step failed", Account setup too (oobe-ui.md §12.2).
    expect(espError(d.view()).categories.map((c) => [c.state, c.statusText])).toEqual([
      ['complete', 'Complete'],
      ['failed', 'Error'],
      ['previous-failed', 'Previous step failed'],
    ]);
    d.click('continue-anyway');
    d.until('esp');
    const accountSetup = d.view();
    expect(accountSetup.id === 'esp' && accountSetup.categories.map((c) => c.state)).toEqual([
      'complete',
      'failed',
      'working',
    ]);
    d.until('desktop');
    expect(d.view()).toMatchObject({ id: 'desktop', provisioningIncomplete: true });
  });

  it('a non-blocking ESP offers Continue anyway on the running page once Device preparation is done', () => {
    const d = signedIn(setup({ blockDeviceUse: false }, [deviceApp('a', 30)]));
    d.until('esp');
    expect(d.view()).toMatchObject({ id: 'esp', continueAnyway: false });
    expect(() => d.click('continue-anyway')).toThrow('There is no control "continue-anyway" on the "esp" screen.');
    d.advance(2 * MINUTE);
    const running = d.view();
    expect(running.id === 'esp' && running.categories.map((c) => c.state)).toEqual(['complete', 'working', 'waiting']);
    expect(running).toMatchObject({ continueAnyway: true });
    d.click('continue-anyway');
    d.until('desktop');
    expect(d.view()).toMatchObject({ id: 'desktop', provisioningIncomplete: true });
  });

  it('a blocking ESP never offers Continue anyway while it runs', () => {
    const d = signedIn(setup({ blockDeviceUse: true, allowUseOnError: true }, [deviceApp('a', 30)]));
    d.until('esp');
    d.advance(5 * MINUTE);
    expect(d.view()).toMatchObject({ id: 'esp', continueAnyway: false });
    expect(() => d.click('continue-anyway')).toThrow('There is no control "continue-anyway"');
  });
});

describe('Windows 10 and Windows 11 labels', () => {
  it.each([
    ['10', 'Next', 'text'],
    ['11', 'Sign in', 'chevron'],
  ] as const)(
    'Windows %s: the password button says "%s", the ESP details use %s toggles',
    (version, submit, details) => {
      const d = driveDevice(setup({}, [deviceApp('a', 2)], { windows: WINDOWS[version] }));
      d.until('branding-signin');
      d.type('username', UPN);
      d.click('next');
      expect(d.view()).toMatchObject({ id: 'password', submitLabel: submit });
      d.type('password', PASSWORD);
      d.click('sign-in');
      d.until('esp');
      expect(d.view()).toMatchObject({ id: 'esp', detailsStyle: details });
      d.click('toggle-device-setup');
      const opened = d.view();
      expect(opened.id === 'esp' && opened.categories.map((c) => c.expanded)).toEqual([false, true, false]);
      expect(opened.id === 'esp' && opened.categories[1]!.items.map((i) => i.label)).toEqual([
        'Security policies',
        'Certificates',
        'Network connections',
        'Apps',
      ]);
    },
  );
});
