import { describe, expect, it } from 'vitest';
import { CommandError } from '../../../shared/contract';
import { createIpcClient } from '../../../renderer/client/ipc-client';
import type { OobeSimBridge, OobeSimReply } from '../../../renderer/client/oobe-sim';
import { Session } from '../../../electron/runtime/session';
import { createDevice } from '../../../electron/core/index';
import { ReadyGate } from '../../../electron/runtime/ready-gate';

/**
 * Main and preload in miniature (the real ones need the Electron binary): the same session, the
 * same ready gate, structured-clone-ish copies on both sides.
 */
function fakeBridge(session: Session): { bridge: OobeSimBridge; gate: ReadyGate<{ name: string; payload: unknown }> } {
  const callbacks = new Map<string, Set<(payload: unknown) => void>>();
  const gate = new ReadyGate<{ name: string; payload: unknown }>((event) => {
    const copy = structuredClone(event);
    callbacks.get(copy.name)?.forEach((cb) => cb(copy.payload));
  });
  session.subscribe((event) => gate.push(event));
  let id = 0;
  const bridge: OobeSimBridge = {
    invoke(name, payload) {
      const reply = session.handle(
        { kind: 'req', id: id++, name, payload: structuredClone(payload) },
        {
          onRendererReady: () => gate.open(),
        },
      );
      return Promise.resolve(structuredClone<OobeSimReply>(reply));
    },
    subscribe(name, callback) {
      const set = callbacks.get(name) ?? new Set();
      callbacks.set(name, set);
      set.add(callback);
      return () => set.delete(callback);
    },
  };
  return { bridge, gate };
}

describe('IPC client', () => {
  it('sends renderer.ready after its first subscriptions, so queued events arrive', async () => {
    const session = new Session(createDevice());
    const { bridge, gate } = fakeBridge(session);
    // Events before the renderer is there: held by main.
    session.handle({ kind: 'req', id: 0, name: 'clock.advance', payload: { ms: 1_000 } });
    const client = createIpcClient(bridge);
    const snapshots: number[] = [];
    client.subscribe('snapshot', (s) => snapshots.push(s.nowMs));
    expect(gate.isOpen).toBe(false);
    await Promise.resolve();
    expect(gate.isOpen).toBe(true);
    expect(snapshots).toContain(1_000);
    session.dispose();
  });

  it('resolves results and rejects errors as CommandError', async () => {
    const session = new Session(createDevice());
    const client = createIpcClient(fakeBridge(session).bridge);
    expect((await client.invoke('clock.advance', { ms: 5 })).nowMs).toBe(5);
    const invokeAny = client.invoke as (name: string, payload: unknown) => Promise<unknown>;
    const error = await invokeAny('nope', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CommandError);
    expect((error as CommandError).detail.code).toBe('unknown-command');
    session.dispose();
  });
});
