import type { CommandInput, Envelope, EventName } from '../../shared/contract';
import type { Pacing } from '../../shared/snapshot';
import { DeviceError, type DeviceCore } from '../core/device-core';
import { scenarioBody } from '../../shared/scenario/scenario';
import { createDevice } from '../core/index';
import type { ScenarioLibrary, ScenarioLoadRequest } from './scenario-library';
import { RecordingController } from './recording-controller';
import { RewindHistory } from './rewind-history';
import { ExerciseController } from './exercise/exercise-controller';
import { LabController } from './lab-controller';
import type { Scenario } from '../../shared/scenario/scenario';
import {
  dispatch,
  errorReply,
  NO_REQUEST_ID,
  type DeviceValueCommand,
  type DispatchHooks,
  type ReplyEnvelope,
} from './dispatcher';
import { asDevice, openSavedDevice, saveDevice } from './saved-device';
import { EventLog } from './event-log';
import type { Tenant } from '../cloud/tenant';

/** An event as every transport carries it. */
export type EventEnvelope = Extract<Envelope, { kind: 'evt' }>;
export type SessionListener = (event: EventEnvelope) => void;

export interface SessionOptions {
  /** Scenarios the user can load (built-ins, opened files); without one, scenario commands fail politely. */
  scenarios?: ScenarioLibrary;
  /** Wall-clock ms between pacing ticks; each tick advances virtual time by `tickMs × factor`. */
  tickMs?: number;
  /**
   * Run the clock as a switched-on device runs: every device this session gets (the first, a
   * scenario picked, a factory reset) starts at the speed the user last chose (×1 until they choose).
   * Off by default, so tests drive time themselves; the web host and the Electron app turn it on.
   */
  autoRun?: boolean;
  /** Errors that must not stop the device (a throwing subscriber, a failing tick): log them. */
  onInternalError?: (error: unknown, context: string) => void;
  /**
   * The app instance's one live tenant (docs/ARCHITECTURE.md "One tenant per app instance"): the
   * session's first device uses it, and every device the session later puts in place for a
   * scenario load or an exercise start joins it with its scenario applied. Left out: the first
   * device's own tenant becomes the one (the first session of a host).
   */
  tenant?: Tenant;
}

/** Virtual ms per wall ms for each pacing; "paused" runs no timer at all. */
export const PACING_FACTORS: Readonly<Record<Pacing, number>> = { paused: 0, x1: 1, x10: 10, x60: 60 };

const DEFAULT_TICK_MS = 100;

/**
 * One running device as a host sees it: commands go through the dispatcher, events fan out to any
 * number of subscribers (browser tabs, the Electron window, tests), and one wall-clock timer turns
 * the device's pacing into virtual time. The timer is a convenience for people watching: tests
 * drive time with `clock.advance`, never by waiting on it.
 */
export class Session {
  #core: DeviceCore;
  #detachCore: () => void;
  readonly #listeners = new Set<SessionListener>();
  readonly #tickMs: number;
  readonly #onInternalError: (error: unknown, context: string) => void;
  #timer: ReturnType<typeof setInterval> | null = null;
  readonly #scenarios: ScenarioLibrary | null;
  #disposed = false;
  readonly #autoRun: boolean;
  /** The tenant every device of this session joins (null: a host wrapper core that has none; loads then get their own). */
  readonly #tenant: Tenant | null;
  /** The last running speed the user chose; a new device starts at it (when `autoRun`). */
  #runningPacing: Exclude<Pacing, 'paused'> = 'x1';
  /** The scenario the device plays (set by `scenario.load`), which a recording starts over. */
  #scenario: Scenario | null = null;
  readonly #recording = new RecordingController({
    scenarios: null,
    currentScenario: () => this.#scenario,
    replaceDevice: (core) => this.replaceDevice(core),
  });
  readonly #exercises = new ExerciseController({
    scenarios: null,
    core: () => this.#core,
    joinTenant: () => this.#joinTenant(),
    replaceDevice: (core, scenario) => {
      this.replaceDevice(core);
      this.#scenario = scenario;
    },
    emit: (view) => this.#emit({ kind: 'evt', name: 'exercise:changed', payload: view }),
  });

  readonly #lab = new LabController({
    scenarios: null,
    currentScenario: () => this.#scenario,
    progress: (payload) => this.#emit({ kind: 'evt', name: 'lab:progress', payload }),
    done: (payload) => this.#emit({ kind: 'evt', name: 'lab:done', payload }),
    onInternalError: (error) => this.#onInternalError(error, 'lab.run'),
  });

  /** Where the device can be put back to (device.rewind); a new device starts a new history. */
  readonly #history = new RewindHistory();
  /** What the current device did since its run started (timeline.history: the trainer's timeline from the start). */
  readonly #log = new EventLog();

  constructor(core: DeviceCore, options: SessionOptions = {}) {
    this.#tickMs = options.tickMs ?? DEFAULT_TICK_MS;
    this.#scenarios = options.scenarios ?? null;
    this.#onInternalError = options.onInternalError ?? (() => undefined);
    this.#autoRun = options.autoRun ?? false;
    this.#tenant = options.tenant ?? asDevice(core)?.tenant ?? null;
    this.#recording.host.scenarios = this.#scenarios;
    this.#exercises.host.scenarios = this.#scenarios;
    this.#lab.host.scenarios = this.#scenarios;
    this.#core = core;
    this.#startClock(core);
    this.#detachCore = this.#attach(core);
    this.#history.reset(core);
    this.#syncPacing();
  }

  /** A new device runs at the remembered speed (autoRun); otherwise it keeps the pacing it was given. */
  #startClock(core: DeviceCore): void {
    if (this.#autoRun && core.pacing === 'paused') core.execute('clock.pacing', { pacing: this.#runningPacing });
  }

  /** The speed a new device starts at: the user's last choice of ×1, ×10 or ×60. */
  get runningPacing(): Exclude<Pacing, 'paused'> {
    return this.#runningPacing;
  }

  /** The tenant this session's devices share with every other device of the app instance (null: none fixed). */
  get tenant(): Tenant | null {
    return this.#tenant;
  }

  /**
   * The tenant a device about to replace the current one joins. The current device leaves it
   * first (its Entra, Intune and Configuration Manager records go: Tenant.retireDevice), unless it
   * runs on a tenant of its own (a reopened or rewound device keeps its saved copy).
   */
  #joinTenant(): Tenant | null {
    const tenant = this.#tenant;
    const current = asDevice(this.#core);
    if (tenant && current?.tenant === tenant) tenant.retireDevice(current.state.identity.serialNumber);
    return tenant;
  }

  /** The device currently behind this session (it changes on `replaceDevice`). */
  get core(): DeviceCore {
    return this.#core;
  }

  /** Whether the pacing timer is running (for diagnostics and tests of the timer itself). */
  get pacingTimerActive(): boolean {
    return this.#timer !== null;
  }

  /** Dispatches one raw request and returns its reply; pacing changes take effect at once. */
  handle(raw: unknown, hooks: DispatchHooks = {}): ReplyEnvelope {
    if (this.#disposed) {
      return errorReply(NO_REQUEST_ID, '', { code: 'command-failed', message: 'the session has been closed' });
    }
    const reply = dispatch(this.#core, raw, {
      scenarios: this.#scenarioHooks(),
      recording: (command, input) => this.#recording.handle(command, input),
      exercise: (command, input) => this.#exercises.handle(command, input),
      lab: (command, input) => this.#lab.handle(command, input),
      deviceValue: (command, input) => this.#deviceValueCommand(command, input),
      beforeExecute: (command, input) => this.#history.before(this.#core, command, input, this.#log.count),
      ...hooks,
      onInternalError: hooks.onInternalError ?? ((error, command) => this.#onInternalError(error, command)),
    });
    if (this.#history.settle(reply.kind === 'res')) this.#emitPoints();
    if (reply.kind === 'res') {
      this.#afterCommand(raw);
      const { name, payload } = raw as { name: string; payload: unknown };
      this.#exercises.afterCommand(name, payload, reply.payload);
    }
    this.#syncPacing();
    return reply;
  }

  /**
   * `device.history` lists the moments; `device.rewind` puts the device back as it was at one;
   * `device.save` gives the device as a file; `device.open` puts a saved one in its place.
   */
  #deviceValueCommand(command: DeviceValueCommand, input: unknown): unknown {
    if (command === 'device.history') return { points: this.#history.points() };
    if (command === 'timeline.history') return { events: this.#log.events() };
    if (command === 'device.save') return saveDevice(this.#core);
    if (command === 'device.open') {
      const { fileName, text } = input as CommandInput<'device.open'>;
      const device = openSavedDevice(fileName, text);
      this.replaceDevice(device);
      const id = device.state.scenario?.id ?? null;
      const loaded = id && this.#scenarios ? this.#scenarios.load({ id }) : null;
      // A recording of a reopened device starts its scenario over, when the library still has it.
      this.#scenario = loaded?.ok ? loaded.scenario : null;
      return { ok: true, scenario: id, nowMs: device.nowMs };
    }
    if (this.#recording.recording)
      throw new DeviceError('stop the recording first (record.stop): a rewind would cut the walkthrough short');
    const target = input as CommandInput<'device.rewind'>;
    const pacing = this.#core.pacing;
    const logCount = 'point' in target ? this.#history.logCountAt(target.point) : null;
    const device =
      'point' in target ? this.#history.rewindToPoint(target.point) : this.#history.rewind(this.#core, target.toMs);
    device.execute('clock.pacing', { pacing });
    // The rewound device has done only what came before its moment; the rest of the log goes.
    if (logCount === null) this.#log.truncateAfter(device.nowMs);
    else this.#log.truncateTo(logCount);
    this.#swapDevice(device);
    this.#emitPoints();
    return { nowMs: device.nowMs, points: this.#history.points() };
  }

  #emitPoints(): void {
    this.#emit({ kind: 'evt', name: 'rewind:points', payload: { points: this.#history.points() } });
  }

  /** Remembers a speed the user chose; a factory reset is a new device, whose clock runs again. */
  #afterCommand(raw: unknown): void {
    const { name, payload } = raw as { name: string; payload: Record<string, unknown> };
    if (name === 'clock.pacing' && payload.pacing !== 'paused') {
      this.#runningPacing = payload.pacing as Exclude<Pacing, 'paused'>;
    } else if (name === 'device.power' && payload.action === 'factory-reset' && this.#autoRun) {
      this.#core.execute('clock.pacing', { pacing: this.#runningPacing });
    }
  }

  /** Scenario commands: list the library; load one into a new device that replaces the current one. */
  #scenarioHooks(): DispatchHooks['scenarios'] {
    const library = this.#scenarios;
    if (!library) return undefined;
    return {
      list: () => ({ scenarios: library.list() }),
      load: (input) => {
        const loaded = library.load(input as ScenarioLoadRequest);
        if (!loaded.ok) return { ok: false, problems: loaded.problems };
        const { id, title, description } = loaded.scenario;
        const pacing = this.#autoRun ? this.#runningPacing : this.#core.pacing;
        const tenant = this.#joinTenant();
        const core = createDevice(scenarioBody(loaded.scenario), {
          scenario: { id, title, description },
          ...(tenant ? { tenant, tenantJoin: 'scenario' as const } : {}),
        });
        core.execute('clock.pacing', { pacing });
        this.replaceDevice(core);
        this.#scenario = loaded.scenario;
        return { ok: true, payload: { ok: true, id } };
      },
    };
  }

  /** Receives every event of the current device (and of any device that replaces it). */
  subscribe(listener: SessionListener): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  /**
   * Swaps the device (factory reset into a new setup, scenario load). Subscribers stay subscribed
   * and get the new device's snapshot at once, so every view redraws without asking.
   */
  replaceDevice(core: DeviceCore): void {
    this.#history.reset(core);
    this.#log.clear();
    this.#emitPoints();
    this.#startClock(core);
    this.#swapDevice(core);
  }

  /**
   * Puts another device behind the session (a new one, or the same one rewound) and redraws every
   * view. A rewound device keeps the pacing it is given: a paused trainer stays paused.
   */
  #swapDevice(core: DeviceCore): void {
    if (this.#disposed) throw new Error('the session has been closed');
    this.#detachCore();
    this.#core = core;
    this.#detachCore = this.#attach(core);
    try {
      this.#emit({ kind: 'evt', name: 'snapshot', payload: core.execute('device.snapshot', {}) });
    } catch (error) {
      this.#onInternalError(error, 'replaceDevice');
    }
    this.#syncPacing();
  }

  /** Stops the pacing timer and detaches from the device; later requests get an error reply. */
  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    this.#lab.dispose();
    this.#stopTimer();
    this.#detachCore();
    this.#listeners.clear();
  }

  #attach(core: DeviceCore): () => void {
    return core.onEvent((name: EventName, payload) => {
      this.#log.note(name, payload);
      this.#emit({ kind: 'evt', name, payload });
      this.#exercises.onDeviceEvent(name, payload);
    });
  }

  #emit(event: EventEnvelope): void {
    for (const listener of [...this.#listeners]) {
      // One broken subscriber (a closed socket, a throwing test callback) must not starve the rest.
      try {
        listener(event);
      } catch (error) {
        this.#onInternalError(error, `subscriber of ${event.name}`);
      }
    }
  }

  #syncPacing(): void {
    const running = !this.#disposed && PACING_FACTORS[this.#core.pacing] > 0;
    if (running && this.#timer === null) {
      this.#timer = setInterval(() => this.#tick(), this.#tickMs);
    } else if (!running) {
      this.#stopTimer();
    }
  }

  #tick(): void {
    // The factor is read on every tick, so x1 → x60 needs no timer restart.
    const ms = this.#tickMs * PACING_FACTORS[this.#core.pacing];
    if (ms > 0) {
      try {
        this.#core.execute('clock.advance', { ms });
      } catch (error) {
        this.#onInternalError(error, 'pacing tick');
      }
    }
    this.#syncPacing();
  }

  #stopTimer(): void {
    if (this.#timer !== null) clearInterval(this.#timer);
    this.#timer = null;
  }
}
