import { describe, expect, it } from 'vitest';
import { deployToDesktop, resetSetup } from './autopilot-reset-driver';

/**
 * A remote action started in the tenant (tenant.change "intune.remote-action") waits in Intune and
 * reaches the device with its next MDM check-in, never at once.
 */
describe('remote actions from the tenant', () => {
  it('an Autopilot Reset queued in the tenant starts after the device checks in, not before', () => {
    const d = deployToDesktop(resetSetup());
    const serialNumber = d.device.state.identity.serialNumber;
    d.device.execute('tenant.change', {
      change: { kind: 'intune.remote-action', serialNumber, action: 'autopilot-reset' },
    });
    d.advance(60_000);
    expect(d.view().id).toBe('desktop');
    expect(d.device.state.reset.remotePending).toBe(false);
    d.device.execute('fault.fire', { fault: { kind: 'intune.sync' } });
    expect(d.timeline).toContain('Intune: Autopilot Reset initiated from the tenant');
    d.until('autopilot-reset');
    expect(d.view()).toMatchObject({ id: 'autopilot-reset', kind: 'remote' });
    // Delivered once: the tenant's queue is empty again.
    expect(d.device.tenant.state.intune.pendingActions).toEqual([]);
  });
});
