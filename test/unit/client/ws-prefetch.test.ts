import { afterEach, describe, expect, it } from 'vitest';
import { WebSocketServer } from 'ws';
import type { AddressInfo } from 'node:net';
import { createNodeWsClient } from '../../support/node-ws-client';
import { rawText } from '../../support/ws-text';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A host that answers every request with `{ answer: n }` (n counting up) and can push events. */
async function fakeHost() {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  cleanups.push(() => new Promise((resolve) => server.close(resolve)));
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const requests: string[] = [];
  let push: (payload: unknown) => void = () => undefined;
  server.on('connection', (ws) => {
    push = (payload) => ws.send(JSON.stringify({ kind: 'evt', name: 'snapshot', payload }));
    ws.on('message', (data) => {
      const request = JSON.parse(rawText(data)) as { id: number; name: string };
      requests.push(request.name);
      ws.send(JSON.stringify({ kind: 'res', id: request.id, payload: { answer: requests.length } }));
    });
  });
  const { port } = server.address() as AddressInfo;
  return { url: `ws://127.0.0.1:${port}/ws`, requests, push: (payload: unknown) => push(payload) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

describe('WebSocket client: the first snapshot asked for before any view (issue 16)', () => {
  it('sends device.snapshot on opening and gives that answer to the first who asks, without asking again', async () => {
    const host = await fakeHost();
    const client = createNodeWsClient(host.url, { prefetchSnapshot: true });
    cleanups.push(() => client.close());
    await settle();
    expect(host.requests).toEqual(['device.snapshot']);
    expect(await client.invoke('device.snapshot', {})).toEqual({ answer: 1 });
    expect(host.requests).toEqual(['device.snapshot']);
    // Only the first: later ones go to the host.
    expect(await client.invoke('device.snapshot', {})).toEqual({ answer: 2 });
  });

  it('gives a snapshot pushed after the early answer, while nobody listened, rather than the older answer', async () => {
    const host = await fakeHost();
    const client = createNodeWsClient(host.url, { prefetchSnapshot: true });
    cleanups.push(() => client.close());
    await settle();
    host.push({ pushed: true });
    await settle();
    expect(await client.invoke('device.snapshot', {})).toEqual({ pushed: true });
  });

  it('does nothing of the kind unless asked to', async () => {
    const host = await fakeHost();
    const client = createNodeWsClient(host.url);
    cleanups.push(() => client.close());
    await settle();
    expect(host.requests).toEqual([]);
  });
});
