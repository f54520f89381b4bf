import { afterEach, describe, expect, it } from 'vitest';
import { WebSocketServer, type WebSocket } from 'ws';
import type { AddressInfo } from 'node:net';
import { CommandError, type EventPayloads } from '../../../shared/contract';
import { startWebHost, type WebHost } from '../../../electron/host/web-host';
import { createNodeWsClient } from '../../support/node-ws-client';
import { rawText } from '../../support/ws-text';
import type { WsClient } from '../../../renderer/client/ws-client';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function track<T extends WsClient | WebHost>(thing: T): T {
  cleanups.push(() => thing.close());
  return thing;
}

/** Resolves with the next payload of `name`. */
function nextEvent<E extends keyof EventPayloads>(client: WsClient, name: E): Promise<EventPayloads[E]> {
  return new Promise((resolve) => {
    const off = client.subscribe(name, (payload) => {
      off();
      resolve(payload);
    });
  });
}

describe('WebSocket client', () => {
  it('waits for the socket, reconnects after a drop, and catches its snapshot up', async () => {
    const first = await startWebHost({ port: 0, staticDir: '/nonexistent' });
    const port = first.port;
    const statuses: string[] = [];
    let dropped: () => void = () => undefined;
    const droppedOnce = new Promise<void>((resolve) => (dropped = resolve));
    const client = track(
      createNodeWsClient(`ws://127.0.0.1:${port}/ws`, {
        minBackoffMs: 10,
        onStatus: (status) => {
          statuses.push(status);
          if (status === 'reconnecting') dropped();
        },
      }),
    );
    // Sent before the socket is open: queued, then answered.
    expect((await client.invoke('device.snapshot', {})).nowMs).toBe(0);
    await client.invoke('clock.advance', { ms: 3_000 });
    await first.close();
    await droppedOnce;

    // Made while the host is down: held until it is back.
    const whileDown = client.invoke('device.snapshot', {});
    const resynced = nextEvent(client, 'snapshot');
    const second = track(await startWebHost({ port, staticDir: '/nonexistent' }));
    second.session.core.execute('clock.advance', { ms: 42 });
    expect((await whileDown).nowMs).toBe(42);
    expect((await resynced).nowMs).toBe(42);
    expect(client.status).toBe('open');
    expect(statuses.slice(0, 2)).toEqual(['open', 'reconnecting']);
  });

  it('rejects requests in flight when the connection drops, rather than resending them', async () => {
    // A server that accepts and never answers, then hangs up.
    const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    cleanups.push(() => new Promise((resolve) => server.close(resolve)));
    await new Promise<void>((resolve) => server.once('listening', resolve));
    const sockets: WebSocket[] = [];
    const received: string[] = [];
    server.on('connection', (ws) => {
      sockets.push(ws);
      ws.on('message', (data) => {
        received.push(rawText(data));
        ws.terminate();
      });
    });
    const { port } = server.address() as AddressInfo;
    const client = track(createNodeWsClient(`ws://127.0.0.1:${port}/ws`, { minBackoffMs: 60_000 }));

    const error = await client.invoke('device.click', { control: 'next' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CommandError);
    expect((error as CommandError).detail.code).toBe('command-failed');
    expect(received).toHaveLength(1);
    expect(client.status).toBe('reconnecting');
  });

  it('rejects everything once closed', async () => {
    const host = track(await startWebHost({ port: 0, staticDir: '/nonexistent' }));
    const client = createNodeWsClient(`ws://127.0.0.1:${host.port}/ws`);
    const pending = client.invoke('device.snapshot', {});
    client.close();
    await expect(pending).rejects.toBeInstanceOf(CommandError);
    await expect(client.invoke('device.snapshot', {})).rejects.toBeInstanceOf(CommandError);
    expect(client.status).toBe('closed');
  });
});
