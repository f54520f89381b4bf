import { describe, expect, it } from 'vitest';
import { createDevice } from '../../electron/core/device';

/** Seed 002: an existing co-managed client auto-enrolls (licensed user) or falls back to userless (unlicensed). */
function device(licensed: boolean, loggedOnUser = 'megan@contoso.com') {
  return createDevice({
    device: {
      existingState: 'domain-joined-configmgr',
      network: { ethernet: { present: true, cableConnected: true } },
    },
    tenant: {
      users: [{ upn: 'megan@contoso.com', password: 'Pa55w.rd', licensed }],
      configManager: { siteCode: 'PRI', cmgHostName: 'contoso.cloudapp.net/CCM_Proxy_MutualAuth/72186325152220500' },
    },
    autoEnroll: { loggedOnUser },
  });
}

function runAll(d: ReturnType<typeof device>) {
  for (let i = 0; i < 200; i += 1) if (d.execute('clock.skip', {}).firedAtMs === null) break;
}

describe('co-management auto-enrollment (002)', () => {
  it('a licensed cloud user enrolls at once with user affinity', () => {
    const d = device(true);
    runAll(d);
    expect(d.state.page.id).toBe('desktop');
    expect(d.state.comgmt?.autoEnroll?.phase).toBe('enrolled');
    expect(d.state.comgmt?.autoEnroll?.enrolledWith).toBe('user');
  });

  it('an unlicensed user fails 3 times, then the device enrolls userless', () => {
    const d = device(false);
    runAll(d);
    const ae = d.state.comgmt?.autoEnroll;
    expect(ae?.phase).toBe('enrolled');
    expect(ae?.enrolledWith).toBe('device');
    const log = d.execute('shell.run', { line: 'type C:\\Windows\\CCM\\Logs\\CoManagementHandler.log' }).stdout;
    expect(log).toContain('License of user is in bad state blocking enrollment');
    expect(log).toContain('RegisterDeviceWithManagementUsingAADDeviceCredentials');
  });

  it('the local administrator fails (0x80180002); a licensed user signing on enrolls the device with affinity', () => {
    const d = device(true, '.\\Administrator');
    // Boot, the policy at 0:02:00, the first try 30 s later, the second 5 minutes after that.
    d.execute('clock.advance', { ms: 8 * 60_000 });
    const view = d.execute('device.snapshot', {}).screen;
    expect(view.id === 'desktop' && view.workAccount).toMatchObject({ upn: '.\\Administrator', mdmEnrolled: false });
    expect(d.state.comgmt?.autoEnroll).toMatchObject({ phase: 'queued', userTries: 2 });
    const failed = d
      .execute('eventlog.read', { channel: 'Microsoft-Windows-DeviceManagement-Enterprise-Diagnostics-Provider/Admin' })
      .records.filter((r) => r.eventId === 76);
    expect(failed.map((r) => r.message)).toEqual([
      'Auto MDM Enroll: Device Credential (0x0), Failed (0x80180002)',
      'Auto MDM Enroll: Device Credential (0x0), Failed (0x80180002)',
    ]);
    d.execute('fault.fire', { fault: { kind: 'comgmt.logon', user: 'megan@contoso.com' } });
    d.execute('clock.advance', { ms: 60_000 });
    expect(d.state.comgmt?.autoEnroll).toMatchObject({ phase: 'enrolled', enrolledWith: 'user' });
    const after = d.execute('device.snapshot', {}).screen;
    expect(after.id === 'desktop' && after.workAccount).toMatchObject({ upn: 'megan@contoso.com', mdmEnrolled: true });
  });
});

describe('co-management: signing the user out (002:111)', () => {
  it('the lock screen shows, the user tries stop, and the next logon at the sign-in screen tries again', () => {
    const d = device(true, '.\\Administrator');
    d.execute('clock.advance', { ms: 3 * 60_000 }); // the policy at 0:02:00, one failed try at 0:02:30
    expect(d.state.comgmt?.autoEnroll).toMatchObject({ phase: 'queued', userTries: 1 });
    const lines: string[] = [];
    d.onEvent((_name, payload) => lines.push((payload as { text: string }).text), ['timeline']);
    d.execute('fault.fire', { fault: { kind: 'comgmt.logoff' } });
    expect(d.state.page.id).toBe('lock-screen');
    expect(lines).toEqual(['Signed out .\\Administrator', 'Screen: lock-screen']);
    // Nobody logged on: no more tries with a user's credential.
    d.execute('clock.advance', { ms: 30 * 60_000 });
    expect(d.state.comgmt?.autoEnroll).toMatchObject({ phase: 'queued', userTries: 1, loggedOff: true });
    expect(() => d.execute('fault.fire', { fault: { kind: 'comgmt.logoff' } })).toThrow(/Nobody is logged on/);
    // Megan signs in at the sign-in screen: DeviceEnroller tries again with her credential and enrolls.
    d.execute('device.click', { control: 'dismiss' });
    expect(d.state.page.id).toBe('signon');
    d.execute('device.type', { field: 'username', text: 'megan@contoso.com' });
    d.execute('device.type', { field: 'password', text: 'wrong' });
    d.execute('device.click', { control: 'sign-in' });
    expect(d.state.page.id).toBe('signon');
    d.execute('device.type', { field: 'password', text: 'Pa55w.rd' });
    d.execute('device.click', { control: 'sign-in' });
    expect(d.state.page.id).toBe('desktop');
    d.execute('clock.advance', { ms: 60_000 });
    expect(d.state.comgmt?.autoEnroll).toMatchObject({ phase: 'enrolled', enrolledWith: 'user', loggedOff: false });
  });
});

describe('co-management: the Intune side (002:131-138)', () => {
  type Tenant = { intune: { managedDevices: { serialNumber: string; upn: string | null; coManagement?: unknown }[] } };
  const records = (d: ReturnType<typeof device>) =>
    (d.execute('tenant.state', {}).tenant as Tenant).intune.managedDevices;

  it('no Intune record before; after the enrollment a co-managed record with user affinity', () => {
    const d = device(true);
    d.execute('clock.advance', { ms: 60_000 });
    expect(records(d)).toEqual([]);
    runAll(d);
    expect(records(d)).toEqual([
      {
        serialNumber: expect.any(String) as string,
        upn: 'megan@contoso.com',
        coManagement: {
          enrolledWith: 'user',
          userAffinity: true,
          joinType: 'Microsoft Entra hybrid joined',
          enrolledBy: 'Configuration Manager co-management auto-enrollment',
          remoteActions: ['lock', 'wipe', 'reset'],
        },
      },
    ]);
  });

  it('a userless enrollment has no user and no affinity', () => {
    const d = device(false);
    runAll(d);
    expect(records(d)).toMatchObject([{ upn: null, coManagement: { enrolledWith: 'device', userAffinity: false } }]);
  });
});
