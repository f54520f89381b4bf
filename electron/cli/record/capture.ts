import type { Page } from 'playwright-core';
import type { Recording, StepAnnotation } from '../../../shared/recording';
import type { Scenario } from '../../../shared/scenario/scenario';
import { formatClock, isPersonInput, Replayer } from '../../core/recording/replay';
import { Session } from '../../runtime/session';
import { startWebHost } from '../../host/web-host';
import { captionFor, waitCaption, waitSpanName, type ControlLabel } from './captions';

/** A highlight rectangle in image pixels. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One step of the guide: what the person does (or waits for), with its picture. */
export interface CapturedStep {
  kind: 'action' | 'wait' | 'end';
  caption: string;
  note?: string;
  atMs: number;
  /** Virtual time the step covers (waits), for the video's compressed clock. */
  durationMs: number;
  screen: string;
  png: Buffer;
  highlights: Rect[];
  /** Extra pictures inside a wait (one per screen it passes), shown in the video only. */
  frames: { atMs: number; png: Buffer }[];
}

export interface CaptureOptions {
  browser: string;
  staticDir: string;
  width: number;
  height: number;
  /** Draw the device inside this frame (DEVICE_FRAMES); null for the bare display. */
  frame: DeviceFrame | null;
}

/**
 * The device frames `--frame` can draw around the display: our own simple drawings in CSS (no
 * vendor artwork), applied to the page under `html.export-frame-<name>`. The display keeps its
 * 1280x800 layout; the viewport's padding makes room for the frame, so the device shrinks to fit.
 */
export const DEVICE_FRAMES = {
  /** A laptop: thin dark bezel, a keyboard base under the display. */
  laptop: `
html.export-frame-laptop .viewport { padding: 5vh 9vw 10vh !important; background: linear-gradient(#dfe6ee, #b8c4d2) !important; }
html.export-frame-laptop .viewport__bezel { outline: 14px solid #1c1c1e; border-radius: 6px; box-shadow: 0 0 0 16px #2c2c2e, 0 30px 60px rgba(0,0,0,.35); position: relative; }
html.export-frame-laptop .viewport__bezel::after { content: ''; position: absolute; left: -9%; right: -9%; bottom: -6.2vh; height: 3.2vh; background: linear-gradient(#c9ced6, #8e959f); border-radius: 0 0 18px 18px; }
`,
  /** A tablet in landscape: an even, wide rounded bezel with a camera dot above the display. */
  tablet: `
html.export-frame-tablet .viewport { padding: 9vh 9vw !important; background: linear-gradient(#e4e9ef, #c3ccd7) !important; }
html.export-frame-tablet .viewport__bezel { outline: 34px solid #141416; border-radius: 4px; box-shadow: 0 0 0 36px #3a3a3e, 0 0 0 37px #77777d, 0 30px 70px rgba(0,0,0,.35); position: relative; }
html.export-frame-tablet .viewport__bezel::after { content: ''; position: absolute; left: calc(50% - 5px); top: -22px; width: 10px; height: 10px; border-radius: 50%; background: #2b3440; box-shadow: inset 0 0 0 2px #1d232b; }
`,
} as const;
export type DeviceFrame = keyof typeof DEVICE_FRAMES;
export const DEVICE_FRAME_NAMES = Object.keys(DEVICE_FRAMES) as DeviceFrame[];

/** Waits shorter than this get no step of their own: the next picture shows where they led. */
const LONG_WAIT_MS = 60_000;

/** Hides the simulator's own controls (and the Paused badge: a replay holds the clock) so only the device (optionally in a frame) fills the picture. */
const EXPORT_CSS = `
.sim-header, .sim-side, .sim-stage__below, .deployment-report, .failure-messages, [class*="report-panel"], .paused-badge { display: none !important; }
.sim, .sim-main, .sim-stage { width: 100vw !important; height: 100vh !important; margin: 0 !important; padding: 0 !important; gap: 0 !important; }
.viewport { width: 100vw !important; height: 100vh !important; padding: 0 !important; box-sizing: border-box; }
#rec-overlay { position: fixed; inset: 0; pointer-events: none; z-index: 99999; font: 600 14px system-ui, sans-serif; }
#rec-overlay .hl { position: absolute; border: 3px solid #e8590c; border-radius: 6px; box-shadow: 0 0 0 3px rgba(232,89,12,.35); }
#rec-overlay .clock { position: absolute; right: 12px; top: 12px; background: rgba(0,0,0,.72); color: #fff; padding: 4px 10px; border-radius: 6px; font-variant-numeric: tabular-nums; }
`;

/**
 * Replays a recording with the renderer in Chromium, through the web host, and takes the guide's
 * pictures: before each group of inputs on one screen (with their controls highlighted), through
 * each long wait, and at the end. The device is the replay's, so what is shown is what was recorded.
 */
export async function captureRecording(recording: Recording, scenario: Scenario, options: CaptureOptions) {
  const replayer = new Replayer(recording, scenario);
  const session = new Session(replayer.device);
  const host = await startWebHost({ port: 0, staticDir: options.staticDir, session });
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: options.browser,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const steps: CapturedStep[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: options.width, height: options.height } });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(host.url);
    await page.addStyleTag({ content: EXPORT_CSS });
    const frame = options.frame;
    if (frame) {
      await page.addStyleTag({ content: DEVICE_FRAMES[frame] });
      await page.evaluate((name) => document.documentElement.classList.add(`export-frame-${name}`), frame);
    }
    const settle = async () => {
      await page.locator(`[data-screen="${replayer.screenId}"]`).first().waitFor({ timeout: 10_000 });
      // The snapshot travels over the WebSocket; two frames let React draw it.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    };
    const shoot = async (highlights: Rect[]) => {
      await settle();
      await overlay(page, highlights, formatClock(replayer.device.nowMs));
      return page.screenshot({ type: 'png' });
    };

    const inputs = recording.inputs;
    while (!replayer.done) {
      const start = replayer.position;
      const first = inputs[start]!;
      const atMs = replayer.device.nowMs;
      const screen = replayer.screenId;
      if (isPersonInput(first)) {
        await settle();
        // The inputs that follow on this screen, found in the page before any of them runs.
        const group: { index: number; label: ControlLabel; rect: Rect | null }[] = [];
        for (let i = start; i < inputs.length && isPersonInput(inputs[i]!); i += 1) {
          const found = await locate(page, inputs[i]!);
          const sameKey =
            'key' in inputs[i]! &&
            (inputs[i - 1] as { key?: string } | undefined)?.key === (inputs[i] as { key: string }).key;
          if (i > start && !found.rect && !sameKey) break;
          group.push({ index: i, ...found });
        }
        const png = await shoot(group.flatMap((g) => (g.rect ? [g.rect] : [])));
        let done = 0;
        while (done < group.length && replayer.screenId === screen && replayer.position === group[done]!.index) {
          replayer.step();
          done += 1;
        }
        const taken = group.slice(0, Math.max(done, 1));
        steps.push({
          kind: 'action',
          caption: captionFor(taken.map((g) => ({ input: inputs[g.index]!, label: g.label }))),
          atMs,
          durationMs: 0,
          screen,
          png,
          highlights: taken.flatMap((g) => (g.rect ? [g.rect] : [])),
          frames: [],
        });
        if (done === 0) replayer.step();
        continue;
      }
      // A run of time moves: one wait, summarised per screen it spent time on.
      const spans: { heading: string; ms: number }[] = [];
      const frames: { atMs: number; png: Buffer }[] = [];
      let spanStart = atMs;
      const firstPng = await shoot([]);
      let heading = spanName(replayer, await headingOf(page));
      while (!replayer.done && !isPersonInput(inputs[replayer.position]!)) {
        const before = replayer.screenId;
        replayer.step();
        const moved = replayer.screenId !== before;
        const ending = replayer.done || isPersonInput(inputs[replayer.position] ?? first);
        // The ESP's category can change with no new screen: that starts a new span too.
        const next = moved ? null : spanName(replayer, heading);
        if (moved || ending || next !== heading) {
          spans.push({ heading, ms: replayer.device.nowMs - spanStart });
          spanStart = replayer.device.nowMs;
          if (frames.length < 24) frames.push({ atMs: replayer.device.nowMs, png: await shoot([]) });
          heading = moved ? spanName(replayer, await headingOf(page)) : (next ?? heading);
        }
      }
      const durationMs = replayer.device.nowMs - atMs;
      if (durationMs >= LONG_WAIT_MS)
        steps.push({
          kind: 'wait',
          caption: waitCaption(spans),
          atMs,
          durationMs,
          screen,
          png: firstPng,
          highlights: [],
          frames,
        });
    }
    steps.push({
      kind: 'end',
      caption: `The device shows ${await headingOf(page)}`,
      atMs: replayer.device.nowMs,
      durationMs: 0,
      screen: replayer.screenId,
      png: await shoot([]),
      highlights: [],
      frames: [],
    });
  } finally {
    await browser.close();
    await host.close();
    session.dispose();
  }
  const unmatched = applyAnnotations(steps, recording.annotations ?? []);
  return { steps, divergence: replayer.divergence, unmatched };
}

/**
 * A recording's annotations over the generated steps: a caption replaces the step's, a note is
 * added (two notes for one step are both kept). Returns the annotations that name no step, so
 * the command can say so rather than drop them quietly.
 */
export function applyAnnotations(steps: CapturedStep[], annotations: readonly StepAnnotation[]): string[] {
  const unmatched: string[] = [];
  annotations.forEach((annotation, index) => {
    const at = annotation.atMs;
    const stepIndex = at === undefined ? annotation.step! : steps.findLastIndex((s) => s.atMs <= at);
    const step = steps[stepIndex];
    if (!step) {
      unmatched.push(
        `annotations.${index}: ${at === undefined ? `step ${stepIndex} is past the last step (${steps.length - 1})` : `no step at ${formatClock(at)}`}`,
      );
      return;
    }
    if (annotation.caption !== undefined) step.caption = annotation.caption;
    if (annotation.note !== undefined) step.note = step.note ? `${step.note}\n\n${annotation.note}` : annotation.note;
  });
  return unmatched;
}

/** Draws the highlights and the virtual clock over the page (removed and redrawn for each picture). */
async function overlay(page: Page, highlights: Rect[], clock: string): Promise<void> {
  await page.evaluate(
    ({ highlights, clock }) => {
      document.getElementById('rec-overlay')?.remove();
      const root = document.createElement('div');
      root.id = 'rec-overlay';
      for (const r of highlights) {
        const box = document.createElement('div');
        box.className = 'hl';
        Object.assign(box.style, {
          left: `${r.x - 4}px`,
          top: `${r.y - 4}px`,
          width: `${r.width + 2}px`,
          height: `${r.height + 2}px`,
        });
        root.append(box);
      }
      const time = document.createElement('div');
      time.className = 'clock';
      time.textContent = clock;
      root.append(time);
      document.body.append(root);
    },
    { highlights, clock },
  );
}

/** The control an input uses, found by the data attributes the renderer puts on it. */
async function locate(
  page: Page,
  input: Recording['inputs'][number],
): Promise<{ label: ControlLabel; rect: Rect | null }> {
  let selector: string | null = null;
  if ('click' in input) selector = `[data-control="${input.click}"]`;
  else if ('select' in input)
    selector = `[data-list="${input.select.list}"] [data-value="${cssString(input.select.item)}"]`;
  else if ('type' in input) selector = `[data-field="${input.type.field}"]`;
  if (!selector) return { label: { label: null }, rect: null };
  const found = await page.evaluate((selector) => {
    const el = [...document.querySelectorAll<HTMLElement>(selector)].find((e) => e.getClientRects().length > 0);
    if (!el) return null;
    const box = el.getBoundingClientRect();
    // A box is named by its label (a placeholder is an example, not a name); a button by the
    // text on it, an icon button by its accessible name.
    const named = el.getAttribute('aria-label') ?? el.getAttribute('title') ?? '';
    let label: string;
    if (el instanceof HTMLInputElement) {
      const byId = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
      label = named || byId || '';
    } else label = (el.innerText || '').split('\n')[0]!.trim() || named;
    return {
      label: label.trim() || null,
      secret: el instanceof HTMLInputElement && el.type === 'password',
      rect: { x: box.x, y: box.y, width: box.width, height: box.height },
    };
  }, selector);
  if (!found) return { label: { label: null }, rect: null };
  return { label: { label: found.label, secret: found.secret }, rect: found.rect };
}

function cssString(value: string): string {
  return value.replace(/["\\]/g, '\\$&');
}

/** What the wait on the replayed device's current screen is called (see waitSpanName). */
function spanName(replayer: Replayer, heading: string): string {
  const { state } = replayer.device;
  return waitSpanName(replayer.screenId, state.esp?.running ?? null, heading);
}

/** The page's heading as a person reads it (the screen id when it has none). */
async function headingOf(page: Page): Promise<string> {
  return page.evaluate(() => {
    const screen = document.querySelector('[data-screen]');
    const heading = screen?.querySelector('h1, h2, [role="heading"]')?.textContent?.trim();
    return heading || (screen?.getAttribute('data-screen') ?? 'the device');
  });
}
