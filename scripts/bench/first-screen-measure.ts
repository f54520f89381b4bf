// Child of scripts/bench/speed.mjs: the first [data-screen] through the web host against a bare
// Vite + React 19 page built here from the project's own react, react-dom and vite, served by the
// same host and measured the same way in the same run; plus what the renderer's first load costs on
// the wire (JS bytes as sent, and the encoding and caching headers).
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import react from '@vitejs/plugin-react';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import { startWebHost } from '../../electron/host/web-host';
import { DEFAULT_DEVICE_SETUP } from '../../shared/default-device';
import { median, progress, report } from '../bench-stats';
import { requireBrowser } from '../find-browser.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const APP_DIR = resolve(ROOT, 'dist/renderer');
const BARE_SRC = resolve(ROOT, 'dist/bench-bare-src');
const BARE_DIR = resolve(ROOT, 'dist/bench-bare');
// Cold starts on a 2-core machine vary by ±15 % one to the next; the median of 9 each (the two pages
// alternately) holds the ratio to about ±0.05 from run to run, where 5 moved it by ±0.15.
const SAMPLES = 9;

/** The floor: one React 19 root rendering one element that carries data-screen. */
async function buildBarePage(): Promise<void> {
  mkdirSync(BARE_SRC, { recursive: true });
  writeFileSync(
    resolve(BARE_SRC, 'index.html'),
    '<!doctype html><html><head><meta charset="utf-8"><title>bare</title></head><body><div id="root"></div><script type="module" src="./main.jsx"></script></body></html>\n',
  );
  writeFileSync(
    resolve(BARE_SRC, 'main.jsx'),
    "import { createRoot } from 'react-dom/client';\ncreateRoot(document.getElementById('root')).render(<div data-screen=\"bare\">bare</div>);\n",
  );
  await build({
    root: BARE_SRC,
    base: './',
    configFile: false,
    logLevel: 'silent',
    plugins: [react()],
    build: { outDir: BARE_DIR, emptyOutDir: true, target: 'chrome120' },
  });
}

interface Sample {
  firstScreenMs: number;
  jsBytes: number;
  jsEncodings: string[];
  jsCaching: string[];
  /** The JS fetched before the first [data-screen] showed, gzipped (level 9): the figure the target speaks of. */
  jsGzipBytes: number;
  /** Also the lazy chunks fetched after it, until the network went quiet (gzip -9). */
  jsGzipAllBytes: number;
}

interface FirstScreenWindow extends Window {
  firstScreenAt?: number;
}

/**
 * Runs in the page before its own scripts: notes (as epoch milliseconds) the first animation frame in
 * which a [data-screen] has a box and is not hidden, the frame that paints it (Playwright's test of
 * "visible"). Playwright's own waiting is only the signal to read it: it looks again after 20, 50, 100
 * and 100 ms, which would add up to 100 ms to whichever page is not ready at its first look.
 * A string, not a function: tsx would wrap a function with helpers the page does not have.
 */
const NOTE_FIRST_VISIBLE_SCREEN = `(() => {
  const look = () => {
    const screen = document.querySelector('[data-screen]');
    const box = screen && screen.getBoundingClientRect();
    if (box && box.width > 0 && box.height > 0 && getComputedStyle(screen).visibility !== 'hidden') {
      window.firstScreenAt = performance.timeOrigin + performance.now();
      return;
    }
    requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
})();`;

/** One cold start: a fresh host and an empty browser cache; time to the first visible [data-screen]. */
async function sample(browser: Browser, staticDir: string): Promise<Sample> {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  const js: Promise<{ bytes: number; encoding: string; caching: string; path: string }>[] = [];
  page.on('response', (response) => {
    if (!response.url().endsWith('.js')) return;
    js.push(
      (async () => {
        const sizes = await response.request().sizes();
        const headers = response.headers();
        return {
          bytes: sizes.responseBodySize,
          encoding: headers['content-encoding'] ?? 'identity',
          caching: headers['cache-control'] ?? '',
          path: new URL(response.url()).pathname,
        };
      })(),
    );
  });
  await page.addInitScript(NOTE_FIRST_VISIBLE_SCREEN);
  const start = performance.timeOrigin + performance.now();
  const host = await startWebHost({ port: 0, staticDir, setup: DEFAULT_DEVICE_SETUP });
  try {
    await page.goto(host.url);
    await page.locator('[data-screen]').first().waitFor({ state: 'visible', timeout: 30_000 });
    const { firstScreenAt, requestedBefore } = await page.evaluate(() => {
      const at = (window as FirstScreenWindow).firstScreenAt!;
      // The page's own clock says which scripts were asked for before the screen showed: Playwright's
      // look comes up to 100 ms later, when lazy chunks asked for after the first paint may be in.
      const requested = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((entry) => performance.timeOrigin + entry.startTime <= at)
        .map((entry) => new URL(entry.name).pathname);
      return { firstScreenAt: at, requestedBefore: requested };
    });
    const firstScreenMs = firstScreenAt - start;
    await page.waitForLoadState('networkidle');
    const responses = await Promise.all(js);
    const gzipped = (list: typeof responses) =>
      list.reduce((sum, r) => sum + gzipSync(readFileSync(resolve(staticDir, `.${r.path}`)), { level: 9 }).length, 0);
    const first = responses.filter((r) => requestedBefore.includes(r.path));
    return {
      firstScreenMs,
      jsBytes: first.reduce((sum, r) => sum + r.bytes, 0),
      // Files under 1 KB go out as they are (compressed-assets.ts): a header costs more than it saves.
      jsEncodings: [
        ...new Set(
          responses.filter((r) => statSync(resolve(staticDir, `.${r.path}`)).size >= 1024).map((r) => r.encoding),
        ),
      ],
      jsCaching: [...new Set(responses.map((r) => r.caching))],
      jsGzipBytes: gzipped(first),
      jsGzipAllBytes: gzipped(responses),
    };
  } finally {
    await context.close();
    await host.close();
  }
}

progress('building the bare Vite + React 19 page (the anchor)');
await buildBarePage();
const browser = await chromium.launch({
  executablePath: requireBrowser(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  progress(`first [data-screen]: the renderer and the bare page alternately, ${SAMPLES} each (plus a warm-up)`);
  await sample(browser, APP_DIR);
  await sample(browser, BARE_DIR);
  const app: Sample[] = [];
  const bare: Sample[] = [];
  for (let i = 0; i < SAMPLES; i += 1) {
    app.push(await sample(browser, APP_DIR));
    bare.push(await sample(browser, BARE_DIR));
  }
  report({
    appMs: median(app.map((s) => s.firstScreenMs)),
    bareMs: median(bare.map((s) => s.firstScreenMs)),
    appJsBytes: app[0]!.jsBytes,
    appJsGzipBytes: app[0]!.jsGzipBytes,
    appJsGzipAllBytes: app[0]!.jsGzipAllBytes,
    bareJsBytes: bare[0]!.jsBytes,
    jsEncodings: app[0]!.jsEncodings,
    jsCaching: app[0]!.jsCaching,
    samples: SAMPLES,
  });
} finally {
  await browser.close();
}
