import type { CommandInput, CommandName, CommandResult, EventName, EventPayloads } from '../../shared/contract';
import type { Pacing } from '../../shared/snapshot';

/** Commands the core itself answers; `renderer.ready` belongs to the hosts. */
export type DeviceCommandName = Exclude<
  CommandName,
  | 'renderer.ready'
  | 'scenario.list'
  | 'scenario.load'
  | `record.${string}`
  | `replay.${string}`
  | `class.${string}`
  | `exercise.${string}`
  | `lab.${string}`
  | 'device.rewind'
  | 'device.save'
  | 'device.open'
  | 'device.history'
  | 'timeline.history'
>;

export type DeviceEventListener = <E extends EventName>(name: E, payload: EventPayloads[E]) => void;

/**
 * The virtual device as every adapter sees it: a pure, deterministic machine driven by commands
 * and by its virtual clock. Hosts add real-time pacing by calling `execute('clock.advance', …)`
 * from a timer while `pacing` is not "paused".
 */
export interface DeviceCore {
  /**
   * Runs one already-validated command. Throws `DeviceError` when the command makes no sense for
   * the device's current state (e.g. a control that is not on screen); the device keeps running.
   */
  execute<N extends DeviceCommandName>(name: N, input: CommandInput<N>): CommandResult<N>;
  /**
   * Listens to the events the device emits (all of them, or only `names`); returns the unsubscribe
   * function. Snapshots are only built while someone listens to them.
   */
  onEvent(listener: DeviceEventListener, names?: readonly EventName[]): () => void;
  readonly pacing: Pacing;
  readonly nowMs: number;
}

/** A user-level mistake (wrong control, wrong state): reported to the caller, never fatal. */
export class DeviceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DeviceError';
  }
}
