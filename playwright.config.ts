import { defineConfig } from '@playwright/test';
import { locateBrowser } from './scripts/find-browser.mjs';

/**
 * Browser end-to-end tests: an installed Chromium (found by scripts/find-browser.mjs, the same
 * lookup `npm test` checks first) against the web host, which each test starts on a free loopback
 * port (see test/e2e/fixtures.ts).
 */
const browser = locateBrowser();

export default defineConfig({
  testDir: 'test/e2e',
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    browserName: 'chromium',
    viewport: { width: 1440, height: 900 },
    reducedMotion: 'reduce',
    launchOptions: {
      executablePath: browser?.path ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    },
  },
});
