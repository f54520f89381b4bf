import { z } from 'zod';
import { faultSchema } from './faults';
import { keyChordSchema } from './key-chord';
import { PACINGS, type DeviceSnapshot } from './snapshot';
import type { EventRecord, RegistryChange, TimelineEntry } from './records';
import type { ScreenId } from './screen-ids';
import { shellSessionSchema, type ShellRunResult } from './shell';

/**
 * The one contract between the device and everything around it. Every transport (Electron IPC,
 * WebSocket, in-memory) carries these commands and events in the same envelope, and one
 * dispatcher validates every command before the core sees it.
 */

export { keyChordSchema };

const controlId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'a control id such as "next"');

export const commands = {
  /** Click a control on the device's screen (a button, link or tile), by its control id. */
  'device.click': { input: z.object({ control: controlId }), result: {} as { ok: true } },
  /** Type text into a field on the screen (replaces the field's content). */
  'device.type': {
    input: z.object({ field: controlId, text: z.string().max(1024) }),
    result: {} as { ok: true },
  },
  /** Choose an item in a list on the screen. */
  'device.select': {
    input: z.object({ list: controlId, item: z.string().min(1).max(256) }),
    result: {} as { ok: true },
  },
  /** Press a key or a key chord on the device's keyboard. */
  'device.key': { input: z.object({ chord: keyChordSchema }), result: {} as { ok: true } },
  /** Power button and reset: what survives a restart survives it; factory reset starts over. */
  'device.power': {
    input: z.object({ action: z.enum(['on', 'restart', 'shutdown', 'factory-reset']) }),
    result: {} as { ok: true },
  },
  /** The device's current state, as the renderer draws it. */
  'device.snapshot': { input: z.object({}).strict(), result: {} as DeviceSnapshot },
  /** Real-time pacing of the virtual clock. */
  'clock.pacing': { input: z.object({ pacing: z.enum(PACINGS) }), result: {} as { ok: true } },
  /** Jump the virtual clock to the next scheduled event and fire it. */
  'clock.skip': { input: z.object({}).strict(), result: {} as { firedAtMs: number | null } },
  /** Advance the virtual clock by a number of ms, firing every event due on the way. */
  'clock.advance': {
    input: z.object({
      ms: z
        .number()
        .int()
        .min(0)
        .max(7 * 24 * 3_600_000),
    }),
    result: {} as { nowMs: number },
  },
  /** Fire a fault at the running device: an ad-hoc one, or one of the scenario's faults by id. */
  'fault.fire': {
    input: z.union([z.object({ fault: faultSchema }).strict(), z.object({ id: z.string().min(1).max(64) }).strict()]),
    result: {} as { ok: true },
  },
  /** Export a registry key (and its subkeys) as regedit's "Windows Registry Editor Version 5.00" text. */
  'registry.export': {
    input: z.object({ key: z.string().min(2).max(1024) }),
    result: {} as { text: string },
  },
  /** Read event-log records, optionally of one channel. */
  'eventlog.read': {
    input: z.object({ channel: z.string().min(1).optional() }),
    result: {} as { records: EventRecord[] },
  },
  /** Run one command line in the device's command prompt (Shift+F10), e.g. `reg query HKLM\SOFTWARE\…`. */
  'shell.run': {
    input: z.object({ line: z.string().max(8192), session: shellSessionSchema.optional() }),
    result: {} as ShellRunResult,
  },
  /** The built-in scenarios, as the app's scenario picker lists them. */
  'scenario.list': { input: z.object({}).strict(), result: {} as { scenarios: ScenarioListing[] } },
  /**
   * Replace the device with a scenario: a built-in by id, or a file's text (the app's "Open file").
   * A broken scenario is refused with code "invalid-scenario" and every problem; the device keeps running.
   */
  'scenario.load': {
    input: z.union([
      z.object({ id: z.string().min(1).max(64) }).strict(),
      z.object({ fileName: z.string().min(1).max(260), text: z.string().max(2_000_000) }).strict(),
    ]),
    result: {} as { ok: true; id: string },
  },
  /** The renderer has subscribed and is ready for events (main queues them until then). */
  'renderer.ready': { input: z.object({}).strict(), result: {} as { ok: true } },
} as const;

export type CommandName = keyof typeof commands;
export type CommandInput<N extends CommandName> = z.infer<(typeof commands)[N]['input']>;
export type CommandResult<N extends CommandName> = (typeof commands)[N]['result'];

export interface EventPayloads {
  /** The whole device state, pushed after every change. */
  snapshot: DeviceSnapshot;
  'screen:entered': { screen: ScreenId; atMs: number };
  'registry:changed': RegistryChange & { atMs: number };
  'eventlog:written': EventRecord;
  timeline: TimelineEntry;
  /** An error the screen shows: a code as Windows shows it (e.g. "0x800705b4"), or null when the page shows text only. */
  'error:shown': { atMs: number; code: string | null; screen: ScreenId; message: string };
}
export type EventName = keyof EventPayloads;
export const EVENT_NAMES: readonly EventName[] = [
  'snapshot',
  'screen:entered',
  'registry:changed',
  'eventlog:written',
  'timeline',
  'error:shown',
];

export const ERROR_CODES = [
  'invalid-envelope',
  'unknown-command',
  'invalid-payload',
  'command-failed',
  'invalid-scenario',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ContractError {
  code: ErrorCode;
  message: string;
  /** For invalid payloads: each problem with its JSON path. */
  issues?: { path: string; message: string }[];
  /** For invalid scenarios: each problem with its file and JSON path. */
  problems?: { file: string; path: string; message: string }[];
}

/** A scenario as the picker shows it. */
export interface ScenarioListing {
  id: string;
  mode: string;
  title: string;
  description: string;
}

/** One envelope for every transport. */
export type Envelope =
  | { kind: 'req'; id: number; name: string; payload: unknown }
  | { kind: 'res'; id: number; name: string; payload: unknown }
  | { kind: 'err'; id: number; name: string; error: ContractError }
  | { kind: 'evt'; name: EventName; payload: unknown };

export const requestEnvelopeSchema = z.object({
  kind: z.literal('req'),
  id: z.number().int().nonnegative(),
  name: z.string().max(64),
  payload: z.unknown(),
});

/** Thrown by clients when a command comes back as an error. */
export class CommandError extends Error {
  constructor(
    readonly command: string,
    readonly detail: ContractError,
  ) {
    super(`${command}: ${detail.message}`);
    this.name = 'CommandError';
  }
}

/** What the renderer (and tests) talk to: the same interface over IPC, WebSocket or in memory. */
export interface SimulatorClient {
  invoke<N extends CommandName>(name: N, payload: CommandInput<N>): Promise<CommandResult<N>>;
  subscribe<E extends EventName>(name: E, callback: (payload: EventPayloads[E]) => void): () => void;
}
