import { describe, expect, it } from 'vitest';
import { createDevice } from '../../electron/core/device';

/** Seed 002: an existing co-managed client auto-enrolls (licensed user) or falls back to userless (unlicensed). */
function device(licensed: boolean) {
  return createDevice({
    device: {
      existingState: 'domain-joined-configmgr',
      network: { ethernet: { present: true, cableConnected: true } },
    },
    tenant: {
      users: [{ upn: 'megan@contoso.com', password: 'Pa55w.rd', licensed }],
      configManager: { siteCode: 'PRI', cmgHostName: 'contoso.cloudapp.net/CCM_Proxy_MutualAuth/72186325152220500' },
    },
    autoEnroll: { loggedOnUser: 'megan@contoso.com' },
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
});
