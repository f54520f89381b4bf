import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleIsFresh } from '../../scripts/fresh-build.mjs';
import { ROOT } from '../../scripts/run-vite-build.mjs';

const node = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });

describe('the CLI as built JavaScript (npm run build:node)', () => {
  // The test build is the test's own: a checkout is left with the dist/ it had.
  afterAll(() => {
    for (const dir of ['dist/test-cli', 'dist/test-host']) rmSync(join(ROOT, dir), { recursive: true, force: true });
  });

  it('builds, and the bundle gives the same answers as the sources', () => {
    // Built into dist/test-cli (same depth as dist/cli), so CLI tests running meanwhile keep dist/cli.
    const vite = resolve(ROOT, 'node_modules/vite/bin/vite.js');
    const build = node([vite, 'build', '--config', 'vite.node.config.ts', '--logLevel', 'error'], {
      OOBE_SIM_NODE_PREFIX: 'test-',
    });
    expect(build.status, build.stderr).toBe(0);
    expect(bundleIsFresh(ROOT, 'dist/test-cli', 'oobe-sim.mjs')).toBe(true);
    expect(bundleIsFresh(ROOT, 'dist/test-host', 'web-host.mjs')).toBe(true);

    // What bin/oobe-sim.mjs does with a fresh bundle, pointed at the test build.
    const viaBundle = (...args: string[]) =>
      node([
        '--input-type=module',
        '-e',
        `const { main } = await import('./dist/test-cli/oobe-sim.mjs'); process.exitCode = await main(${JSON.stringify(args)});`,
      ]);
    const built = viaBundle('run', 'user-driven-entra', '--json');
    const source = node(['bin/oobe-sim.mjs', 'run', 'user-driven-entra', '--json'], { OOBE_SIM_FROM_SOURCE: '1' });
    expect(built.status, built.stderr).toBe(0);
    expect(built.stdout).toBe(source.stdout);
    const bad = viaBundle('frobnicate');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('oobe-sim: unknown command "frobnicate" (try "oobe-sim --help")\n');
  }, 60_000);
});

describe('bundleIsFresh: a dev checkout never runs a stale build', () => {
  function checkout(withSources: boolean) {
    const root = mkdtempSync(join(tmpdir(), 'oobe-fresh-'));
    mkdirSync(join(root, 'dist/cli'), { recursive: true });
    writeFileSync(join(root, 'dist/cli/sources.json'), JSON.stringify(['electron/cli/main.ts']));
    writeFileSync(join(root, 'dist/cli/oobe-sim.mjs'), '');
    if (withSources) {
      mkdirSync(join(root, 'electron/cli'), { recursive: true });
      writeFileSync(join(root, 'electron/cli/main.ts'), '');
      utimesSync(join(root, 'electron/cli/main.ts'), 1_000, 1_000);
    }
    return root;
  }

  it('takes the bundle when the sources are older, or absent (an installed package)', () => {
    expect(bundleIsFresh(checkout(true), 'dist/cli', 'oobe-sim.mjs')).toBe(true);
    expect(bundleIsFresh(checkout(false), 'dist/cli', 'oobe-sim.mjs')).toBe(true);
  });

  it('runs the sources when one changed after the build, or there is no build', () => {
    const root = checkout(true);
    utimesSync(join(root, 'electron/cli/main.ts'), 4_000_000_000, 4_000_000_000);
    expect(bundleIsFresh(root, 'dist/cli', 'oobe-sim.mjs')).toBe(false);
    expect(bundleIsFresh(root, 'dist/host', 'web-host.mjs')).toBe(false);
  });
});
