/**
 * The contract, as every transport must honour it: one suite run over the in-memory client and
 * over the renderer's WebSocket client against a real web host on a free port. Then what only the
 * web host has to get right (bad JSON on the wire, Host and Origin checks, static files).
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CommandError, type EventPayloads, type SimulatorClient } from '../../shared/contract';
import { createDevice } from '../../electron/core/index';
import { startWebHost, type WebHost } from '../../electron/host/web-host';
import { createInMemoryClient } from '../../electron/runtime/in-memory-client';
import { Session } from '../../electron/runtime/session';
import type { OobeSimBridge } from '../../renderer/client/oobe-sim';
import type { PreloadBridge } from '../../electron/preload/preload';
import { createNodeWsClient } from '../support/node-ws-client';
import { httpGet, openRawSocket, upgradeStatus } from '../support/http-probe';

// Compile-time: what the preload exposes is what the renderer's IPC client expects.
const _bridgeMatches: (bridge: PreloadBridge) => OobeSimBridge = (bridge) => bridge;

interface Harness {
  client: SimulatorClient;
  stop(): Promise<void>;
}

let staticDir: string;
let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'oobe-sim-contract-'));
  staticDir = join(scratch, 'renderer');
  await mkdir(join(staticDir, 'assets'), { recursive: true });
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>OOBE Simulator</title>');
  await writeFile(join(staticDir, 'assets', 'app.js'), 'console.log("app");');
  await writeFile(join(staticDir, 'assets', 'style.css'), 'body{}');
  // Beside the static root, where no request may reach.
  await writeFile(join(scratch, 'secret.txt'), 'secret');
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

const transports: { name: string; start: () => Promise<Harness> }[] = [
  {
    name: 'in-memory',
    start() {
      const session = new Session(createDevice());
      const client = createInMemoryClient(session);
      const stop = () => {
        client.close();
        session.dispose();
        return Promise.resolve();
      };
      return Promise.resolve({ client, stop });
    },
  },
  {
    name: 'websocket',
    async start() {
      const host = await startWebHost({ port: 0, staticDir });
      const client = createNodeWsClient(`ws://127.0.0.1:${host.port}/ws`);
      return {
        client,
        async stop() {
          client.close();
          await host.close();
        },
      };
    },
  },
];

/** Records every event of `name` the client receives from now on. */
function record<E extends keyof EventPayloads>(client: SimulatorClient, name: E): EventPayloads[E][] {
  const seen: EventPayloads[E][] = [];
  client.subscribe(name, (payload) => seen.push(payload));
  return seen;
}

async function expectCommandError(promise: Promise<unknown>): Promise<CommandError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CommandError);
  return error as CommandError;
}

describe.each(transports)('contract over $name', ({ start }) => {
  let harness: Harness;
  let client: SimulatorClient;
  beforeEach(async () => {
    harness = await start();
    client = harness.client;
  });
  afterEach(async () => {
    await harness.stop();
  });

  it('answers device.snapshot with the screen on display', async () => {
    const snapshot = await client.invoke('device.snapshot', {});
    expect(typeof snapshot.screen.id).toBe('string');
    expect(snapshot.nowMs).toBe(0);
    expect(['on', 'off']).toContain(snapshot.power);
  });

  it('rejects an unknown command and keeps answering', async () => {
    const invokeAny = client.invoke as (name: string, payload: unknown) => Promise<unknown>;
    const error = await expectCommandError(invokeAny('device.selfDestruct', {}));
    expect(error.detail.code).toBe('unknown-command');
    expect(error.command).toBe('device.selfDestruct');
    // Names that exist on every object are not commands either.
    expect((await expectCommandError(invokeAny('toString', {}))).detail.code).toBe('unknown-command');

    const snapshot = await client.invoke('device.snapshot', {});
    expect(snapshot.screen.id).toBeTruthy();
  });

  it('rejects a bad payload with every issue and its path', async () => {
    const invokeAny = client.invoke as (name: string, payload: unknown) => Promise<unknown>;
    const error = await expectCommandError(invokeAny('clock.advance', { ms: -5 }));
    expect(error.detail.code).toBe('invalid-payload');
    expect(error.detail.issues?.map((issue) => issue.path)).toEqual(['ms']);

    const nested = await expectCommandError(invokeAny('fault.fire', { fault: { kind: 42 } }));
    expect(nested.detail.code).toBe('invalid-payload');
    expect(nested.detail.issues?.some((issue) => issue.path.startsWith('fault'))).toBe(true);

    const missing = await expectCommandError(invokeAny('device.type', {}));
    expect(missing.detail.issues?.map((issue) => issue.path).sort()).toEqual(['field', 'text']);

    // A strict empty payload refuses extra keys.
    expect((await expectCommandError(invokeAny('device.snapshot', { extra: 1 }))).detail.code).toBe('invalid-payload');
  });

  it('reports a command the device cannot do as command-failed, and the device goes on', async () => {
    await client.invoke('device.power', { action: 'shutdown' });
    const error = await expectCommandError(client.invoke('device.click', { control: 'next' }));
    expect(error.detail.code).toBe('command-failed');
    expect(error.detail.message).toMatch(/\S/);
    await client.invoke('device.power', { action: 'on' });
    expect((await client.invoke('device.snapshot', {})).power).toBe('on');
  });

  it('pushes screen:entered once the virtual clock passes the boot screen', async () => {
    const entered = record(client, 'screen:entered');
    const snapshots = record(client, 'snapshot');
    const before = await client.invoke('device.snapshot', {});
    if (before.power === 'off') await client.invoke('device.power', { action: 'on' });

    // Up to ten virtual minutes, a minute at a time; boot takes far less.
    for (let minute = 0; minute < 10 && !entered.some((e) => e.screen !== 'boot'); minute += 1) {
      await client.invoke('clock.advance', { ms: 60_000 });
    }
    const first = entered.find((e) => e.screen !== 'boot');
    expect(first).toBeDefined();
    expect(first?.atMs).toBeGreaterThan(0);
    // Events a command causes arrive before its reply, and a snapshot follows every change.
    expect(snapshots.at(-1)?.screen.id).toBe(entered.at(-1)?.screen);
  });

  it('advances only by clock.advance while paused, to the millisecond', async () => {
    await client.invoke('clock.pacing', { pacing: 'paused' });
    const { nowMs } = await client.invoke('clock.advance', { ms: 1234 });
    expect(nowMs).toBe(1234);
    expect((await client.invoke('device.snapshot', {})).nowMs).toBe(1234);
  });

  it('stops delivering events after unsubscribe', async () => {
    const seen: unknown[] = [];
    const unsubscribe = client.subscribe('snapshot', (s) => seen.push(s));
    await client.invoke('clock.advance', { ms: 10 });
    const count = seen.length;
    expect(count).toBeGreaterThan(0);
    unsubscribe();
    await client.invoke('clock.advance', { ms: 10 });
    expect(seen.length).toBe(count);
  });
});

describe('web host', () => {
  let host: WebHost;
  let wsUrl: string;
  beforeEach(async () => {
    host = await startWebHost({ port: 0, staticDir });
    wsUrl = `ws://127.0.0.1:${host.port}/ws`;
  });
  afterEach(async () => {
    await host.close();
  });

  it('listens on 127.0.0.1 and says so in its url', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/`);
  });

  it('answers malformed JSON with invalid-envelope and keeps the connection and the device', async () => {
    const raw = await openRawSocket(wsUrl);
    try {
      raw.send('{ this is not json');
      const reply = (await raw.next((m) => (m as { kind: string }).kind === 'err')) as {
        id: number;
        error: { code: string };
      };
      expect(reply.error.code).toBe('invalid-envelope');
      expect(reply.id).toBe(-1);

      raw.send(JSON.stringify({ kind: 'req', id: 'seven', name: 'device.snapshot', payload: {} }));
      expect(
        ((await raw.next((m) => (m as { kind: string }).kind === 'err')) as { error: { code: string } }).error.code,
      ).toBe('invalid-envelope');

      raw.send(Buffer.from([1, 2, 3]));
      expect(
        ((await raw.next((m) => (m as { kind: string }).kind === 'err')) as { error: { code: string } }).error.code,
      ).toBe('invalid-envelope');

      raw.send(JSON.stringify({ kind: 'req', id: 7, name: 'device.snapshot', payload: {} }));
      const answer = (await raw.next((m) => (m as { id?: number }).id === 7)) as {
        kind: string;
        payload: { screen: { id: string } };
      };
      expect(answer.kind).toBe('res');
      expect(answer.payload.screen.id).toBeTruthy();
    } finally {
      raw.ws.close();
    }
  });

  it('closes a connection that sends an oversized message (1009), and serves others on', async () => {
    const raw = await openRawSocket(wsUrl);
    raw.send('x'.repeat(65 * 1024));
    expect(await raw.closed()).toBe(1009);

    const client = createNodeWsClient(wsUrl);
    try {
      expect((await client.invoke('device.snapshot', {})).screen.id).toBeTruthy();
    } finally {
      client.close();
    }
  });

  it('shows every connected client the same device', async () => {
    const a = createNodeWsClient(wsUrl);
    const b = createNodeWsClient(wsUrl);
    try {
      await b.invoke('device.snapshot', {});
      const seenByB = record(b, 'snapshot');
      await a.invoke('clock.advance', { ms: 5_000 });
      // b's own request round-trips after a's events were broadcast, so they are in by then.
      const { nowMs } = await b.invoke('device.snapshot', {});
      expect(nowMs).toBe(5_000);
      expect(seenByB.at(-1)?.nowMs).toBe(5_000);
    } finally {
      a.close();
      b.close();
    }
  });

  it('refuses a foreign Host header with 403 (DNS rebinding)', async () => {
    expect((await httpGet(host.port, '/', { Host: `evil.example:${host.port}` })).status).toBe(403);
    expect((await httpGet(host.port, '/', { Host: `127.0.0.1:${host.port + 1}` })).status).toBe(403);
    expect(await upgradeStatus(wsUrl, { headers: { Host: `evil.example:${host.port}` } })).toBe(403);
    expect((await httpGet(host.port, '/', { Host: `localhost:${host.port}` })).status).toBe(200);
  });

  it('refuses a WebSocket upgrade from a foreign Origin with 403 (CSRF)', async () => {
    expect(await upgradeStatus(wsUrl, { origin: 'http://evil.example' })).toBe(403);
    expect(await upgradeStatus(wsUrl, { origin: `http://localhost:${host.port}` })).toBe(403);
    expect(await upgradeStatus(wsUrl, { origin: `http://127.0.0.1:${host.port}` })).toBe(101);
    // Non-browser clients send no Origin at all.
    expect(await upgradeStatus(wsUrl)).toBe(101);
  });

  it('refuses upgrades on any path but /ws', async () => {
    expect(await upgradeStatus(`ws://127.0.0.1:${host.port}/other`)).toBe(404);
  });

  it('serves the renderer with content types and the CSP, and nothing else', async () => {
    const index = await httpGet(host.port, '/');
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.headers['content-security-policy']).toContain("default-src 'self'");
    expect(index.headers['content-security-policy']).toContain("connect-src 'self' ws://127.0.0.1:* ws://localhost:*");
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    expect(index.body).toContain('OOBE Simulator');

    expect((await httpGet(host.port, '/assets/app.js')).headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await httpGet(host.port, '/assets/style.css')).headers['content-type']).toBe('text/css; charset=utf-8');
    expect((await httpGet(host.port, '/missing.js')).status).toBe(404);
    expect((await httpGet(host.port, '/assets')).status).toBe(404);
  });

  it('never serves a file outside the static directory', async () => {
    for (const path of [
      '/../secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/%00',
    ]) {
      const response = await httpGet(host.port, path);
      expect(response.status, path).toBe(404);
      expect(response.body).not.toContain('secret');
    }
  });
});
