import { describe, expect, it } from 'vitest';
import type { DeviceSetupInput } from '../../shared/device-setup';
import type { ScenarioBodyInput } from '../../shared/scenario/scenario';
import { driveDevice, signInToEntra } from '../support/device-driver';
import { MEGAN, MINUTE, PASSWORD, PRESET_LANGUAGE, UPN, wiredContoso } from '../support/setups';

/**
 * User-driven Microsoft Entra hybrid join (user-driven.md §3): the offline domain join in Device
 * preparation, the sign-on screen with Ctrl+Alt+Delete and DOMAIN\name, the Entra pages of Account
 * setup, the "Sign out" ending, and the documented ways it fails (DC, OU, connector).
 */

type DomainJoin = NonNullable<NonNullable<ScenarioBodyInput['policies']>['domainJoin']>;

const ADMIN = 'Microsoft-Windows-DeviceManagement-Enterprise-Diagnostics-Provider/Admin';

function hybrid(
  change: {
    domainJoin?: Partial<DomainJoin>;
    skipAdConnectivityCheck?: boolean;
    dc?: boolean;
    federation?: 'managed' | 'adfs';
  } = {},
  connector: Record<string, unknown> = {},
): DeviceSetupInput {
  return wiredContoso(
    8800,
    {
      users: [{ ...MEGAN, onPremisesSamAccountName: 'mbowen', onPremisesPassword: 'OnPrem-1' }],
      tenant: {
        activeDirectory: {
          domain: 'contoso.com',
          netbiosName: 'CONTOSO',
          federation: change.federation ?? 'managed',
          connector: { ...connector },
        },
      },
      policies: {
        deploymentProfile: {
          name: 'Contoso hybrid',
          joinType: 'hybrid',
          skipAdConnectivityCheck: change.skipAdConnectivityCheck ?? false,
          ...PRESET_LANGUAGE,
        },
        enrollmentStatusPage: { name: 'Contoso ESP' },
        domainJoin: { computerNamePrefix: 'CTS-', domain: 'contoso.com', ...change.domainJoin },
      },
      workload: {
        apps: [
          { id: 'agent', name: 'Contoso agent', type: 'win32', durationMs: 4 * MINUTE },
          { id: 'timesheets', name: 'Contoso Timesheets', type: 'win32', context: 'user', durationMs: 3 * MINUTE },
        ],
      },
    },
    { environment: { domainControllerReachable: change.dc ?? true } },
  );
}

/** Boots the device and signs in to Microsoft Entra ID; the hybrid join starts from there. */
function signedIn(input: DeviceSetupInput) {
  const d = driveDevice(input);
  signInToEntra(d, UPN, PASSWORD);
  return { ...d, adminEvents: () => d.events(ADMIN) };
}

describe('user-driven hybrid join', () => {
  it('Device preparation waits on "Joining your organization’s network" until the offline domain join names the computer', () => {
    const d = signedIn(hybrid());
    d.until('esp');
    const before = d.view();
    expect(before.id === 'esp' && before.categories[0]!.items.find((i) => i.id === 'aadj')).toMatchObject({
      label: 'Joining your organization’s network',
      state: 'working',
    });
    expect(d.device.state.computerName).toMatch(/^DESKTOP-/);
    d.device.execute('clock.advance', { ms: 2 * MINUTE });
    expect(d.device.state.computerName).toMatch(/^CTS-[A-Z0-9]{11}$/);
    const name = d.shell(
      'reg query HKLM\\SYSTEM\\CurrentControlSet\\Control\\ComputerName\\ComputerName /v ComputerName',
    );
    expect(name.stdout).toContain(`ComputerName    REG_SZ    ${d.device.state.computerName}`);
    expect(d.shell('reg query HKLM\\SOFTWARE\\Microsoft\\Provisioning\\OMADM\\SyncML\\ODJApplied').exitCode).toBe(0);
    expect(d.adminEvents().find((e) => e.eventId === 107)?.message).toBe(
      'Offline Domain Join: Applying offline domain join blob succeeded. Result: (0x0).',
    );
    const profile = d.shell(
      'reg query HKLM\\SOFTWARE\\Microsoft\\Provisioning\\Diagnostics\\Autopilot /v CloudAssignedDomainJoinMethod',
    );
    expect(profile.stdout).toContain('CloudAssignedDomainJoinMethod    REG_DWORD    0x1');
  });

  it('the ESP steps aside for the sign-on screen: Ctrl+Alt+Delete first, then the on-premises account', () => {
    const d = signedIn(hybrid());
    d.until('signon');
    expect(d.view()).toMatchObject({
      id: 'signon',
      stage: 'press-ctrl-alt-del',
      domain: 'CONTOSO',
      username: 'CONTOSO\\mbowen',
    });
    expect(() => d.type('password', 'OnPrem-1')).toThrow('There is no field "password" on the "signon" screen.');
    d.device.execute('device.key', { chord: 'Ctrl+Alt+Delete' });
    expect(d.view()).toMatchObject({ stage: 'credentials' });
    d.type('password', 'Pa55w.rd');
    d.click('sign-in');
    expect(d.view()).toMatchObject({ id: 'signon', error: 'The user name or password is incorrect. Try again.' });
    d.type('username', 'CONTOSO\\mbowen');
    d.type('password', 'OnPrem-1');
    d.click('sign-in');
    expect(d.view().id).toBe('esp');
  });

  it('Account setup shows "Stay signed in to all your apps" and "You\'re all set!", then waits for Sign out', () => {
    const d = signedIn(hybrid());
    d.until('signon');
    d.device.execute('device.key', { chord: 'Ctrl+Alt+Delete' });
    d.type('password', 'OnPrem-1');
    d.click('sign-in');
    d.until('stay-signed-in');
    expect(d.view()).toEqual({ id: 'stay-signed-in', allowManage: true });
    d.click('ok');
    expect(d.view()).toEqual({ id: 'all-set' });
    d.click('done');
    expect(d.view()).toMatchObject({ id: 'esp', signOut: false });
    expect(() => d.click('sign-out')).toThrow('There is no control "sign-out" on the "esp" screen.');
    d.device.execute('clock.advance', { ms: 10 * MINUTE });
    // Done, but the ESP stays up: no timer runs any more, the page waits for the user.
    const done = d.view();
    expect(done.id === 'esp' && done.categories.map((c) => c.state)).toEqual(['complete', 'complete', 'complete']);
    expect(done).toMatchObject({ signOut: true });
    expect(d.device.execute('device.snapshot', {}).nextEventInMs).toBeNull();
    d.click('sign-out');
    expect(d.view()).toMatchObject({ id: 'signon', stage: 'press-ctrl-alt-del', username: 'CONTOSO\\mbowen' });
    d.device.execute('device.key', { chord: 'Ctrl+Alt+Delete' });
    d.type('password', 'OnPrem-1');
    d.click('sign-in');
    // The first sign-in after Account setup: "Your organization requires Windows Hello" (oobe-ui.md §22).
    expect(d.view()).toMatchObject({ id: 'windows-hello', stage: 'hybrid-intro' });
    d.until('desktop'); // through Windows Hello's PIN (on by default)
    expect(d.view()).toMatchObject({
      id: 'desktop',
      joinType: 'Microsoft Entra hybrid joined',
      provisioningIncomplete: false,
    });
    expect(d.screens.map((s) => s.id).slice(-9)).toEqual([
      'esp',
      'signon',
      'esp',
      'stay-signed-in',
      'all-set',
      'esp',
      'signon',
      'windows-hello',
      'desktop',
    ]);
  });

  it('with ADFS single sign-on the Entra pages of Account setup are skipped', () => {
    const d = signedIn(hybrid({ federation: 'adfs' }));
    d.until('signon');
    d.device.execute('device.key', { chord: 'Ctrl+Alt+Delete' });
    d.type('password', 'OnPrem-1');
    d.click('sign-in');
    d.device.execute('clock.advance', { ms: 10 * MINUTE });
    expect(d.view()).toMatchObject({ id: 'esp', signOut: true });
    expect(d.screens.map((s) => s.id)).not.toContain('stay-signed-in');
  });

  it('no domain controller (and no skip of the AD check): the join fails at once with 0x80070774 and event 108', () => {
    const d = signedIn(hybrid({ dc: false }));
    d.until('esp-error');
    const [esp, error] = d.screens.slice(-2);
    expect(esp).toEqual({ id: 'esp', atMs: error!.atMs });
    const view = d.view();
    expect(view).toMatchObject({ id: 'esp-error', code: '0x80070774' });
    expect(view.id === 'esp-error' && view.categories[0]!.items.find((i) => i.id === 'aadj')).toMatchObject({
      state: 'failed',
      statusText: '0x80070774',
    });
    expect(d.adminEvents().find((e) => e.eventId === 108)).toMatchObject({ level: 'Error' });
  });

  it('"Skip AD connectivity check" = Yes lets a device without a domain controller (VPN later) join', () => {
    const d = signedIn(hybrid({ dc: false, skipAdConnectivityCheck: true }));
    d.until('signon');
    expect(d.device.state.computerName).toMatch(/^CTS-/);
  });

  it.each([
    ['the OU is CN=Computers', hybrid({ domainJoin: { organizationalUnit: 'CN=Computers,DC=contoso,DC=com' } })],
    ['the connector is older than 6.2501.2000.5', hybrid({}, { version: '6.2403.1000.1' })],
    [
      'the connector account has no OU rights and joined 10 computers',
      hybrid({}, { ouPermissionsDelegated: false, computersAlreadyJoined: 10 }),
    ],
    ['no connector is installed', hybrid({}, { installed: false })],
  ])('%s: the ESP waits in "Joining your organization’s network" and times out after 60 minutes', (_name, input) => {
    const d = signedIn(input);
    d.until('esp');
    const opened = d.device.nowMs;
    d.until('esp-error');
    expect(d.device.nowMs - opened).toBe(60 * MINUTE);
    const view = d.view();
    expect(view).toMatchObject({ id: 'esp-error', code: '0x800705b4' });
    expect(view.id === 'esp-error' && view.categories[0]!.items.find((i) => i.id === 'aadj')).toMatchObject({
      state: 'failed',
    });
    expect(d.device.state.computerName).toMatch(/^DESKTOP-/);
    expect(d.adminEvents().map((e) => e.eventId)).not.toContain(107);
    expect(d.shell('reg query HKLM\\SOFTWARE\\Microsoft\\Provisioning\\OMADM\\SyncML\\ODJApplied').exitCode).toBe(1);
  });

  it('an admin who grants the connector its OU rights during the wait lets the join go on at the next check', () => {
    const d = signedIn(hybrid({}, { ouPermissionsDelegated: false, computersAlreadyJoined: 10 }));
    d.until('esp');
    d.device.execute('clock.advance', { ms: 10 * MINUTE });
    // Still waiting: the connector account may not create an 11th computer object.
    expect(d.device.state.computerName).toMatch(/^DESKTOP-/);
    d.device.execute('tenant.change', { change: { kind: 'connector.grant-ou-rights' } });
    d.device.execute('clock.advance', { ms: 2 * MINUTE });
    expect(d.device.state.computerName).toMatch(/^CTS-[A-Z0-9]{11}$/);
    expect(d.adminEvents().find((e) => e.eventId === 107)?.message).toBe(
      'Offline Domain Join: Applying offline domain join blob succeeded. Result: (0x0).',
    );
    // Device setup completes and the sign-on screen asks for the on-premises account.
    d.until('signon');
    expect(d.view().id).toBe('signon');
  });
});
