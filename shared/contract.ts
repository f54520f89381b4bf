import { z } from 'zod';
import { faultSchema } from './faults';
import { keyChordSchema } from './key-chord';
import type { ServiceEndpoint } from './scenario/network';
import { tenantChangeSchema } from './tenant-commands';
import { PACINGS, type DeviceSnapshot, type ScreenView } from './snapshot';
import type { EventRecord, RegistryChange, TimelineEntry } from './records';
import type { ScreenId } from './screen-ids';
import type { ContractError } from './contract-errors';
import { shellSessionSchema, type ShellRunResult } from './shell';
import type { AttemptReport, AttemptView, ExerciseListing } from './exercise';
import { SCREEN_IDS } from './screen-ids';
import type { ArmedFault, FileEntryView, LoggedEventName, RegistryKeyView } from './trainer-views';
import type { RecordedInput } from './recording';
import type { LabDeviceView, LabResultView } from './lab';

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

/**
 * The page an input was meant for: the screen's id and the snapshot's `pageChanges` when the person
 * acted. Optional: without it the input goes to whatever page is on screen (scripts, the CLI, tests).
 * With it, an input that arrives after that page has gone (a fast double click on "Yes") is dropped
 * without an error, as Windows stops taking input the moment a page's button is pressed.
 */
export const pageTargetSchema = z
  .object({ screen: z.string().min(1).max(64), changes: z.number().int().nonnegative() })
  .strict();
export type PageTarget = z.infer<typeof pageTargetSchema>;

export const commands = {
  /** Click a control on the device's screen (a button, link or tile), by its control id. */
  'device.click': {
    input: z.object({ control: controlId, page: pageTargetSchema.optional() }),
    result: {} as { ok: true },
  },
  /** Type text into a field on the screen (replaces the field's content). */
  'device.type': {
    input: z.object({ field: controlId, text: z.string().max(1024), page: pageTargetSchema.optional() }),
    result: {} as { ok: true },
  },
  /** Choose an item in a list on the screen. */
  'device.select': {
    input: z.object({ list: controlId, item: z.string().min(1).max(256), page: pageTargetSchema.optional() }),
    result: {} as { ok: true },
  },
  /** Press a key or a key chord on the device's keyboard. */
  'device.key': {
    input: z.object({ chord: keyChordSchema, page: pageTargetSchema.optional() }),
    result: {} as { ok: true },
  },
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
  /**
   * Arm a fault for a virtual time (ms from the run's start): it fires on the device's clock when
   * the time comes, switched on or off, across restarts (the trainer console's "armed for a time").
   */
  'fault.arm': {
    input: z
      .object({
        fault: faultSchema,
        atMs: z
          .number()
          .int()
          .min(0)
          .max(30 * 24 * 3_600_000),
      })
      .strict(),
    result: {} as { id: number; atMs: number },
  },
  /** Take back a fault armed with `fault.arm` (by its id) before it fires. */
  'fault.disarm': {
    input: z.object({ id: z.number().int().min(0) }).strict(),
    result: {} as { ok: true; disarmed: boolean },
  },
  /** The faults armed for a time that have not fired yet, soonest first. */
  'fault.armed': { input: z.object({}).strict(), result: {} as { armed: ArmedFault[] } },
  /**
   * Run the virtual clock event by event until the device shows `screen` (or nothing is left to
   * run, or `maxMs` of virtual time have gone by: `reached` says which).
   */
  'clock.runUntilScreen': {
    input: z
      .object({
        screen: z.enum(SCREEN_IDS),
        maxMs: z
          .number()
          .int()
          .min(1)
          .max(7 * 24 * 3_600_000)
          .optional(),
      })
      .strict(),
    result: {} as { reached: boolean; nowMs: number },
  },
  /** One registry key as regedit's tree shows it: its subkeys' names and its values (read-only). */
  'registry.browse': {
    input: z.object({ key: z.string().min(2).max(1024) }).strict(),
    result: {} as RegistryKeyView,
  },
  /** One folder of the device's file system (read-only). */
  'files.list': {
    input: z.object({ path: z.string().min(2).max(1024) }).strict(),
    result: {} as { path: string; entries: FileEntryView[] },
  },
  /** One file's text (read-only; a binary file is said to be one, not shown). */
  'files.read': {
    input: z.object({ path: z.string().min(2).max(1024) }).strict(),
    result: {} as { path: string; content: string; binary: boolean },
  },
  /**
   * Every timeline entry, service call, registry write and event-log record of the current device
   * since its run started, in order (the session keeps the last 5,000), then the live events follow.
   */
  'timeline.history': { input: z.object({}).strict(), result: {} as { events: LoggedEvent[] } },
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
  /**
   * An admin's change to the tenant the device uses (licence, device object, Autopilot record,
   * profile / ESP / device preparation settings, group, connector, remote action). It lands in the
   * tenant at once; the device sees it at its next request to the service concerned.
   */
  'tenant.change': {
    input: z.object({ change: tenantChangeSchema }).strict(),
    result: {} as { ok: true; message: string },
  },
  /** The tenant's whole state as plain JSON (electron/cloud/tenant-state.ts), for the trainer's panel and tests. */
  'tenant.state': { input: z.object({}).strict(), result: {} as { tenant: unknown } },
  /** Start recording: the current scenario starts over (switched off, its seed) and every input is recorded. */
  'record.start': { input: z.object({}).strict(), result: {} as { ok: true; scenario: string } },
  /** Stop recording; the result is the recording file's text (`shared/recording.ts`). */
  'record.stop': { input: z.object({}).strict(), result: {} as RecordingFile },
  /** The recording so far as a file (recording goes on). */
  'record.save': { input: z.object({}).strict(), result: {} as RecordingFile },
  /** Open a recording: replays it to check it still matches its scenario, then shows its first screen. */
  'replay.open': { input: z.object({ text: z.string().max(4_000_000) }).strict(), result: {} as ReplayStatus },
  /** Move the replay to a position (the number of inputs applied): play, step, seek all use it. */
  'replay.seek': { input: z.object({ position: z.number().int().min(0) }).strict(), result: {} as ReplayStatus },
  /**
   * Set (or, with an empty text, clear) the open recording's note and/or caption for the step
   * showing at `atMs` (`annotations` in shared/recording.ts; the guides and video show them; a
   * cleared caption is the generated one again). The device is not touched.
   */
  'replay.annotate': {
    input: z
      .object({
        atMs: z.number().int().min(0),
        note: z.string().max(8000).optional(),
        caption: z.string().max(2000).optional(),
      })
      .strict()
      .refine((a) => a.note !== undefined || a.caption !== undefined, {
        message: 'replay.annotate needs a "note" or a "caption"',
      }),
    result: {} as ReplayStatus,
  },
  /** The open recording as a file, with its annotations (to save after annotating). */
  'replay.save': { input: z.object({}).strict(), result: {} as RecordingFile },
  /** Leave the replay (the device stays as it is). */
  'replay.close': { input: z.object({}).strict(), result: {} as { ok: true } },
  /** The exercises of the library (built-ins or the open pack), with this session's progress on each. */
  'exercise.list': { input: z.object({}).strict(), result: {} as { exercises: ExerciseListing[] } },
  /** Load an exercise's scenario and start an attempt (its script plays to the exercise's `startOn` screen). */
  'exercise.start': { input: z.object({ id: z.string().min(1).max(64) }).strict(), result: {} as AttemptView },
  /** The running (or last) attempt as the trainee sees it; null when no exercise was started. */
  'exercise.state': { input: z.object({}).strict(), result: {} as { attempt: AttemptView | null } },
  /** Answer an answer-box or multiple-choice objective: `answer` is the text, or the chosen choice's index as text. */
  'exercise.answer': {
    input: z.object({ objective: z.string().min(1).max(64), answer: z.string().max(500) }).strict(),
    result: {} as { correct: boolean; attempt: AttemptView },
  },
  /** Reveal the next hint; its cost comes off the score. */
  'exercise.hint': {
    input: z.object({}).strict(),
    result: {} as { hint: { text: string; cost: number }; attempt: AttemptView },
  },
  /** End the attempt: the debrief shows, and the report (JSON and self-contained HTML) is kept for the trainer. */
  'exercise.end': { input: z.object({}).strict(), result: {} as { report: AttemptReport; html: string } },
  /** Every attempt report of this session (a trainer collecting a class's work). */
  'exercise.reports': {
    input: z.object({}).strict(),
    result: {} as { reports: { report: AttemptReport; html: string }[] },
  },
  /**
   * The class: a new trainee device (same tenant, library and reports folder as this one) with the
   * exercise started on it. `url` is its page (web host: `/?device=<id>`); `opened` is true when
   * the host has already opened it (Electron's new window), so the client opens nothing itself.
   */
  'class.handOut': {
    input: z.object({ exerciseId: z.string().min(1).max(64) }).strict(),
    result: {} as { deviceId: string; url: string; opened: boolean },
  },
  /** The devices handed out so far, each with its exercise's attempt as that device sees it. */
  'class.devices': {
    input: z.object({}).strict(),
    result: {} as { devices: { deviceId: string; exerciseId: string; url: string; attempt: AttemptView | null }[] },
  },
  /** Every device's attempt reports (this one's first, then each handed-out device's, in order). */
  'class.reports': {
    input: z.object({}).strict(),
    result: {} as { reports: { deviceId: string; report: AttemptReport; html: string }[] },
  },
  /**
   * Put the device back as it was earlier in this run: at virtual time `toMs` (the commands given
   * before it have happened, those at or after it have not), or just before one of the moments
   * `device.history` lists (`point`: its index; 0 is the start). What came after is dropped.
   */
  'device.rewind': {
    input: z.union([
      z.object({ toMs: z.number().int().min(0) }).strict(),
      z.object({ point: z.number().int().min(0) }).strict(),
    ]),
    result: {} as { nowMs: number; points: RewindPoint[] },
  },
  /** The moments the device can be rewound to (the person's inputs and the faults fired so far). */
  'device.history': { input: z.object({}).strict(), result: {} as { points: RewindPoint[] } },
  /** The running device as a file to keep (scenario, seed, state, clock queue, tenant): `device.open` reopens it. */
  'device.save': { input: z.object({}).strict(), result: {} as SavedDeviceFile },
  /**
   * Reopen a saved device exactly where it was. A damaged, truncated or newer file is refused with a
   * message naming what and where; the running device keeps going.
   */
  'device.open': {
    input: z.object({ fileName: z.string().min(1).max(260), text: z.string().max(20_000_000) }).strict(),
    result: {} as { ok: true; scenario: string | null; nowMs: number },
  },
  /** The .cab and .zip files the device's log collectors wrote (Collect logs, Export logs, mdmdiagnosticstool), by Windows path. */
  'archive.list': { input: z.object({}).strict(), result: {} as { archives: ArchiveListing[] } },
  /** One archive the device wrote, its bytes as base64, so the host can save it (a download, the desktop app's save dialog). */
  'archive.read': {
    input: z.object({ path: z.string().min(3).max(260) }).strict(),
    result: {} as ArchiveListing & { base64: string },
  },
  /** The renderer has subscribed and is ready for events (main queues them until then). */
  /**
   * The regression lab (#15): the scenario (a library id, else the device's current one) headless on
   * `devices` devices with seeds seedBase..seedBase+devices-1 (seedBase 1 when not given). It answers
   * at once with the run's id; `lab:progress` follows after each device and `lab:done` at the end.
   * The running device is not touched. One lab run at a time per session.
   */
  'lab.run': {
    input: z
      .object({
        scenarioId: z.string().min(1).max(64).optional(),
        devices: z.number().int().min(1).max(500),
        seedBase: z.number().int().min(0).max(0xffffffff).optional(),
      })
      .strict(),
    result: {} as { runId: number; scenario: string; total: number },
  },
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
  /** The device called a service of its tenant (electron/cloud/): the endpoint, the operation and the answer's kind ("unreachable" when the network did not carry it). */
  'service:called': { atMs: number; endpoint: ServiceEndpoint; operation: string; outcome: string };
  /** The exercise attempt changed (an objective met, a hint taken, the attempt ended). */
  'exercise:changed': AttemptView;
  /** The rewind points changed (an input was recorded, the device was rewound or replaced). */
  'rewind:points': { points: RewindPoint[] };
  /** A log collector wrote an archive to the device's disk (Collect logs, Export logs, mdmdiagnosticstool -cab/-zip). */
  'archive:written': { atMs: number; path: string };
  /** A lab run finished one more device (`lab.run`). */
  'lab:progress': { runId: number; done: number; total: number; device: LabDeviceView };
  /** A lab run ended: every device and the summary (or `error` when the run could not go on). */
  'lab:done': { runId: number; result: LabResultView | null; error?: string };
}
export type EventName = keyof EventPayloads;
export const EVENT_NAMES: readonly EventName[] = [
  'snapshot',
  'screen:entered',
  'registry:changed',
  'eventlog:written',
  'timeline',
  'error:shown',
  'service:called',
  'exercise:changed',
  'rewind:points',
  'archive:written',
  'lab:progress',
  'lab:done',
];

// Error codes and CommandError live in a zod-free module the renderer can import (issue 16); re-exported here.
export { CommandError, ERROR_CODES, type ContractError, type ErrorCode } from './contract-errors';

/** A moment the device can be rewound to: just before an input the person gave (or a fault fired). */
/** An archive on the device's disks: its Windows path, its file name and its size in bytes. */
export interface ArchiveListing {
  path: string;
  fileName: string;
  size: number;
}

export interface RewindPoint {
  atMs: number;
  /** What happened at that moment, e.g. `Fault: Ethernet cable unplugged`, `Click "next" on region`. */
  label: string;
  /** `start`: the device as it was first given; `tenant`: an admin's change to the tenant. */
  kind: 'start' | 'input' | 'fault' | 'tenant';
}

/** A saved device as a file to write (`<scenario>-<h>h<mm>m<ss>s.oobe-device`, the extension the installers associate). */
export interface SavedDeviceFile {
  fileName: string;
  text: string;
}

/** A recording as a file to save. */
export interface RecordingFile {
  fileName: string;
  text: string;
}

/** Where an open replay stands; `divergence` says where a recording stopped matching its scenario. */
export interface ReplayStatus {
  scenario: string;
  position: number;
  inputs: number;
  /**
   * Each recorded screen and the position that shows it; `view` is the screen as seeking there
   * shows it, for the replay bar's thumbnails (absent past a divergence).
   */
  screens: {
    id: ScreenId;
    atMs: number;
    position: number;
    view?: ScreenView;
    /**
     * The guide step this screen shows: at `atMs` (the first input a person made on it, else the
     * screen's own time) and the person's inputs on it, for the caption the replay bar pre-fills
     * and the controls it highlights.
     */
    step?: { atMs: number; inputs: RecordedInput[] };
  }[];
  divergence: string | null;
  /** The recording's notes by virtual time (annotations with `atMs` and a note), for the replay bar. */
  notes?: { atMs: number; note: string }[];
  /** The recording's edited captions by virtual time (annotations with `atMs` and a caption). */
  captions?: { atMs: number; caption: string }[];
  /** The replayed device's Windows version, so thumbnails draw like the device. */
  windowsVersion?: DeviceSnapshot['windowsVersion'];
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

/** What the renderer (and tests) talk to: the same interface over IPC, WebSocket or in memory. */
export interface SimulatorClient {
  invoke: <N extends CommandName>(name: N, payload: CommandInput<N>) => Promise<CommandResult<N>>;
  subscribe<E extends EventName>(name: E, callback: (payload: EventPayloads[E]) => void): () => void;
}

/** One event the session keeps since the device started (the trainer's timeline from the run's start). */
export type LoggedEvent = {
  [N in LoggedEventName]: { name: N; payload: EventPayloads[N] };
}[LoggedEventName];
