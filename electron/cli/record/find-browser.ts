import { existsSync } from 'node:fs';
import { CliError } from '../cli-error';

/** Where Chromium-family browsers usually live, in the order tried. */
const SYSTEM_LOCATIONS = [
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

/**
 * The Chromium to drive: `--browser PATH`, else `CHROMIUM_PATH`, else the usual system locations.
 * A path given explicitly must exist; nothing found is one clear line, not a Playwright stack.
 */
export function findBrowser(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (flag !== undefined) {
    if (!existsSync(flag)) throw new CliError(`--browser: no browser at "${flag}"`);
    return flag;
  }
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new CliError(`CHROMIUM_PATH: no browser at "${fromEnv}"`);
    return fromEnv;
  }
  const found = SYSTEM_LOCATIONS.find((path) => existsSync(path));
  if (!found)
    throw new CliError('no Chromium found: install Chromium or Chrome, or pass --browser PATH (or set CHROMIUM_PATH)');
  return found;
}
