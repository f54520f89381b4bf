import { describe, expect, it } from 'vitest';
import type { TenantState } from '../../../electron/cloud/tenant-state';
import type { Device } from '../../../electron/core/device';
import { createDevice } from '../../../electron/core/index';
import { Session } from '../../../electron/runtime/session';
import { diskScenarioLibrary } from '../../../electron/scenarios/disk-library';
import { DEFAULT_DEVICE_SETUP } from '../../../shared/default-device';

/**
 * A session keeps the tenant it started with: scenario loads join it (the replaced device leaves
 * it), a device reopened from a file runs on its saved copy, and the next load joins the live one again.
 */
function session() {
  const s = new Session(createDevice(DEFAULT_DEVICE_SETUP), { scenarios: diskScenarioLibrary() });
  let n = 1;
  const send = (name: string, payload: unknown) => {
    const reply = s.handle({ kind: 'req', id: n++, name, payload });
    if (reply.kind !== 'res') throw new Error(`${name}: ${reply.error.message}`);
    return reply.payload as Record<string, unknown>;
  };
  const tenant = () => send('tenant.state', {}).tenant as TenantState;
  return { s, send, tenant };
}

describe('a session and its one tenant', () => {
  it('a scenario load joins the session tenant; the device it replaced leaves its Entra device object behind', () => {
    const { s, send, tenant } = session();
    const live = s.tenant!;
    // The device that is about to be replaced had joined Entra.
    live.state.entra.deviceObjects.push({ serialNumber: 'OTHER', upn: null });
    const serial = (s.core as Device).state.identity.serialNumber;
    live.state.entra.deviceObjects.push({ serialNumber: serial, upn: 'megan@contoso.onmicrosoft.com' });
    send('scenario.load', { id: 'user-driven-entra' });
    expect((s.core as Device).tenant).toBe(live);
    expect(tenant().entra.deviceObjects).toEqual([{ serialNumber: 'OTHER', upn: null }]);
    expect(tenant().entra.directory.users.map((u) => u.upn)).toEqual([
      'megan@contoso.onmicrosoft.com',
      'megan@contoso.com',
    ]);
  });

  it('a reopened device runs on its saved tenant copy; the next scenario load joins the live tenant again', () => {
    const { s, send } = session();
    const live = s.tenant!;
    const saved = send('device.save', {}) as { fileName: string; text: string };
    send('device.open', saved);
    expect((s.core as Device).tenant).not.toBe(live);
    expect(s.tenant).toBe(live);
    send('scenario.load', { id: 'kiosk-autologon' });
    expect((s.core as Device).tenant).toBe(live);
  });
});
