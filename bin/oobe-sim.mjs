#!/usr/bin/env node
// The oobe-sim command. After `npm run build` it runs the bundled JavaScript (dist/cli/oobe-sim.mjs,
// vite.node.config.ts), which starts in about the time of a bare `node`. Without a build, or when a
// source file changed since the last build (a dev checkout), it runs the TypeScript through tsx,
// so it still works right after `npm install` with no build step and no install script.
import { fileURLToPath } from 'node:url';
import { bundleIsFresh } from '../scripts/fresh-build.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = process.env.OOBE_SIM_FROM_SOURCE !== '1' && bundleIsFresh(root, 'dist/cli', 'oobe-sim.mjs');
let main;
if (built) ({ main } = await import('../dist/cli/oobe-sim.mjs'));
else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../electron/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
