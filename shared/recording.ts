import { z } from 'zod';
import { faultSchema } from './faults';
import { keyChordSchema } from './key-chord';
import { SCREEN_IDS } from './screen-ids';

/**
 * A walkthrough recording: which scenario, which seed, every input with its virtual time, and the
 * screens it produced. Replaying the inputs on a fresh device of the same scenario and seed gives the
 * same screens and state (the core is deterministic), so the screens double as a check that the
 * scenario has not changed since. Versioned: a later flow adds fields, never renames them.
 */

export const RECORDING_FORMAT = 'oobe-sim-recording';
export const RECORDING_VERSION = 1;

const atMs = z.number().int().min(0);
const control = z.string().min(1).max(64);

/** One input as the device received it; time moves are inputs too (consecutive ones are merged). */
export const recordedInputSchema = z.union([
  z.object({ atMs, click: control }).strict(),
  z.object({ atMs, type: z.object({ field: control, text: z.string().max(1024) }).strict() }).strict(),
  z.object({ atMs, select: z.object({ list: control, item: z.string().min(1).max(256) }).strict() }).strict(),
  z.object({ atMs, key: keyChordSchema }).strict(),
  z.object({ atMs, power: z.enum(['on', 'restart', 'shutdown', 'factory-reset']) }).strict(),
  z.object({ atMs, shell: z.string().max(8192) }).strict(),
  z
    .object({
      atMs,
      fault: z.union([z.object({ id: z.string().min(1).max(64) }).strict(), z.object({ fault: faultSchema }).strict()]),
    })
    .strict(),
  /** `fault.arm`: a fault armed for a virtual time (a replay arms it again, so it fires at the same time). */
  z.object({ atMs, arm: z.object({ fault: faultSchema, atMs }).strict() }).strict(),
  /** `fault.disarm`: an armed fault taken back, by the id `fault.arm` gave it (the same in a replay). */
  z.object({ atMs, disarm: z.number().int().min(0) }).strict(),
  /** `clock.advance` by this many ms (the pacing timer's ticks, a script's waits), merged. */
  z.object({ atMs, advance: z.number().int().min(0) }).strict(),
  /** `clock.skip` this many times in a row (the headless runner moves from timer to timer). */
  z.object({ atMs, skip: z.number().int().min(1) }).strict(),
]);
export type RecordedInput = z.infer<typeof recordedInputSchema>;

/** A screen the device entered, and after how many inputs (so a replay can say where it diverges). */
export const recordedScreenSchema = z
  .object({ atMs, id: z.enum(SCREEN_IDS), afterInput: z.number().int().min(0) })
  .strict();
export type RecordedScreen = z.infer<typeof recordedScreenSchema>;

/**
 * A person's edits to a guide step: a caption instead of the generated one, and a note. The step is
 * named by its index (from 0) or by a virtual time (`atMs`: the step showing at that time, i.e. the
 * last one starting at or before it), never both.
 */
export const stepAnnotationSchema = z
  .object({
    step: z.number().int().min(0).optional(),
    atMs: atMs.optional(),
    caption: z.string().max(2000).optional(),
    note: z.string().max(8000).optional(),
  })
  .strict()
  .refine((a) => (a.step === undefined) !== (a.atMs === undefined), {
    message: 'an annotation names its step by "step" or by "atMs" (one of them)',
  });
export type StepAnnotation = z.infer<typeof stepAnnotationSchema>;

export const recordingSchema = z
  .object({
    format: z.literal(RECORDING_FORMAT),
    version: z.literal(RECORDING_VERSION),
    scenario: z
      .object({
        id: z.string().min(1).max(64),
        title: z.string().max(500).optional(),
        /** `contentHash` of the scenario file as recorded: a different hash means the scenario changed. */
        hash: z.string().regex(/^fnv1a64:[0-9a-f]{16}$/),
        /** The whole scenario, for recordings of files that are not built-ins (optional). */
        inline: z.unknown().optional(),
      })
      .strict(),
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 32 - 1),
    inputs: z.array(recordedInputSchema),
    screens: z.array(recordedScreenSchema),
    final: z.object({ screen: z.enum(SCREEN_IDS), atMs }).strict(),
    annotations: z.array(stepAnnotationSchema).optional(),
  })
  .strict();
export type Recording = z.infer<typeof recordingSchema>;

/**
 * FNV-1a (64-bit) of a value's canonical JSON (keys sorted), as "fnv1a64:<16 hex>". Not for
 * security: it only tells a changed scenario from the one recorded, in pure code the core can run.
 */
export function contentHash(value: unknown): string {
  const text = canonicalJson(value);
  let hash = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * prime) & 0xffffffffffffffffn;
  }
  return `fnv1a64:${hash.toString(16).padStart(16, '0')}`;
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The recording as a file: one input or screen per line, so a diff reads like a changed run. */
export function formatRecording(recording: Recording): string {
  const lines: string[] = ['{'];
  const entries = Object.entries(recording).filter(([, v]) => v !== undefined);
  entries.forEach(([key, value], index) => {
    const comma = index < entries.length - 1 ? ',' : '';
    if (Array.isArray(value)) {
      if (value.length === 0) lines.push(`  ${JSON.stringify(key)}: []${comma}`);
      else {
        lines.push(`  ${JSON.stringify(key)}: [`);
        value.forEach((item, i) => lines.push(`    ${JSON.stringify(item)}${i < value.length - 1 ? ',' : ''}`));
        lines.push(`  ]${comma}`);
      }
    } else lines.push(`  ${JSON.stringify(key)}: ${JSON.stringify(value)}${comma}`);
  });
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

/** Parses a recording file's text; every problem names its JSON path. */
export function parseRecording(text: string): { ok: true; recording: Recording } | { ok: false; problems: string[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`not JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const parsed = recordingSchema.safeParse(json);
  if (parsed.success) return { ok: true, recording: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`),
  };
}

/** Whether a file's parsed JSON looks like a recording rather than a scenario. */
export function looksLikeRecording(json: unknown): boolean {
  return !!json && typeof json === 'object' && (json as { format?: unknown }).format === RECORDING_FORMAT;
}
