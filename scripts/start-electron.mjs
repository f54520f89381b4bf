// `npm start`: builds the renderer and Electron's main/preload, then runs the desktop app.
// Electron 45 needs Node 22.12+ and downloads its binary on first launch; on anything less this
// says so in one line and points at the browser version instead.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ROOT, viteBuild } from './run-vite-build.mjs';

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `npm start needs Node 22.12 or newer to fetch and run Electron (this is Node ${process.versions.node}); use "npm run web" for the browser version.`,
  );
  process.exit(1);
}

for (const config of ['vite.renderer.config.ts', 'vite.electron.config.ts']) {
  const failure = viteBuild(config);
  if (failure) {
    console.error(`npm start: ${config} did not build (${failure}); run "npm run build" for details.`);
    process.exit(1);
  }
}

// require('electron') resolves the binary and downloads it when missing. It runs in a child with
// its output captured, so an offline machine gets one line here rather than a download stack trace.
if (!electronBinaryPresent()) console.log('Fetching the Electron binary (first launch only; this can take a minute)…');
// The downloader writes progress to the same stdout, so the path comes after a marker.
const MARKER = '@@electron-path@@';
const probe = spawnSync(process.execPath, ['-e', `process.stdout.write('${MARKER}' + require('electron'))`], {
  cwd: ROOT,
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'pipe'],
});
const electronPath = probe.status === 0 ? (probe.stdout.split(MARKER).pop() ?? '').trim() : '';
if (!electronPath) {
  console.error(
    'npm start: the Electron binary could not be downloaded (offline or blocked); use "npm run web" for the browser version.',
  );
  process.exit(1);
}

const env = { ...process.env };
// Set in some shells and CI images; it would turn the app into a plain Node process.
delete env.ELECTRON_RUN_AS_NODE;
const child = spawn(electronPath, ['.', ...process.argv.slice(2)], { cwd: ROOT, stdio: 'inherit', env });
process.on('SIGINT', () => undefined);
process.on('SIGTERM', () => child.kill('SIGTERM'));
child.on('error', (error) => {
  console.error(`npm start: Electron could not be started (${error.message}).`);
  process.exit(1);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal === 'SIGINT' ? 130 : 143)));

/** Whether electron's package already holds its binary (it records the path in path.txt). */
function electronBinaryPresent() {
  try {
    const dir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    return existsSync(join(dir, 'dist', readFileSync(join(dir, 'path.txt'), 'utf8')));
  } catch {
    return false;
  }
}
