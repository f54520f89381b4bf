import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../electron/host/web-host';

/** Whether a TCP connection to host:port is accepted. */
function reachable(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 2_000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/** This machine's addresses other than loopback (the network a colleague or an attacker would use). */
const otherAddresses = Object.values(networkInterfaces())
  .flat()
  .filter((a) => a !== undefined && !a.internal)
  .map((a) => a!.address);

describe('the web host listens on 127.0.0.1 only (a real host start)', () => {
  let host: WebHost;
  let scratch: string;
  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'oobe-sim-bind-'));
    await writeFile(join(scratch, 'index.html'), '<!doctype html>');
    host = await startWebHost({ port: 0, staticDir: scratch });
  });
  afterAll(async () => {
    await host.close();
    await rm(scratch, { recursive: true, force: true });
  });

  it('accepts 127.0.0.1 and nothing else: not ::1, not 0.0.0.0, not this machine’s network addresses', async () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/`);
    expect(await reachable('127.0.0.1', host.port)).toBe(true);
    for (const address of ['::1', ...otherAddresses]) {
      expect(await reachable(address, host.port), address).toBe(false);
    }
  });
});
