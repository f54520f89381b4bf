import { describe, expect, it } from 'vitest';
import { RESET_STRINGS } from '../../shared/strings-reset';
import { UPN, deployToDesktop, drive, resetSetup } from './autopilot-reset-driver';

/**
 * Remote Windows Autopilot Reset (provisioning-modes.md §4.4): queued in Intune, started at the
 * device's next check-in (not at once), forced by Sync; an offline device waits. It clears the primary
 * user and the Entra owner; the next sign-in sets them.
 */

const HOUR = 3_600_000;

describe('remote Autopilot Reset', () => {
  it('waits for the next check-in: nothing happens at once, the reset starts after the periodic check-in', () => {
    const d = deployToDesktop(resetSetup({ policy: null }));
    d.device.execute('fault.fire', { fault: { kind: 'intune.autopilot-reset' } });
    expect(d.device.state.reset.remotePending).toBe(true);
    d.advance(60_000);
    expect(d.view().id).toBe('desktop');
    // The policy for local reset is not needed for a remote one.
    d.until('autopilot-reset');
    expect(d.view()).toMatchObject({ id: 'autopilot-reset', stage: 'progress', kind: 'remote' });
    expect(d.device.nowMs % (8 * HOUR)).toBe(30_000);
    expect(d.timeline).toContain('Device checked in with Intune (scheduled check-in)');
  });

  it('Settings > Access work or school > Info > Sync makes the device check in now', () => {
    const d = deployToDesktop(resetSetup());
    d.device.execute('fault.fire', { fault: { kind: 'intune.autopilot-reset' } });
    d.click('open-access-work-or-school');
    d.click('open-work-account-info');
    expect(d.view()).toMatchObject({ id: 'desktop', window: 'work-account-info', management: { lastSync: null } });
    const at = d.device.nowMs;
    d.click('sync');
    expect(d.view()).toMatchObject({ management: { lastSync: expect.any(String) } });
    d.until('autopilot-reset');
    expect(d.device.nowMs - at).toBe(30_000);
  });

  it('"Sync" from Intune reaches an online device', () => {
    const d = deployToDesktop(resetSetup());
    d.device.execute('fault.fire', { fault: { kind: 'intune.autopilot-reset' } });
    const at = d.device.nowMs;
    d.device.execute('fault.fire', { fault: { kind: 'intune.sync' } });
    d.until('autopilot-reset');
    expect(d.device.nowMs - at).toBe(30_000);
  });

  it('an offline device misses its check-ins and resets only once it is back online', () => {
    const d = deployToDesktop(resetSetup());
    d.device.execute('fault.fire', { fault: { kind: 'network.internet', available: false } });
    d.device.execute('fault.fire', { fault: { kind: 'intune.autopilot-reset' } });
    d.device.execute('fault.fire', { fault: { kind: 'intune.sync' } });
    d.advance(17 * HOUR);
    expect(d.view().id).toBe('desktop');
    expect(d.timeline.filter((t) => t === 'MDM check-in missed: the device is offline')).toHaveLength(2);
    d.device.execute('fault.fire', { fault: { kind: 'network.internet', available: true } });
    d.until('autopilot-reset');
    expect(d.device.nowMs % (8 * HOUR)).toBe(30_000);
  });

  it('a device switched off keeps the queued reset and checks in after it is switched on again', () => {
    const d = deployToDesktop(resetSetup());
    d.device.execute('fault.fire', { fault: { kind: 'intune.autopilot-reset' } });
    d.device.execute('device.power', { action: 'shutdown' });
    expect(d.device.state.reset.remotePending).toBe(true);
    d.device.execute('device.power', { action: 'on' });
    d.until('autopilot-reset');
    expect(d.device.state.reset.running?.kind).toBe('remote');
  });

  it('clears the primary user and the Entra owner; the next user to sign in becomes both', () => {
    const d = deployToDesktop(resetSetup());
    d.device.execute('fault.fire', { fault: { kind: 'intune.autopilot-reset' } });
    d.device.execute('fault.fire', { fault: { kind: 'intune.sync' } });
    d.until('autopilot-reset');
    expect(d.device.state.reset.primaryUser).toBeNull();
    expect(d.device.state.reset.ownerCleared).toBe(true);
    d.until('signon');
    d.type('username', 'lee@contoso.com');
    d.type('password', 'Lee-Pa55');
    d.click('sign-in');
    expect(d.device.state.reset.primaryUser).toBe('lee@contoso.com');
    d.until('desktop');
    expect(d.device.state.account.upn).not.toBe(UPN);
  });

  it('Intune refuses it for a device that is not joined and enrolled', () => {
    const d = drive(resetSetup());
    expect(() => d.device.execute('fault.fire', { fault: { kind: 'intune.autopilot-reset' } })).toThrow(
      RESET_STRINGS.intune.notManaged,
    );
  });

  it('Intune refuses it for a hybrid-joined device', () => {
    const d = deployToDesktop(resetSetup({ hybrid: true }));
    expect(() => d.device.execute('fault.fire', { fault: { kind: 'intune.autopilot-reset' } })).toThrow(
      RESET_STRINGS.errors.hybridNotSupported,
    );
  });
});
