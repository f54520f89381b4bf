// Child of scripts/bench/speed.mjs: frame pacing of OOBE screen transitions and the ESP page in
// headless Chromium without a GPU (--disable-gpu: software compositing, as on a training VM).
// Frames are sampled with requestAnimationFrame in the page; a dropped frame is an interval longer
// than 1.5 refresh periods. The anchor is the same browser drawing an empty page in the same run.
import { resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { runScenario } from '../../electron/core/scenario/runner';
import { startWebHost } from '../../electron/host/web-host';
import { loadScenarioRef } from '../../electron/scenarios/library';
import { progress, report } from '../bench-stats';
import { requireBrowser } from '../find-browser.mjs';

const STATIC_DIR = resolve(import.meta.dirname, '../../dist/renderer');
const SAMPLE_MS = 2_500;

interface Pacing {
  frames: number;
  medianMs: number;
  p95Ms: number;
  droppedPct: number;
}

/** Starts rAF sampling in the page; the returned function stops it and summarises the intervals. */
async function sampleFrames(page: Page, during: () => Promise<void>): Promise<Pacing> {
  // A string, not a function: tsx would wrap a function's inner arrows in a helper the page lacks.
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__sampling = true;
    let last = performance.now();
    const tick = (now) => {
      window.__frames.push(now - last);
      last = now;
      if (window.__sampling) requestAnimationFrame(tick);
    };
    requestAnimationFrame((now) => {
      last = now;
      requestAnimationFrame(tick);
    });
  })()`);
  await during();
  const frames = await page.evaluate<number[]>('window.__sampling = false, window.__frames');
  const sorted = [...frames].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const dropped = frames.filter((f) => f > 16.7 * 1.5).length;
  return { frames: frames.length, medianMs: at(0.5), p95Ms: at(0.95), droppedPct: (100 * dropped) / frames.length };
}

const browser = await chromium.launch({
  executablePath: requireBrowser(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const host = await startWebHost({ port: 0, staticDir: STATIC_DIR });
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await page.goto('about:blank');
    progress('fps: empty page (anchor)');
    const blank = await sampleFrames(page, () => page.waitForTimeout(SAMPLE_MS));

    const loaded = loadScenarioRef('user-driven-entra');
    if (!loaded.ok) throw new Error('user-driven-entra does not load');
    const at = (screen: string) => runScenario(loaded.scenario, { until: screen as never }).device;
    const oobeScreens = ['region', 'keyboard', 'second-keyboard', 'network'].map((s) => ({ s, device: at(s) }));
    await page.goto(host.url);
    if (process.env.BENCH_CSS) await page.addStyleTag({ content: process.env.BENCH_CSS });
    await page.locator('[data-screen="boot"], [data-screen]').first().waitFor({ timeout: 30_000 });
    host.session.replaceDevice(oobeScreens[0]!.device);
    await page.locator('[data-screen="region"]').waitFor({ timeout: 30_000 });
    await page.waitForTimeout(500);

    progress('fps: OOBE screen transitions (cross-fades between region, keyboard, network)');
    const transitions = await sampleFrames(page, async () => {
      const end = Date.now() + SAMPLE_MS;
      for (let i = 1; Date.now() < end; i += 1) {
        host.session.replaceDevice(oobeScreens[i % oobeScreens.length]!.device);
        await page.waitForTimeout(300);
      }
    });

    progress('fps: the ESP page');
    host.session.replaceDevice(at('esp'));
    await page.locator('[data-screen="esp"]').waitFor({ timeout: 30_000 });
    await page.waitForTimeout(500);
    const esp = await sampleFrames(page, () => page.waitForTimeout(SAMPLE_MS));
    report({ blank, transitions, esp });
  } finally {
    await host.close();
  }
} finally {
  await browser.close();
}
