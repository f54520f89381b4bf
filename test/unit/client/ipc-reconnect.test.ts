import { afterEach, describe, expect, it, vi } from 'vitest';
import { createIpcClient } from '../../../renderer/client/ipc-client';
import type { OobeSimBridge, OobeSimReply } from '../../../renderer/client/oobe-sim';
import type { ConnectionStatus } from '../../../renderer/client/ws-client';

/**
 * In Electron, main's device session may stop answering (its handler gone, the session closed): the
 * IPC client says "reconnecting", asks again with back-off, and hands the views a fresh snapshot.
 */
describe('IPC client: the device session goes away and comes back', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('goes "reconnecting" when the bridge fails, probes with back-off, then "open" with a fresh snapshot', async () => {
    vi.useFakeTimers();
    let alive = true;
    let probes = 0;
    const bridge: OobeSimBridge = {
      invoke(name) {
        if (name === 'device.snapshot') probes += 1;
        if (!alive)
          return Promise.reject(new Error("Error invoking remote method 'oobe-sim:invoke': No handler registered"));
        const reply: OobeSimReply = { kind: 'res', id: 0, name, payload: { nowMs: 42 } };
        return Promise.resolve(reply);
      },
      subscribe: () => () => undefined,
    };
    const client = createIpcClient(bridge);
    const statuses: ConnectionStatus[] = [];
    client.onStatusChange((status) => statuses.push(status));
    const snapshots: unknown[] = [];
    client.subscribe('snapshot', (snapshot) => snapshots.push(snapshot));

    alive = false;
    await expect(client.invoke('device.click', { control: 'yes' })).rejects.toThrow(/No handler registered/);
    expect(client.status).toBe('reconnecting');
    await vi.advanceTimersByTimeAsync(250);
    expect(probes).toBe(1);
    await vi.advanceTimersByTimeAsync(499);
    expect(probes).toBe(1); // the second try waits twice as long
    await vi.advanceTimersByTimeAsync(1);
    expect(probes).toBe(2);

    alive = true;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(client.status).toBe('open');
    expect(statuses).toEqual(['reconnecting', 'open']);
    expect(snapshots).toEqual([{ nowMs: 42 }]);
  });
});
