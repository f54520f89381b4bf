import { describe, expect, it } from 'vitest';
import { intuneAppId } from '../../electron/core/esp/esp-registry';
import type { DeviceSetupInput } from '../../shared/device-setup';
import type { ScenarioBodyInput } from '../../shared/scenario/scenario';
import { ENROLLMENT_STRINGS } from '../../shared/strings-enrollment';
import { driveDevice, signInToEntra, regData } from '../support/device-driver';
import { MEGAN, MINUTE, PASSWORD, PRESET_LANGUAGE, UPN, wiredContoso } from '../support/setups';

/**
 * What the user-driven flow leaves on the device for a trainee to find (external-diagnostics.md §6,
 * user-driven.md §6.4), read the way a trainee reads it: `reg query` in the Shift+F10 prompt and the
 * event logs; and the sign-in that a restart during the device ESP asks for again (user-driven.md §2).
 */

type Esp = NonNullable<NonNullable<ScenarioBodyInput['policies']>['enrollmentStatusPage']>;
type App = NonNullable<NonNullable<ScenarioBodyInput['workload']>['apps']>[number];

const TENANT_ID = '3c9e5b71-0d2a-4f86-b1c4-7e8a2d6f9b05';
const ADMIN = 'Microsoft-Windows-DeviceManagement-Enterprise-Diagnostics-Provider/Admin';
const AUTOPILOT = 'Microsoft-Windows-ModernDeployment-Diagnostics-Provider/Autopilot';
const TRACKING = 'HKLM\\SOFTWARE\\Microsoft\\Windows\\Autopilot\\EnrollmentStatusTracking';
const SIDECAR_PROVIDER = `${TRACKING}\\Device\\DevicePreparation\\PolicyProviders\\Sidecar`;
const WIN32_APPS = `${TRACKING}\\Device\\Setup\\Apps\\Tracking\\Sidecar`;

function setup(esp: Esp | null, apps: App[], rest: Partial<DeviceSetupInput> = {}): DeviceSetupInput {
  return wiredContoso(
    5150,
    {
      users: [MEGAN],
      tenant: { id: TENANT_ID },
      policies: {
        deploymentProfile: { name: 'Contoso wired', ...PRESET_LANGUAGE },
        ...(esp ? { enrollmentStatusPage: esp } : {}),
      },
      workload: { apps },
    },
    rest,
  );
}

const app = (id: string, minutes: number, more: Partial<App> = {}): App => ({
  id,
  name: `App ${id}`,
  type: 'win32',
  durationMs: minutes * MINUTE,
  ...more,
});

/** Boots the device and signs in; `reg` and `events` read it the way a trainee does. */
function signedIn(input: DeviceSetupInput) {
  const d = driveDevice(input);
  signInToEntra(d, UPN, PASSWORD);
  return d;
}

/** The single enrollment GUID under HKLM\SOFTWARE\Microsoft\Enrollments, as `reg query` lists it. */
function enrollmentKey(reg: (key: string) => string | null): string {
  const keys = (reg('HKLM\\SOFTWARE\\Microsoft\\Enrollments') ?? '')
    .split('\r\n')
    .filter((l) => /\\Enrollments\\[0-9A-F-]{36}$/.test(l));
  expect(keys).toHaveLength(1);
  return keys[0]!;
}

describe('enrollment records', () => {
  it('HKLM\\SOFTWARE\\Microsoft\\Enrollments\\<GUID> holds the UPN, the MDM provider and the tenant', () => {
    const d = signedIn(setup({}, [app('a', 2)]));
    d.until('esp');
    const key = enrollmentKey(d.reg);
    const values = d.reg(key);
    expect(regData(values, 'ProviderID')).toBe('MS DM Server');
    expect(regData(values, 'UPN')).toBe(UPN);
    expect(regData(values, 'AADTenantID')).toBe(TENANT_ID);
    expect(regData(values, 'EnrollmentType')).toBe('0x6');
    expect(values).toContain(`${key}\\FirstSync`);
  });

  it('Diagnostics\\Autopilot records the tenant the user signed in to and that it matched', () => {
    const d = signedIn(setup({}, [app('a', 2)]));
    const key = 'HKLM\\SOFTWARE\\Microsoft\\Provisioning\\Diagnostics\\Autopilot';
    expect(regData(d.reg(key), 'TenantMatched')).toBeUndefined();
    d.until('esp');
    const values = d.reg(key);
    expect(regData(values, 'AadTenantId')).toBe(TENANT_ID);
    expect(regData(values, 'CloudAssignedTenantId')).toBe(TENANT_ID);
    expect(regData(values, 'TenantMatched')).toBe('0x1');
    expect(regData(values, 'DeploymentProfileName')).toBe('Contoso wired');
    expect(regData(values, 'CloudAssignedDomainJoinMethod')).toBe('0x0');
  });

  it('the MDM client logs events 75 and 72 in its Admin channel when the enrollment succeeds', () => {
    const d = signedIn(setup({}, [app('a', 2)]));
    expect(d.events(ADMIN)).toEqual([]);
    d.until('esp');
    const espAt = d.screens.find((s) => s.id === 'esp')!.atMs;
    expect(d.events(ADMIN).map((e) => [e.eventId, e.level, e.message, e.atMs])).toEqual([
      [75, 'Information', 'Auto MDM Enroll: Device Credential (0x0), Succeeded', espAt],
      [72, 'Information', 'MDM Enroll: Succeeded', espAt],
    ]);
  });

  it.each([
    [{ blockDeviceUse: true }, '0x2'],
    [{ blockDeviceUse: true, allowReset: true }, '0x3'],
    [{ blockDeviceUse: true, allowUseOnError: true }, '0x6'],
    [{ blockDeviceUse: true, allowReset: true, allowUseOnError: true }, '0x7'],
    [{ blockDeviceUse: false, allowReset: true, allowUseOnError: true }, '0x0'],
  ] as [Esp, string][])(
    'FirstSync BlockInStatusPage for %o is %s (1 reset, 2 try again, 4 continue anyway)',
    (esp, bits) => {
      const d = signedIn(setup(esp, [app('a', 2)]));
      d.until('esp');
      expect(regData(d.reg(`${enrollmentKey(d.reg)}\\FirstSync`), 'BlockInStatusPage')).toBe(bits);
    },
  );

  it('FirstSync carries the timeout, the log button and the ESP switches', () => {
    const d = signedIn(setup({ timeoutMinutes: 90, logCollection: true }, [app('a', 2)]));
    d.until('esp');
    const firstSync = d.reg(`${enrollmentKey(d.reg)}\\FirstSync`);
    expect(regData(firstSync, 'SyncFailureTimeout')).toBe('0x5a');
    expect(regData(firstSync, 'AllowCollectLogsButton')).toBe('0x1');
    expect(regData(firstSync, 'SkipDeviceStatusPage')).toBe('0x0');
    expect(regData(firstSync, 'SkipUserStatusPage')).toBe('0x0');
  });
});

describe('EnrollmentStatusTracking', () => {
  it('the Intune management extension (Sidecar) goes from 1 NotInstalled to 3 Completed during Device preparation', () => {
    const d = signedIn(setup({}, [app('a', 5)]));
    d.until('esp');
    expect(regData(d.reg(SIDECAR_PROVIDER), 'InstallationState')).toBe('0x1');
    d.advance(MINUTE);
    expect(regData(d.reg(SIDECAR_PROVIDER), 'InstallationState')).toBe('0x3');
  });

  it('on a VM too small for it, Sidecar stays at 1 and turns 4 Error when the page times out', () => {
    const small = setup({}, [app('a', 5)], {
      device: {
        smbios: { virtualMachine: true, processors: 1, memoryGb: 2 },
        network: {
          ethernet: { present: true, cableConnected: true, internet: true },
          wifi: { present: false, networks: [] },
        },
      },
    });
    const d = signedIn(small);
    d.until('esp');
    d.advance(30 * MINUTE);
    expect(regData(d.reg(SIDECAR_PROVIDER), 'InstallationState')).toBe('0x1');
    d.until('esp-error');
    expect(regData(d.reg(SIDECAR_PROVIDER), 'InstallationState')).toBe('0x4');
    const view = d.view();
    expect(view.id === 'esp-error' && view.categories[0]!.items.find((i) => i.id === 'prepare-mdm')).toMatchObject({
      label: 'Preparing your device for mobile management',
      state: 'failed',
      statusText: '0x800705b4',
    });
  });

  it('a Win32 app is 2 InProgress while it installs, then 3 Completed; a failing one 4 Error', () => {
    const d = signedIn(setup({}, [app('good', 10), app('bad', 4, { outcome: 'failure', errorCode: '0x87d1041c' })]));
    /** The app's key as Intune names it: Win32App_<Intune app id>_1. */
    const state = (id: string) =>
      regData(d.reg(`${WIN32_APPS}\\Win32App_${intuneAppId(5150, id)}_1`), 'InstallationState');
    d.until('esp');
    d.advance(3 * MINUTE);
    expect(
      regData(d.reg(`${TRACKING}\\Device\\Setup\\Apps\\PolicyProviders\\Sidecar`), 'TrackingPoliciesCreated'),
    ).toBe('0x1');
    expect([state('good'), state('bad')]).toEqual(['0x2', '0x1']);
    d.advance(10 * MINUTE);
    expect([state('good'), state('bad')]).toEqual(['0x3', '0x2']);
    d.until('esp-error');
    expect([state('good'), state('bad')]).toEqual(['0x3', '0x4']);
  });

  it('only Win32 apps are tracked under Sidecar (a Store app is not)', () => {
    const d = signedIn(setup({}, [app('store', 2, { type: 'store' })]));
    d.until('desktop');
    expect(d.reg(WIN32_APPS)).toBeNull();
  });

  // Windows lists each tracked Win32 app with InstallationState 1 (NotInstalled) once Device setup
  // has identified it, before its install starts.
  it('a Win32 app waiting its turn is listed with 1 NotInstalled', () => {
    const d = signedIn(setup({}, [app('first', 10), app('second', 10)]));
    d.until('esp');
    d.advance(3 * MINUTE);
    const key = `${WIN32_APPS}\\Win32App_${intuneAppId(5150, 'second')}_1`;
    expect(regData(d.reg(key), 'InstallationState')).toBe('0x1');
  });
});

describe('a restart during the device ESP', () => {
  const restarting = () =>
    setup({}, [app('vpn', 5, { restart: 'hard' }), app('office', 5), app('user', 3, { context: 'user' })]);

  it('logs event 163 (already provisioned) after the restart and resumes the ESP where it was', () => {
    const d = signedIn(restarting());
    d.until('esp');
    d.until('boot');
    const restartAt = d.device.nowMs;
    expect(d.events(AUTOPILOT).filter((e) => e.eventId === 163)).toEqual([]);
    d.until('esp');
    const after = d.events(AUTOPILOT).filter((e) => e.atMs >= restartAt);
    expect(after.map((e) => e.eventId)).toEqual([163]);
    expect(after[0]!.message).toBe(
      'AutopilotManager determined download is not required and the device is already provisioned.  Clean or reset the device to change this.',
    );
    const view = d.view();
    expect(view.id === 'esp' && view.categories.map((c) => c.state)).toEqual(['complete', 'working', 'waiting']);
    expect(d.device.state.bootCount).toBe(2);
  });

  it('asks for the credentials again before Account setup (they are not kept across the restart)', () => {
    const d = signedIn(restarting());
    d.until('signon');
    expect(d.view()).toMatchObject({ id: 'signon', stage: 'credentials', username: UPN, domain: '', error: null });
    d.device.execute('device.type', { field: 'password', text: 'wrong' });
    d.device.execute('device.click', { control: 'sign-in' });
    expect(d.view()).toMatchObject({ id: 'signon', error: ENROLLMENT_STRINGS.signon.wrong });
    d.device.execute('device.type', { field: 'password', text: PASSWORD });
    d.device.execute('device.click', { control: 'sign-in' });
    expect(d.view()).toMatchObject({ id: 'esp' });
    d.until('desktop');
    expect(d.screens.map((s) => s.id)).toEqual([
      'boot',
      'autopilot-profile',
      'updates',
      'branding-signin',
      'password',
      'esp',
      'boot',
      'esp',
      'signon',
      'esp',
      'windows-hello',
      'desktop',
    ]);
  });

  it('a soft restart waits for the end of Device setup, and also asks for the credentials again', () => {
    const d = signedIn(setup({}, [app('driver', 2, { restart: 'soft' }), app('office', 5)]));
    d.until('esp');
    d.until('boot');
    // The driver finished first, Office after it; only then does the device restart.
    expect(d.device.state.esp!.categories.map((c) => c.state)).toEqual(['complete', 'complete', 'waiting']);
    d.until('signon');
    expect(d.view()).toMatchObject({ id: 'signon', stage: 'credentials', username: UPN });
  });

  it('without a restart the user is signed in automatically: no sign-on screen', () => {
    const d = signedIn(setup({}, [app('a', 5), app('user', 3, { context: 'user' })]));
    d.until('desktop');
    expect(d.screens.map((s) => s.id)).not.toContain('signon');
  });
});
