/**
 * Screenshots of every screen, for people reviewing the look (not part of the tests):
 * `node --import tsx scripts/screenshots.ts [outDir]` after `npm run build:renderer`.
 * Each built-in scenario runs in the web host; a PNG is taken the first time each screen shows.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startWebHost } from '../electron/host/web-host';
import { runScenario } from '../electron/core/scenario/runner';
import { loadBuiltins, loadScenarioRef } from '../electron/scenarios/library';
import { requireBrowser } from './find-browser.mjs';

const outDir = resolve(process.argv[2] ?? 'screenshots');
mkdirSync(outDir, { recursive: true });
const host = await startWebHost({ port: 0, staticDir: resolve('dist/renderer') });
const browser = await chromium.launch({
  executablePath: requireBrowser(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
await page.emulateMedia({ reducedMotion: 'reduce' });
await page.goto(host.url);
const seen = new Set<string>();
const wanted = process.argv.slice(3);
for (const { id } of loadBuiltins().summaries.filter((s) => wanted.length === 0 || wanted.includes(s.id))) {
  const loaded = loadScenarioRef(id);
  if (!loaded.ok) continue;
  const { result } = runScenario(loaded.scenario);
  for (const screen of result.screens) {
    if (seen.has(screen.id)) continue;
    seen.add(screen.id);
    // A fresh run stopped at this screen, shown in the browser as the session's device.
    const { device } = runScenario(loaded.scenario, { until: screen.id });
    host.session.replaceDevice(device);
    await page
      .locator(`[data-screen="${screen.id}"]`)
      .waitFor({ timeout: 5000 })
      .catch(() => undefined);
    await page.waitForTimeout(200);
    await page.screenshot({ path: `${outDir}/${String(seen.size).padStart(2, '0')}-${screen.id}-${id}.png` });
  }
}
await browser.close();
await host.close();
console.log(`screenshots in ${outDir}: ${[...seen].join(', ')}`);
