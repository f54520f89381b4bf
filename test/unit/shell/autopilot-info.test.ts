import { describe, it } from 'vitest';
import { createDevice } from '../../../electron/core/device';
import { readFile } from '../../../electron/core/os/file-system';
import { MEGAN, wiredContoso } from '../../support/setups';

/** An unregistered wired device whose tenant has a deployment profile: what a trainee registers by hand. */
function unregistered() {
  const device = createDevice(
    wiredContoso(
      7,
      { users: [MEGAN], policies: { deploymentProfile: { name: 'Contoso default' } } },
      {
        registration: { registered: false },
      },
    ),
  );
  device.execute('clock.advance', { ms: 60_000 });
  return device;
}

describe('Get-WindowsAutopilotInfo', () => {
  it('writes the import CSV with the documented header, no quotes, one row for the device', ({ expect }) => {
    const d = unregistered();
    const ps = d.execute('shell.run', { line: 'powershell' }).session;
    expect(
      d.execute('shell.run', { line: 'Install-Script -Name Get-WindowsAutopilotInfo -Force', session: ps }).exitCode,
    ).toBe(0);
    const out = d.execute('shell.run', { line: 'Get-WindowsAutopilotInfo -OutputFile C:\\hash.csv', session: ps });
    expect(out.exitCode).toBe(0);
    const lines = readFile(d.state.fs, 'C:\\hash.csv').split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('Device Serial Number,Windows Product ID,Hardware Hash');
    expect(lines).toHaveLength(2);
    expect(lines[1]!.startsWith(`${d.state.identity.serialNumber},`)).toBe(true);
    expect(lines[1]).not.toContain('"');
  });

  it('-Online imports the device into the tenant and assigns its profile', ({ expect }) => {
    const d = unregistered();
    const ps = d.execute('shell.run', { line: 'powershell' }).session;
    d.execute('shell.run', { line: 'Install-Script -Name Get-WindowsAutopilotInfo -Force', session: ps });
    expect(d.execute('shell.run', { line: 'Get-WindowsAutopilotInfo -Online', session: ps }).exitCode).toBe(0);
    const tenant = d.execute('tenant.state', {}).tenant as {
      autopilot: { devices: { serialNumber: string; registration: { profileStatus: string } }[] };
    };
    const record = tenant.autopilot.devices.find((r) => r.serialNumber === d.state.identity.serialNumber);
    expect(record?.registration.profileStatus).toBe('Assigned');
  });
});
