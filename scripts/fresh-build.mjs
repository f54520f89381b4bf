// Whether a bundle in dist/ (vite.node.config.ts) may run in place of its TypeScript sources.
// Shared by bin/oobe-sim.mjs and scripts/web.mjs. Plain JavaScript and built-ins only: it runs
// before anything else is loaded, so it must be cheap (one stat per source file, about 1 ms).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * True when `dir` (e.g. dist/cli) holds `entry` and every source file it was built from is
 * no newer than it. A checkout without the sources (an installed package) always takes the bundle;
 * a dev checkout whose sources changed since `npm run build` runs the sources instead.
 */
export function bundleIsFresh(root, dir, entry) {
  const bundle = join(root, dir, entry);
  if (!existsSync(bundle)) return false;
  let sources;
  try {
    sources = JSON.parse(readFileSync(join(root, dir, 'sources.json'), 'utf8'));
  } catch {
    return false;
  }
  if (!existsSync(join(root, 'electron'))) return true;
  const built = statSync(bundle).mtimeMs;
  for (const source of sources) {
    const stat = statSync(join(root, source), { throwIfNoEntry: false });
    if (!stat || stat.mtimeMs > built) return false;
  }
  return true;
}
