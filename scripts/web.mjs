// `npm run web [-- --port N]`: builds the renderer, then serves it and the device on 127.0.0.1.
// `--no-build` skips the build (for tests that already built it); every other argument goes to
// electron/host/main.ts.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { bundleIsFresh } from './fresh-build.mjs';
import { ROOT, viteBuild } from './run-vite-build.mjs';

const args = process.argv.slice(2);
const skipBuild = args.includes('--no-build');
const hostArgs = args.filter((arg) => arg !== '--no-build');
const hasBuild = existsSync(join(ROOT, 'dist', 'renderer', 'index.html'));

if (!skipBuild && !hostArgs.includes('--help') && !hostArgs.includes('-h')) {
  const failure = viteBuild('vite.renderer.config.ts');
  if (failure && !hasBuild) {
    console.error(`npm run web: the renderer did not build (${failure}); run "npm run build:renderer" for details.`);
    process.exit(1);
  }
  if (failure) console.error(`npm run web: the renderer did not build (${failure}); serving the previous build.`);
}

// The built host (npm run build, vite.node.config.ts) when it is up to date with its sources, else
// the TypeScript through tsx.
const entry = bundleIsFresh(ROOT, 'dist/host', 'web-host.mjs')
  ? [join('dist', 'host', 'web-host.mjs')]
  : ['--import', 'tsx', join('electron', 'host', 'main.ts')];
const child = spawn(process.execPath, [...entry, ...hostArgs], {
  cwd: ROOT,
  stdio: 'inherit',
});
// Ctrl+C reaches the host too (same process group); wait for it to close rather than die first.
process.on('SIGINT', () => undefined);
process.on('SIGTERM', () => child.kill('SIGTERM'));
child.on('error', (error) => {
  console.error(`npm run web: could not start the web host (${error.message}).`);
  process.exit(1);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal === 'SIGINT' ? 130 : 143)));
