import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  contentHash,
  formatRecording,
  looksLikeRecording,
  parseRecording,
  type Recording,
} from '../../shared/recording';
import type { Scenario } from '../../shared/scenario/scenario';
import { Recorder } from '../core/recording/recorder';
import { runScenario } from '../core/scenario/runner';
import { loadScenarioRef } from '../scenarios/library';
import { CliError } from './cli-error';
import type { Io } from './commands';
import { captureRecording, DEVICE_FRAME_NAMES, type DeviceFrame } from './record/capture';
import { writeHtmlGuide, writeMarkdownGuide, writePngs, writeVideos } from './record/exports';
import { findBrowser } from './record/find-browser';

const FORMATS = ['html', 'md', 'webm', 'mp4', 'png'] as const;
type Format = (typeof FORMATS)[number];

/** The built renderer the web host serves (npm run build:renderer). */
const DEFAULT_STATIC_DIR = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../dist/renderer');

export const RECORD_USAGE =
  'oobe-sim record <id|file|recording.json> --out DIR [--format html,md,webm,mp4,png] [--size 1920x1080] [--browser PATH] [--seed <n>] [--frame laptop|tablet]';

/**
 * `oobe-sim record`: runs a scenario headless (or opens a recording), replays it with the renderer in
 * Chromium through the web host, and writes the guide, pictures and video. The recording itself is
 * written too (recording.json), so the same walkthrough can be replayed or annotated later.
 */
export async function recordCommand(io: Io, args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      out: { type: 'string' },
      format: { type: 'string', default: 'html,md,webm,png' },
      size: { type: 'string', default: '1920x1080' },
      browser: { type: 'string' },
      seed: { type: 'string' },
      frame: { type: 'string' },
      renderer: { type: 'string' },
    },
  });
  if (positionals.length !== 1) throw new CliError(`record takes one scenario or recording (${RECORD_USAGE})`);
  if (!values.out) throw new CliError('record needs --out DIR');
  const formats = parseFormats(values.format ?? '');
  const size = parseSize(values.size ?? '');
  const frame = parseFrame(values.frame);
  const staticDir = resolve(values.renderer ?? DEFAULT_STATIC_DIR);
  if (!existsSync(join(staticDir, 'index.html')))
    throw new CliError(`the renderer is not built (${staticDir}/index.html is missing): run "npm run build:renderer"`);
  const browser = findBrowser(values.browser);

  const { recording, scenario } = obtainRecording(positionals[0]!, values.seed);
  const out = resolve(values.out);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'recording.json'), formatRecording(recording));

  const { steps, divergence, unmatched } = await captureRecording(recording, scenario, {
    browser,
    staticDir,
    width: size.width,
    height: size.height,
    frame,
  });
  if (divergence) io.err(`oobe-sim: ${divergence.message}\n`);
  for (const problem of unmatched) io.err(`oobe-sim: ${positionals[0]}: ${problem} (left out)\n`);
  const written: string[] = [join(out, 'recording.json')];
  const guide = { scenario, steps };
  if (formats.has('html')) written.push(writeHtmlGuide(out, guide));
  if (formats.has('md')) written.push(writeMarkdownGuide(out, guide));
  if (formats.has('png')) written.push(...writePngs(out, steps));
  if (formats.has('webm') || formats.has('mp4'))
    written.push(...writeVideos(out, steps, { webm: formats.has('webm'), mp4: formats.has('mp4') }));
  io.out(`${steps.length} steps of "${scenario.id}" → ${out}\n${written.map((f) => `  ${f}\n`).join('')}`);
  return divergence ? 1 : 0;
}

function obtainRecording(ref: string, seedFlag: string | undefined): { recording: Recording; scenario: Scenario } {
  if (ref.endsWith('.json') && existsSync(ref)) {
    const text = readFileSync(ref, 'utf8');
    let json: unknown = null;
    try {
      json = JSON.parse(text);
    } catch {
      // Not JSON at all: the scenario loader below says so with the file's name.
    }
    if (looksLikeRecording(json)) {
      const parsed = parseRecording(text);
      if (!parsed.ok) throw new CliError(`${ref}: not a valid recording: ${parsed.problems.slice(0, 3).join('; ')}`);
      const loaded = loadScenarioRef(parsed.recording.scenario.id);
      if (!loaded.ok) throw new CliError(`${ref}: its scenario "${parsed.recording.scenario.id}" cannot be loaded`);
      return { recording: parsed.recording, scenario: loaded.scenario };
    }
  }
  const loaded = loadScenarioRef(ref);
  if (!loaded.ok) {
    const first = loaded.problems[0];
    throw new CliError(`${first?.file ?? ref}: ${first?.message ?? 'not a valid scenario'}`);
  }
  const scenario = loaded.scenario;
  let seed = scenario.seed;
  if (seedFlag !== undefined) {
    if (!/^\d+$/.test(seedFlag) || Number(seedFlag) > 2 ** 32 - 1)
      throw new CliError(`--seed: "${seedFlag}" is not a whole number from 0 to 4294967295`);
    seed = Number(seedFlag);
  }
  const recorder = new Recorder({ id: scenario.id, title: scenario.title, hash: contentHash(scenario), seed });
  runScenario(scenario, { seed, recorder });
  return { recording: recorder.recording(), scenario };
}

function parseFormats(text: string): Set<Format> {
  const names = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (names.length === 0) throw new CliError(`--format: name at least one of ${FORMATS.join(', ')}`);
  for (const name of names)
    if (!(FORMATS as readonly string[]).includes(name))
      throw new CliError(`--format: unknown format "${name}" (known: ${FORMATS.join(', ')})`);
  return new Set(names as Format[]);
}

function parseSize(text: string): { width: number; height: number } {
  const match = /^(\d{3,4})x(\d{3,4})$/.exec(text);
  const width = Number(match?.[1]);
  const height = Number(match?.[2]);
  if (!match || width < 320 || height < 200 || width > 3840 || height > 2160)
    throw new CliError(`--size: "${text}" is not WIDTHxHEIGHT between 320x200 and 3840x2160`);
  return { width, height };
}

function parseFrame(text: string | undefined): DeviceFrame | null {
  if (text === undefined) return null;
  if (!(DEVICE_FRAME_NAMES as readonly string[]).includes(text))
    throw new CliError(`--frame: "${text}" is not a frame (known: ${DEVICE_FRAME_NAMES.join(', ')})`);
  return text as DeviceFrame;
}
