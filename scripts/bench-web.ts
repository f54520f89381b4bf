// The browser half of `npm run bench` (see scripts/bench.mjs): from starting the web host to the
// first OOBE frame in Chromium. Needs a renderer build in dist/renderer and a Chromium (scripts/find-browser.mjs).
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { startWebHost } from '../electron/host/web-host';
import { DEFAULT_DEVICE_SETUP } from '../shared/default-device';
import { median, progress, report } from './bench-stats';
import { requireBrowser } from './find-browser.mjs';

const SAMPLES = 5;
const STATIC_DIR = resolve(import.meta.dirname, '../dist/renderer');
const executablePath = requireBrowser();

const launchStart = performance.now();
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const launchMs = performance.now() - launchStart;

/** One cold start: a new host (and device) and a fresh browser context with an empty cache. */
async function sample(): Promise<{ hostMs: number; firstFrameMs: number; screen: string | null }> {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  const start = performance.now();
  const host = await startWebHost({ port: 0, staticDir: STATIC_DIR, setup: DEFAULT_DEVICE_SETUP });
  const hostMs = performance.now() - start;
  try {
    await page.goto(host.url);
    const screen = page.locator('[data-screen]').first();
    await screen.waitFor({ state: 'visible', timeout: 30_000 });
    const firstFrameMs = performance.now() - start;
    return { hostMs, firstFrameMs, screen: await screen.getAttribute('data-screen') };
  } finally {
    await context.close();
    await host.close();
  }
}

try {
  progress(`web host → first [data-screen] frame in Chromium, ${SAMPLES} samples (plus one warm-up)`);
  await sample();
  const samples = [];
  for (let i = 0; i < SAMPLES; i += 1) samples.push(await sample());
  report({
    browserLaunchMs: launchMs,
    hostStartMs: median(samples.map((s) => s.hostMs)),
    firstFrameMs: median(samples.map((s) => s.firstFrameMs)),
    screen: samples[0]?.screen ?? null,
    samples: SAMPLES,
  });
} finally {
  await browser.close();
}
