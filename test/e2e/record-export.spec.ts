import { test, expect } from '@playwright/test';
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * `oobe-sim record` end to end: the real bin replays a built-in in Chromium through the web host
 * and writes the guide, the pictures and the video. Small pictures keep it quick.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const RENDERER = resolve(process.env.RENDERER_OUT_DIR ?? 'dist/renderer');

function record(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['bin/oobe-sim.mjs', 'record', ...args, '--renderer', RENDERER, '--size', '640x400'],
      { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) =>
        done({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr }),
    );
  });
}

test.describe('oobe-sim record', () => {
  test.setTimeout(180_000);
  let out = '';
  test.beforeEach(() => {
    out = mkdtempSync(join(tmpdir(), 'oobe-record-'));
  });
  test.afterEach(() => rmSync(out, { recursive: true, force: true }));

  test('kiosk-autologon: an HTML guide with one picture per step, and a WebM as long as its plan', async ({ page }) => {
    const run = await record('kiosk-autologon', '--out', out, '--format', 'html,webm');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const steps = Number(/^(\d+) steps/.exec(run.stdout)?.[1]);
    expect(steps).toBeGreaterThan(2);

    await page.goto(pathToFileURL(join(out, 'guide.html')).href);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/kiosk/i);
    await expect(page.locator('section.step')).toHaveCount(steps);
    const images = page.locator('section.step img');
    await expect(images).toHaveCount(steps);
    for (const src of await images.evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).src)))
      expect(src.startsWith('data:image/png;base64,')).toBe(true);
    // Every picture decoded (a broken data URI has no natural size).
    const widths = await images.evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).naturalWidth));
    expect(widths.every((w) => w === 640)).toBe(true);
    await expect(page.locator('section.step h2').first()).toContainText('Press the power button');

    const webm = join(out, 'walkthrough.webm');
    const probe = JSON.parse(
      execFileSync('ffprobe', ['-v', 'error', '-show_format', '-show_streams', '-of', 'json', webm], {
        encoding: 'utf8',
      }),
    ) as {
      format: { duration: string; format_name: string };
      streams: { codec_type: string; codec_name: string; width?: number }[];
    };
    expect(probe.format.format_name).toContain('webm');
    const video = probe.streams.find((s) => s.codec_type === 'video');
    expect(video?.codec_name).toBe('vp9');
    expect(video?.width).toBe(640);
    expect(probe.streams.some((s) => s.codec_type === 'subtitle' && s.codec_name === 'webvtt')).toBe(true);
    const plan = JSON.parse(readFileSync(join(out, 'video-plan.json'), 'utf8')) as { seconds: number };
    expect(Math.abs(Number(probe.format.duration) - plan.seconds)).toBeLessThan(0.25);
    expect(readFileSync(join(out, 'captions.vtt'), 'utf8')).toMatch(
      /^WEBVTT\n\n00:00:00\.000 --> 00:00:02\.500\nPress the power button/,
    );
  });

  test('first-pages-wired-preset: Markdown with an images folder, a PNG per step and the recording', async () => {
    const run = await record('first-pages-wired-preset', '--out', out, '--format', 'md,png', '--frame', 'laptop');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const steps = Number(/^(\d+) steps/.exec(run.stdout)?.[1]);
    const markdown = readFileSync(join(out, 'guide.md'), 'utf8');
    const links = [...markdown.matchAll(/!\[Step \d+\]\((images\/[^)]+)\)/g)].map((m) => m[1]!);
    expect(links).toHaveLength(steps);
    for (const link of links) expect(existsSync(join(out, link))).toBe(true);
    expect(readdirSync(join(out, 'png'))).toHaveLength(steps);
    // The recording it wrote replays: recording it again from the file gives the same guide.
    const again = await record(join(out, 'recording.json'), '--out', join(out, 'again'), '--format', 'md');
    expect(again.code).toBe(0);
    expect(readFileSync(join(out, 'again', 'guide.md'), 'utf8')).toBe(markdown);
  });

  test('bad arguments are one line on stderr', async () => {
    const noBrowser = await record('kiosk-autologon', '--out', out, '--browser', '/nonexistent/chromium');
    expect(noBrowser.code).toBe(2);
    expect(noBrowser.stderr).toBe('oobe-sim: --browser: no browser at "/nonexistent/chromium"\n');
    const badFormat = await record('kiosk-autologon', '--out', out, '--format', 'gif');
    expect(badFormat.stderr).toBe('oobe-sim: --format: unknown format "gif" (known: html, md, webm, mp4, png)\n');
  });
});
