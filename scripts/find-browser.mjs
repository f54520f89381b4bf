// Where a Chromium-family browser is on this machine. One module for every caller: the e2e
// preflight (scripts/preflight.mjs), playwright.config.ts and `oobe-sim record` (electron/cli/record).
// Plain JavaScript so `npm test` can run it before anything is built or transpiled.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join } from 'node:path';

/** Fixed install locations, tried after CHROMIUM_PATH and Playwright's own browsers. */
export const SYSTEM_LOCATIONS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
];

/** Command names looked up on PATH when no fixed location has a browser. */
export const PATH_COMMANDS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

/** The one line printed when no browser exists. */
export const NO_BROWSER_HINT =
  'no Chromium found: install one (Debian/Ubuntu: sudo apt-get install chromium; or npx playwright install chromium), or set CHROMIUM_PATH';

/** Playwright's downloaded Chromium (~/.cache/ms-playwright or PLAYWRIGHT_BROWSERS_PATH), whether or not present. */
function playwrightChromium() {
  try {
    const require = createRequire(import.meta.url);
    /** @type {{ chromium: { executablePath(): string } }} */
    const playwright = require('playwright-core');
    return playwright.chromium.executablePath();
  } catch {
    return undefined;
  }
}

/**
 * The browser to drive, or null when none exists. `source` says which rule found it, so an
 * error can name where a bad path came from. CHROMIUM_PATH, when set, is the only candidate:
 * a wrong value is an error rather than silently another browser.
 *
 * @param {{ env?: NodeJS.ProcessEnv, exists?: (path: string) => boolean, playwrightPath?: string | undefined | null, platform?: NodeJS.Platform }} [options]
 * @returns {{ path: string, source: 'CHROMIUM_PATH' | 'playwright' | 'system' | 'PATH' } | { path: null, source: 'CHROMIUM_PATH', missing: string } | null}
 */
export function locateBrowser(options = {}) {
  const env = options.env ?? process.env;
  const exists = options.exists ?? existsSync;
  const platform = options.platform ?? process.platform;
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv)
    return exists(fromEnv)
      ? { path: fromEnv, source: 'CHROMIUM_PATH' }
      : { path: null, source: 'CHROMIUM_PATH', missing: fromEnv };
  const bundled = options.playwrightPath === undefined ? playwrightChromium() : options.playwrightPath;
  if (bundled && exists(bundled)) return { path: bundled, source: 'playwright' };
  const fixed = SYSTEM_LOCATIONS.find((path) => exists(path));
  if (fixed) return { path: fixed, source: 'system' };
  const suffixes = platform === 'win32' ? ['.exe'] : [''];
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of PATH_COMMANDS) {
      for (const suffix of suffixes) {
        const candidate = join(dir, name + suffix);
        if (exists(candidate)) return { path: candidate, source: 'PATH' };
      }
    }
  }
  return null;
}

/** The browser's path, or throws one line saying what is wrong and how to fix it. */
export function requireBrowser(options = {}) {
  const found = locateBrowser(options);
  if (found === null) throw new Error(NO_BROWSER_HINT);
  if (found.path === null) throw new Error(`CHROMIUM_PATH: no browser at "${found.missing}"`);
  return found.path;
}
