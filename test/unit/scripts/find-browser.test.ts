import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { NO_BROWSER_HINT, locateBrowser, requireBrowser } from '../../../scripts/find-browser.mjs';
import { browserProblem, nodeProblem } from '../../../scripts/preflight.mjs';

/** A machine where only `present` exist. */
const only =
  (...present: string[]) =>
  (path: string) =>
    present.includes(path);

describe('the browser lookup shared by npm test, playwright.config.ts and oobe-sim record', () => {
  it('takes CHROMIUM_PATH first, and a wrong CHROMIUM_PATH is named rather than replaced', () => {
    const exists = only('/opt/my-chrome', '/usr/bin/chromium');
    expect(locateBrowser({ env: { CHROMIUM_PATH: '/opt/my-chrome' }, exists, playwrightPath: null })).toEqual({
      path: '/opt/my-chrome',
      source: 'CHROMIUM_PATH',
    });
    expect(() => requireBrowser({ env: { CHROMIUM_PATH: '/nope' }, exists, playwrightPath: null })).toThrow(
      'CHROMIUM_PATH: no browser at "/nope"',
    );
  });

  it("then Playwright's own browser, then /usr/bin/chromium", () => {
    const pw = '/home/u/.cache/ms-playwright/chromium-1/chrome-linux64/chrome';
    expect(locateBrowser({ env: {}, exists: only(pw, '/usr/bin/chromium'), playwrightPath: pw })?.path).toBe(pw);
    expect(locateBrowser({ env: {}, exists: only('/usr/bin/chromium'), playwrightPath: pw })).toEqual({
      path: '/usr/bin/chromium',
      source: 'system',
    });
  });

  it('then chromium-browser / google-chrome on PATH', () => {
    const bin = join('/home/u/bin', 'google-chrome');
    const env = { PATH: ['/nothing', '/home/u/bin'].join(process.platform === 'win32' ? ';' : ':') };
    expect(locateBrowser({ env, exists: only(bin), playwrightPath: null, platform: 'linux' })).toEqual({
      path: bin,
      source: 'PATH',
    });
  });

  it('finds nothing on an empty machine, and says how to install one in one line', () => {
    expect(locateBrowser({ env: { PATH: '/usr/bin' }, exists: only(), playwrightPath: null })).toBeNull();
    expect(browserProblem({ env: {}, exists: only(), playwrightPath: null })).toBe(NO_BROWSER_HINT);
    expect(NO_BROWSER_HINT).toMatch(/apt-get install chromium/);
    expect(NO_BROWSER_HINT).not.toContain('\n');
  });
});

describe('the Node version check', () => {
  it('passes a new enough Node and names the needed version otherwise', () => {
    expect(nodeProblem('20.19.0', '>=20.19.0')).toBeNull();
    expect(nodeProblem('22.1.0', '>=20.19.0')).toBeNull();
    expect(nodeProblem('20.18.9', '>=20.19.0')).toMatch(
      /^Node 20\.18\.9 is too old: this project needs Node 20\.19\.0/,
    );
    expect(nodeProblem('18.0.0', '>=20.19.0')).not.toContain('\n');
  });
});
