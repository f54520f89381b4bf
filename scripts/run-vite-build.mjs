// Shared by start-electron.mjs and web.mjs: one quiet `vite build`, reporting failure as one line.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';

/** The repository root (scripts/..). */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));

const require = createRequire(import.meta.url);
const VITE_BIN = join(dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');

/**
 * Runs `vite build --config <config>` with its output captured, so a good build stays quiet.
 * Returns null on success, else the first line of Vite's complaint.
 */
export function viteBuild(config) {
  const result = spawnSync(process.execPath, [VITE_BIN, 'build', '--config', config, '--logLevel', 'error'], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (result.error) return result.error.message;
  if (result.status === 0) return null;
  // Strip colours and pick the first line that says something.
  const text = stripVTControlCharacters(`${result.stderr}\n${result.stdout}`);
  const line = text
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l && !/^error during build:?$/i.test(l) && !l.startsWith('npm warn'));
  return line ?? `exit code ${result.status}`;
}
