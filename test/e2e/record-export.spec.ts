import { test, expect } from '@playwright/test';
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { contentHash, formatRecording } from '../../shared/recording';
import { Recorder } from '../../electron/core/recording/recorder';
import { runScenario } from '../../electron/core/scenario/runner';
import { loadScenarioRef } from '../../electron/scenarios/library';

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

  test('kiosk-autologon annotated, in a tablet frame, as MP4: the annotations reach the guide and the captions', async ({
    page,
  }) => {
    const loaded = loadScenarioRef('kiosk-autologon');
    if (!loaded.ok) throw new Error('kiosk-autologon does not load');
    const { scenario } = loaded;
    const recorder = new Recorder({
      id: scenario.id,
      title: scenario.title,
      hash: contentHash(scenario),
      seed: scenario.seed,
    });
    runScenario(scenario, { recorder });
    const recording = {
      ...recorder.recording(),
      annotations: [
        { atMs: 0, note: 'The device is **switched off** when the walkthrough starts.' },
        { step: 1, caption: 'Let the device set itself up' },
        { step: 999, note: 'past the end' },
      ],
    };
    const file = join(out, 'annotated.recording.json');
    writeFileSync(file, formatRecording(recording));
    const run = await record(file, '--out', out, '--format', 'html,mp4', '--frame', 'tablet');
    expect(run.code).toBe(0);
    const steps = Number(/^(\d+) steps/.exec(run.stdout)?.[1]);
    expect(run.stderr).toBe(
      `oobe-sim: ${file}: annotations.2: step 999 is past the last step (${steps - 1}) (left out)\n`,
    );

    await page.goto(pathToFileURL(join(out, 'guide.html')).href);
    const first = page.locator('section.step').first();
    await expect(first.locator('h2')).toContainText('Press the power button');
    await expect(first.locator('.note')).toHaveText('The device is switched off when the walkthrough starts.');
    await expect(first.locator('.note strong')).toHaveText('switched off');
    await expect(page.locator('section.step h2').nth(1)).toHaveText('2 Let the device set itself up');
    // The tablet frame: the picture's corner is the backdrop around the device (light), its edge
    // beside the display the dark bezel; without a frame the switched-off display fills it (black).
    const pixels = await page
      .locator('section.step img')
      .first()
      .evaluate(async (img: HTMLImageElement) => {
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.naturalWidth;
        canvas.height = img.naturalHeight;
        const context = canvas.getContext('2d')!;
        context.drawImage(img, 0, 0);
        const at = (x: number, y: number) => [...context.getImageData(x, y, 1, 1).data.slice(0, 3)];
        return { corner: at(2, 2), middle: at(img.naturalWidth / 2, img.naturalHeight / 2) };
      });
    expect(Math.min(...pixels.corner)).toBeGreaterThan(150);
    expect(Math.max(...pixels.middle)).toBeLessThan(40);
    await page.screenshot({ path: '/tmp/shots-ui/record-tablet-guide.png' });

    const mp4 = join(out, 'walkthrough.mp4');
    const probe = JSON.parse(
      execFileSync('ffprobe', ['-v', 'error', '-show_format', '-show_streams', '-of', 'json', mp4], {
        encoding: 'utf8',
      }),
    ) as {
      format: { duration: string; format_name: string };
      streams: { codec_type: string; codec_name: string; width?: number }[];
    };
    expect(probe.format.format_name).toContain('mp4');
    const video = probe.streams.find((s) => s.codec_type === 'video');
    expect(video?.codec_name).toBe('h264');
    expect(video?.width).toBe(640);
    expect(probe.streams.some((s) => s.codec_type === 'subtitle' && s.codec_name === 'mov_text')).toBe(true);
    const plan = JSON.parse(readFileSync(join(out, 'video-plan.json'), 'utf8')) as { seconds: number };
    expect(Math.abs(Number(probe.format.duration) - plan.seconds)).toBeLessThan(0.25);
    // The captions carry the annotations: the note under the first caption, the replaced caption.
    const vtt = readFileSync(join(out, 'captions.vtt'), 'utf8');
    expect(vtt).toMatch(
      /^WEBVTT\n\n00:00:00\.000 --> 00:00:02\.500\nPress the power button\nThe device is switched off when the walkthrough starts\.\n/,
    );
    expect(vtt).toContain('\nLet the device set itself up\n');
    const subtitles = execFileSync('ffmpeg', ['-v', 'error', '-i', mp4, '-map', '0:s:0', '-f', 'webvtt', '-'], {
      encoding: 'utf8',
    });
    expect(subtitles).toContain('Let the device set itself up');
  });

  test('bad arguments are one line on stderr', async () => {
    const noBrowser = await record('kiosk-autologon', '--out', out, '--browser', '/nonexistent/chromium');
    expect(noBrowser.code).toBe(2);
    expect(noBrowser.stderr).toBe('oobe-sim: --browser: no browser at "/nonexistent/chromium"\n');
    const badFormat = await record('kiosk-autologon', '--out', out, '--format', 'gif');
    expect(badFormat.stderr).toBe('oobe-sim: --format: unknown format "gif" (known: html, md, webm, mp4, png)\n');
    const badFrame = await record('kiosk-autologon', '--out', out, '--frame', 'phone');
    expect(badFrame.code).toBe(2);
    expect(badFrame.stderr).toBe('oobe-sim: --frame: "phone" is not a frame (known: laptop, tablet)\n');
  });
});
