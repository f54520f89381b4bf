import { existsSync } from 'node:fs';
import { requireBrowser } from '../../../scripts/find-browser.mjs';
import { CliError } from '../cli-error';

/**
 * The Chromium to drive: `--browser PATH`, else the lookup `npm test` uses too
 * (scripts/find-browser.mjs: CHROMIUM_PATH, Playwright's own browsers, system locations, PATH).
 * A path given explicitly must exist; nothing found is one clear line, not a Playwright stack.
 */
export function findBrowser(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (flag !== undefined) {
    if (!existsSync(flag)) throw new CliError(`--browser: no browser at "${flag}"`);
    return flag;
  }
  try {
    return requireBrowser({ env });
  } catch (error) {
    throw new CliError(`${(error as Error).message}, or pass --browser PATH`);
  }
}
