import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Scenario } from '../../../shared/scenario/scenario';
import { formatClock } from '../../core/recording/replay';
import { CliError } from '../cli-error';
import type { CapturedStep } from './capture';
import { formatDuration } from './captions';

export interface GuideInfo {
  scenario: Scenario;
  steps: CapturedStep[];
}

const fileFor = (index: number, step: CapturedStep) => `step-${String(index + 1).padStart(2, '0')}-${step.screen}.png`;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/** **bold** and `code` from the captions, as HTML. */
function inlineHtml(text: string): string {
  return escapeHtml(text)
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/`(.+?)`/g, '<code>$1</code>');
}

/** One self-contained HTML page: every picture is a data: URI, so the file travels alone. */
export function writeHtmlGuide(dir: string, { scenario, steps }: GuideInfo): string {
  const items = steps
    .map(
      (step, i) => `<section class="step" data-step="${i + 1}">
  <h2><span class="n">${i + 1}</span> ${inlineHtml(step.caption)}</h2>
  <p class="time">Virtual time ${formatClock(step.atMs)}${step.durationMs ? ` · ${formatDuration(step.durationMs)}` : ''}</p>
  <img alt="Step ${i + 1}: ${escapeHtml(step.caption.replace(/\*\*/g, ''))}" src="data:image/png;base64,${step.png.toString('base64')}">
  ${step.note ? `<p class="note">${inlineHtml(step.note)}</p>` : ''}
</section>`,
    )
    .join('\n');
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(scenario.title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body { font: 16px/1.5 "Segoe UI", system-ui, sans-serif; max-width: 1100px; margin: 2rem auto; padding: 0 1rem; color: #1b1b1b; }
h1 { font-weight: 600; } .summary { color: #444; }
.step { margin: 2.5rem 0; } .step h2 { font-size: 1.15rem; font-weight: 500; }
.step .n { display: inline-block; min-width: 1.8em; height: 1.8em; line-height: 1.8em; text-align: center; border-radius: 50%; background: #0067c0; color: #fff; font-weight: 600; margin-right: .4em; }
.step img { width: 100%; border: 1px solid #ccc; border-radius: 6px; } .time { color: #666; font-size: .9rem; margin: 0 0 .5rem; }
.note { background: #fff8e1; border-left: 4px solid #f0b400; padding: .5rem .8rem; }
</style></head><body>
<h1>${escapeHtml(scenario.title)}</h1>
<p class="summary">${escapeHtml(scenario.description)}</p>
<p class="summary">Scenario <code>${escapeHtml(scenario.id)}</code> · ${steps.length} steps · simulated with OOBE Simulator (virtual time; long waits summarised).</p>
${items}
</body></html>
`;
  const file = join(dir, 'guide.html');
  writeFileSync(file, html);
  return file;
}

/** Markdown with an images/ folder beside it. */
export function writeMarkdownGuide(dir: string, { scenario, steps }: GuideInfo): string {
  mkdirSync(join(dir, 'images'), { recursive: true });
  const lines = [
    `# ${scenario.title}`,
    '',
    scenario.description,
    '',
    `Scenario \`${scenario.id}\`, ${steps.length} steps.`,
    '',
  ];
  steps.forEach((step, i) => {
    const file = fileFor(i, step);
    writeFileSync(join(dir, 'images', file), step.png);
    lines.push(
      `## ${i + 1}. ${step.caption}`,
      '',
      `*Virtual time ${formatClock(step.atMs)}*`,
      '',
      `![Step ${i + 1}](images/${file})`,
      '',
    );
    if (step.note) lines.push(`> ${step.note.replace(/\n/g, '\n> ')}`, '');
  });
  const file = join(dir, 'guide.md');
  writeFileSync(file, lines.join('\n'));
  return file;
}

/** One PNG per step. */
export function writePngs(dir: string, steps: CapturedStep[]): string[] {
  const out = join(dir, 'png');
  mkdirSync(out, { recursive: true });
  return steps.map((step, i) => {
    const file = join(out, fileFor(i, step));
    writeFileSync(file, step.png);
    return file;
  });
}

/** Seconds each picture stays on screen in the video: the plan the duration test checks. */
export const VIDEO_TIMING = { actionSeconds: 2.5, waitFrameSeconds: 1, endSeconds: 3 } as const;

/** The video's frames and how long each shows; waits are compressed to a second per screen passed. */
export function videoPlan(steps: CapturedStep[]): { png: Buffer; seconds: number; caption: string }[] {
  return steps.flatMap((step): { png: Buffer; seconds: number; caption: string }[] => {
    // An annotation's note is the cue's second line, under the caption.
    const caption = step.note ? `${step.caption}\n${step.note}` : step.caption;
    if (step.kind === 'end') return [{ png: step.png, seconds: VIDEO_TIMING.endSeconds, caption }];
    if (step.kind === 'action') return [{ png: step.png, seconds: VIDEO_TIMING.actionSeconds, caption }];
    return [step.png, ...step.frames.map((f) => f.png)].map((png) => ({
      png,
      seconds: VIDEO_TIMING.waitFrameSeconds,
      caption,
    }));
  });
}

function vttTime(seconds: number): string {
  const ms = Math.round(seconds * 1000);
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = Math.floor((ms % 60_000) / 1000);
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}.${String(ms % 1000).padStart(3, '0')}`;
}

/** Captions as WebVTT, one cue per step (the video's own clock is burnt into the pictures). */
export function webVtt(plan: { seconds: number; caption: string }[]): string {
  const cues: string[] = ['WEBVTT', ''];
  let t = 0;
  let i = 0;
  while (i < plan.length) {
    const caption = plan[i]!.caption;
    const start = t;
    while (i < plan.length && plan[i]!.caption === caption) t += plan[i++]!.seconds;
    // A blank line would end the cue early: a note's paragraphs become lines.
    const text = caption
      .replace(/\*\*/g, '')
      .replace(/`/g, '')
      .replace(/\n\s*\n/g, '\n');
    cues.push(`${vttTime(start)} --> ${vttTime(t)}`, text, '');
  }
  return cues.join('\n');
}

/**
 * The video through ffmpeg (the concat demuxer holds each picture for its time): WebM (VP9) with
 * the captions as a WebVTT track, and MP4 (H.264, captions as mov_text) when this ffmpeg has
 * libx264 (a clear error when it has not, rather than a missing file).
 */
export function writeVideos(dir: string, steps: CapturedStep[], formats: { webm: boolean; mp4: boolean }): string[] {
  if (spawnSync('ffmpeg', ['-version']).status !== 0)
    throw new CliError('webm/mp4 export needs ffmpeg on the PATH (install ffmpeg, or leave out --format webm)');
  // Asked before any picture is written, so a refused export leaves nothing half-made.
  if (
    formats.mp4 &&
    !spawnSync('ffmpeg', ['-hide_banner', '-encoders'], { encoding: 'utf8' }).stdout.includes('libx264')
  )
    throw new CliError(
      'mp4 export needs an ffmpeg built with libx264 (this one has none): install one, or use --format webm',
    );
  const work = join(dir, '.frames');
  mkdirSync(work, { recursive: true });
  const plan = videoPlan(steps);
  const list: string[] = [];
  plan.forEach((frame, i) => {
    const file = join(work, `f${String(i).padStart(4, '0')}.png`);
    writeFileSync(file, frame.png);
    list.push(`file '${file}'`, `duration ${frame.seconds}`);
  });
  // The concat demuxer ignores the last duration unless the last file is listed again.
  list.push(`file '${join(work, `f${String(plan.length - 1).padStart(4, '0')}.png`)}'`);
  writeFileSync(join(work, 'list.txt'), `${list.join('\n')}\n`);
  // The plan as a file: what the video should last (the tests compare it with ffprobe's figure).
  const seconds = plan.reduce((sum, frame) => sum + frame.seconds, 0);
  writeFileSync(
    join(dir, 'video-plan.json'),
    `${JSON.stringify({ seconds, frames: plan.map((f) => ({ seconds: f.seconds, caption: f.caption })) }, null, 1)}\n`,
  );
  const vtt = join(dir, 'captions.vtt');
  writeFileSync(vtt, webVtt(plan));
  const input = [
    '-hide_banner',
    '-loglevel',
    'error',
    '-y',
    '-f',
    'concat',
    '-safe',
    '0',
    '-i',
    join(work, 'list.txt'),
    // The pictures, then the captions as the second input's subtitle track.
    '-i',
    vtt,
    '-map',
    '0:v',
    '-map',
    '1:s',
  ];
  const even = ['-vf', 'fps=10,scale=trunc(iw/2)*2:trunc(ih/2)*2,format=yuv420p'];
  const out: string[] = [];
  if (formats.webm) {
    const file = join(dir, 'walkthrough.webm');
    execFileSync('ffmpeg', [
      ...input,
      ...even,
      '-c:v',
      'libvpx-vp9',
      '-b:v',
      '0',
      '-crf',
      '40',
      '-deadline',
      'realtime',
      '-cpu-used',
      '8',
      '-c:s',
      'webvtt',
      file,
    ]);
    out.push(file);
  }
  if (formats.mp4) {
    const file = join(dir, 'walkthrough.mp4');
    // MP4 carries captions as a mov_text track (players show it like the WebM's WebVTT track).
    execFileSync('ffmpeg', [
      ...input,
      ...even,
      '-c:v',
      'libx264',
      '-preset',
      'veryfast',
      '-c:s',
      'mov_text',
      '-movflags',
      '+faststart',
      file,
    ]);
    out.push(file);
  }
  rmSync(work, { recursive: true, force: true });
  return out;
}
