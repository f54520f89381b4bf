import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { startWebHost, type WebHost } from '../../electron/host/web-host';
import { diskScenarioLibrary } from '../../electron/scenarios/disk-library';
import { DEFAULT_DEVICE_SETUP } from '../../shared/default-device';

/**
 * A web host for the describe block that calls it: the default device, the built-in scenarios, and a
 * scratch folder holding only `indexHtml` as the renderer. The getter is read inside the tests.
 */
export function scratchWebHost(indexHtml: string): () => WebHost {
  let host: WebHost | undefined;
  let scratch = '';
  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'oobe-sim-host-'));
    await writeFile(join(scratch, 'index.html'), indexHtml);
    host = await startWebHost({
      port: 0,
      staticDir: scratch,
      setup: DEFAULT_DEVICE_SETUP,
      scenarios: diskScenarioLibrary(),
    });
  });
  afterAll(async () => {
    await host?.close();
    await rm(scratch, { recursive: true, force: true });
  });
  return () => {
    if (!host) throw new Error('the scratch web host is not started yet (read it inside a test)');
    return host;
  };
}
