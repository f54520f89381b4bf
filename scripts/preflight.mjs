// `npm test`'s first step and the e2e step's guard: one line, then exit 1, when this machine
// cannot run them, instead of a stack trace minutes later.
//
//   node scripts/preflight.mjs            Node version (package.json "engines")
//   node scripts/preflight.mjs --browser  Node version and a Chromium for Playwright
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NO_BROWSER_HINT, locateBrowser } from './find-browser.mjs';

/** "20.19.0" -> [20, 19, 0] */
const parts = (version) => version.split('.').map((n) => Number.parseInt(n, 10) || 0);

/** True when `have` is at least `need` (both dotted versions). */
export function atLeast(have, need) {
  const [a, b] = [parts(have), parts(need)];
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
}

/** The problem with this Node, or null. `engines` is package.json's ">=x.y.z". */
export function nodeProblem(have, engines) {
  const need = /^>=\s*([\d.]+)$/.exec(engines ?? '')?.[1];
  if (!need || atLeast(have, need)) return null;
  return `Node ${have} is too old: this project needs Node ${need} or newer (package.json "engines"); install it from https://nodejs.org or with nvm`;
}

/** The problem with the browser, or null. */
export function browserProblem(options) {
  const found = locateBrowser(options);
  if (found === null) return NO_BROWSER_HINT;
  if (found.path === null)
    return `CHROMIUM_PATH: no browser at "${found.missing}" (unset it, or point it at Chromium or Chrome)`;
  return null;
}

// Run as a script (not imported by a test).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  const problems = [nodeProblem(process.versions.node, pkg.engines?.node)];
  if (process.argv.includes('--browser')) problems.push(browserProblem());
  const first = problems.find((p) => p !== null);
  if (first) {
    console.error(`npm test: ${first}`);
    process.exit(1);
  }
}
