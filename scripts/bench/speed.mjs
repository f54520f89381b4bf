// Issue 16's figures for `npm run bench` ("Speed where users feel it"): each measured in child
// processes in this one run, printed with its target and its anchor (what it is compared with,
// measured in the same run where it can be: the machine is shared, so ratios are what compare).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const TARGETS = {
  fpsMedian: 58,
  p95FrameMs: 33,
  firstScreenRatio: 1.5,
  /** How many times sooner than win11React the first screen must show. */
  soonerThanWin11React: 4,
  firstLoadJsGzipKb: 150,
  idleDeviceKb: 40,
  perAppUs: 15,
  /** Per-app cost at 1,000 apps over per-app cost at 100: ≤ this counts as linear. */
  linearRatio: 1.5,
};

/**
 * win11React (an open-source Windows 11 look-alike in React) is not built here: its figure is quoted
 * from issue 16, measured side by side on this machine (filed before 2026-12-05): the renderer then
 * showed its first screen at 4.5× the bare page and 1.85× sooner than win11React, so win11React took
 * 4.5 × 1.85 ≈ 8.3× the bare page.
 */
const WIN11REACT = { bareRatio: 4.5 * 1.85, date: 'issue 16, measured before 2026-12-05' };

/** The old card, for the anchor column: its backdrop-filter put back by an injected style. */
const OLD_CARD_CSS = '.oobe-card{backdrop-filter:blur(30px) saturate(125%)}.oobe-card::before{display:none}';

function child(root, script, env = {}) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join('scripts', 'bench', script)], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 16 * 1024 * 1024,
  });
  const line = result.stdout?.trim().split('\n').at(-1);
  if (result.status !== 0 || !line) {
    console.error(`  scripts/bench/${script} failed (exit ${result.status ?? result.signal})`);
    return null;
  }
  return JSON.parse(line);
}

const fixed = (v, digits = 1) => v.toFixed(digits);
const fps = (frameMs) => (frameMs > 0 ? 1000 / frameMs : 0);
const verdict = (ok) => (ok ? 'met' : 'MISSED');

/**
 * Measures and returns the rows: [figure, measured, target, anchor, verdict].
 * `core` is bench-core.ts's JSON (for the idle-device heap); `web` false skips the browser figures,
 * `headless` false the headless ones (`npm run bench -- --only-speed`).
 */
export function speedRows(root, { core, web, headless = true }) {
  const rows = [];
  if (web) {
    console.log('Issue 16: frame pacing without a GPU, first screen, renderer bytes (Chromium --disable-gpu)');
    const now = child(root, 'fps-measure.ts');
    const old = child(root, 'fps-measure.ts', { BENCH_CSS: OLD_CARD_CSS });
    for (const [key, label] of [
      ['transitions', 'OOBE screen transitions'],
      ['esp', 'the ESP page'],
    ]) {
      const n = now?.[key];
      if (!n) {
        rows.push([label, 'failed (see above)', '', '', '']);
        continue;
      }
      const o = old?.[key];
      rows.push([
        `${label}: median frame / p95 / dropped`,
        `${fixed(n.medianMs)} ms (${Math.round(fps(n.medianMs))} fps) / ${fixed(n.p95Ms)} ms / ${Math.round(n.droppedPct)} %`,
        `median ≥ ${TARGETS.fpsMedian} fps, p95 ≤ ${TARGETS.p95FrameMs} ms`,
        [
          o ? `old blurred card: ${fixed(o.medianMs)} ms / ${fixed(o.p95Ms)} ms / ${Math.round(o.droppedPct)} %` : '',
          `empty page: ${fixed(now.blank.medianMs)} ms / ${fixed(now.blank.p95Ms)} ms`,
        ]
          .filter(Boolean)
          .join('; '),
        verdict(fps(n.medianMs) >= TARGETS.fpsMedian && n.p95Ms <= TARGETS.p95FrameMs),
      ]);
    }
    const first = child(root, 'first-screen-measure.ts');
    if (first) {
      const ratio = first.appMs / first.bareMs;
      const sooner = WIN11REACT.bareRatio / ratio;
      rows.push([
        `web host start → first [data-screen] visible, median of ${first.samples}`,
        `${Math.round(first.appMs)} ms = ×${fixed(ratio, 2)} the bare page = ${fixed(sooner)}× sooner than win11React`,
        `≤ ×${TARGETS.firstScreenRatio} the bare page, ≥ ${TARGETS.soonerThanWin11React}× sooner than win11React`,
        `bare Vite + React 19 page built from the project's react/vite, same host and run: ${Math.round(first.bareMs)} ms; win11React: ×${fixed(WIN11REACT.bareRatio)} the bare page (${WIN11REACT.date})`,
        verdict(ratio <= TARGETS.firstScreenRatio && sooner >= TARGETS.soonerThanWin11React),
      ]);
      rows.push([
        'renderer JS on first load (gzip -9 of the files fetched before the first [data-screen]; files under 1 KB are sent as they are)',
        `${fixed(first.appJsGzipBytes / 1024)} KB (on the wire: ${fixed(first.appJsBytes / 1024)} KB ${first.jsEncodings.join('/')}; with the lazy chunks fetched after it: ${fixed(first.appJsGzipAllBytes / 1024)} KB)`,
        `< ${TARGETS.firstLoadJsGzipKb} KB gzip; compressed, immutable caching`,
        `bare page: ${fixed(first.bareJsBytes / 1024)} KB on the wire; before: 206 KB gzip, 664 KB sent raw; caching: ${first.jsCaching.join(', ')}`,
        verdict(
          first.appJsGzipBytes / 1024 < TARGETS.firstLoadJsGzipKb &&
            first.jsEncodings.every((e) => e === 'br' || e === 'gzip') &&
            first.jsCaching.every((c) => c.includes('immutable')),
        ),
      ]);
    } else rows.push(['first [data-screen] / renderer JS', 'failed (see above)', '', '', '']);
  }
  if (!headless) return rows;
  console.log('Issue 16: idle device, 1,000 apps, oobe-sim list (headless)');
  if (core) {
    const kb = core.heap.perIdleDeviceBytes / 1024;
    rows.push([
      `heap per idle headless device (${core.heap.idleDevices} devices)`,
      `${fixed(kb)} KB`,
      `< ${TARGETS.idleDeviceKb} KB`,
      'issue 16 measured 190 KB (170 KB of Base64 rope fragments)',
      verdict(kb < TARGETS.idleDeviceKb),
    ]);
  }
  const apps = child(root, 'apps-measure.ts');
  if (apps) {
    const [small, large] = apps.sizes;
    const perApp = (s) => ((s.wallMs - apps.baselineMs) * 1000) / s.apps;
    const growth = perApp(large) / perApp(small);
    rows.push([
      `one deployment (${apps.scenario}) with 1,000 Win32 apps (fastest run)`,
      `${fixed(large.wallMs)} ms, ${fixed(perApp(large))} µs per app; per app at 1,000 / at 100: ×${fixed(growth, 2)}`,
      `linear (×≤ ${TARGETS.linearRatio}), < ${TARGETS.perAppUs} µs per app`,
      `same deployment with no apps: ${fixed(apps.baselineMs, 2)} ms; with 100: ${fixed(small.wallMs)} ms; issue 16 measured ~47 µs per app`,
      verdict(growth <= TARGETS.linearRatio && perApp(large) < TARGETS.perAppUs),
    ]);
  } else rows.push(['1,000 apps', 'failed (see above)', '', '', '']);
  const list = child(root, 'list-measure.ts');
  if (list) {
    const quiet = list.closedPipe.every((p) => p.quiet && p.exit === 0);
    rows.push([
      'oobe-sim list (fresh process, reading the built-ins)',
      `${Math.round(list.headingsMs)} ms = ×${fixed(list.validateAllMs / list.headingsMs)} faster than validating all`,
      'titles without full zod validation',
      `every built-in validated with zod (the old way), same run: ${Math.round(list.validateAllMs)} ms`,
      verdict(list.headingsMs < list.validateAllMs / 2),
    ]);
    rows.push([
      'oobe-sim … | (closed pipe): list, list --json, run, run --json, --help',
      list.closedPipe.map((p) => `${p.exit}${p.quiet ? '' : '!'}`).join(' '),
      'exit 0, nothing on stderr',
      'before: an EPIPE stack trace, exit 1',
      verdict(quiet),
    ]);
  }
  return rows;
}
