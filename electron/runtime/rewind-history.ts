import type { CommandInput, RewindPoint } from '../../shared/contract';
import type { Device } from '../core/device';
import { DeviceError, type DeviceCommandName, type DeviceCore } from '../core/device-core';
import { restoreDevice, serializeDevice } from '../core/device-value';
import { formatClock } from '../core/recording/replay';
import { asDevice } from './saved-device';

/** Virtual time as h:mm:ss, with milliseconds when there are some (two moments can be 10 ms apart). */
function formatMoment(ms: number): string {
  return ms % 1000 === 0 ? formatClock(ms) : `${formatClock(ms)}.${String(ms % 1000).padStart(3, '0')}`;
}

/** The commands that change what the device is (a person's input, a fault, an admin's change); the rest only read or pace. */
const CHANGING_COMMANDS = [
  'device.click',
  'device.type',
  'device.select',
  'device.key',
  'device.power',
  'shell.run',
  'fault.fire',
  'fault.arm',
  'fault.disarm',
  'tenant.change',
] as const satisfies readonly DeviceCommandName[];
type ChangingCommand = (typeof CHANGING_COMMANDS)[number];

/**
 * How many moments are kept. Each is the device as one JSON text (tens of kB for a whole ESP run);
 * past this the oldest go, so a session left running for days stays bounded (rewind then reaches
 * back as far as the oldest kept moment).
 */
export const MAX_REWIND_POINTS = 400;

const MAX_ADVANCE_MS = 7 * 24 * 3_600_000;

interface Moment extends RewindPoint {
  /** The device (and its tenant) just before the command, as `serializeDevice` text. */
  value: string;
  /** The command given at that moment, replayed when rewinding to a time after it. */
  command: { name: ChangingCommand; payload: unknown };
  /** How many events the session had logged just before the command (its EventLog's `count`). */
  logCount: number;
}

/** Whether a command is one of those the history keeps a moment for. */
export function isChangingCommand(name: string): name is ChangingCommand {
  return (CHANGING_COMMANDS as readonly string[]).includes(name);
}

function describeFault(payload: CommandInput<'fault.fire'>): string {
  if ('id' in payload) return `Fault: ${payload.id}`;
  const { kind, ...rest } = payload.fault;
  const details = Object.entries(rest).map(([key, value]) => `${key} ${JSON.stringify(value)}`);
  return details.length > 0 ? `Fault: ${kind} (${details.join(', ')})` : `Fault: ${kind}`;
}

/** What a person reads on the timeline for one moment, e.g. `Click "next" on region`. */
function describe(
  name: ChangingCommand,
  payload: unknown,
  screen: string,
): { label: string; kind: RewindPoint['kind'] } {
  switch (name) {
    case 'device.click':
      return { label: `Click "${(payload as CommandInput<'device.click'>).control}" on ${screen}`, kind: 'input' };
    case 'device.type':
      return { label: `Type in "${(payload as CommandInput<'device.type'>).field}" on ${screen}`, kind: 'input' };
    case 'device.select': {
      const { list, item } = payload as CommandInput<'device.select'>;
      return { label: `Select "${item}" in "${list}" on ${screen}`, kind: 'input' };
    }
    case 'device.key':
      return { label: `Key ${(payload as CommandInput<'device.key'>).chord} on ${screen}`, kind: 'input' };
    case 'device.power':
      return { label: `Power: ${(payload as CommandInput<'device.power'>).action}`, kind: 'input' };
    case 'shell.run':
      return { label: `Command: ${(payload as CommandInput<'shell.run'>).line}`, kind: 'input' };
    case 'fault.fire':
      return { label: describeFault(payload as CommandInput<'fault.fire'>), kind: 'fault' };
    case 'fault.arm': {
      const { fault, atMs } = payload as CommandInput<'fault.arm'>;
      return { label: `Fault armed for ${formatMoment(atMs)}: ${fault.kind}`, kind: 'fault' };
    }
    case 'fault.disarm':
      return { label: `Armed fault taken back (${(payload as CommandInput<'fault.disarm'>).id})`, kind: 'fault' };
    case 'tenant.change':
      return { label: `Tenant: ${(payload as CommandInput<'tenant.change'>).change.kind}`, kind: 'tenant' };
    default:
      return name satisfies never;
  }
}

/**
 * The session's way back in time. Before every command that changes the device it keeps the
 * device as one value (`serializeDevice`), with the command; between two commands only the clock
 * moves, and the core is deterministic, so the device at any virtual time is the last moment
 * before it, that moment's command, and the clock advanced to the time asked for. A new device
 * (scenario loaded, recording started, exercise started) starts a new history.
 */
export class RewindHistory {
  #start: { atMs: number; value: string } | null = null;
  #moments: Moment[] = [];
  #pending: Moment | null = null;
  /** A keystroke into the field of the last moment: it replaces that moment's text instead of adding one. */
  #pendingRetype: unknown = null;

  /** Starts a new history at the device's present moment (a device that cannot be serialized has none). */
  reset(core: DeviceCore): void {
    const device = asDevice(core);
    this.#moments = [];
    this.#pending = null;
    this.#pendingRetype = null;
    this.#start = device ? { atMs: device.nowMs, value: JSON.stringify(serializeDevice(device)) } : null;
  }

  /** Notes the device just before a changing command; `commit` keeps it once the command succeeded. */
  before(core: DeviceCore, name: string, payload: unknown, logCount = 0): void {
    this.#pending = null;
    this.#pendingRetype = null;
    const device = asDevice(core);
    if (!device || !this.#start || !isChangingCommand(name)) return;
    const { label, kind } = describe(name, payload, device.state.page.id);
    const last = this.#moments.at(-1);
    // A field sends its whole text on every keystroke and each one replaces the last, so a run of
    // them into one field is one moment (no device copy per key). Rewinding to a time inside the
    // run gives the field the run's last text.
    if (name === 'device.type' && last?.command.name === 'device.type' && last.label === label) {
      this.#pendingRetype = payload;
      return;
    }
    this.#pending = {
      atMs: device.nowMs,
      label,
      kind,
      value: JSON.stringify(serializeDevice(device)),
      command: { name, payload },
      logCount,
    };
  }

  /**
   * The command of the last `before` is over: when it succeeded its moment joins the history (a
   * refused command changed nothing). Returns whether a moment was added.
   */
  settle(succeeded: boolean): boolean {
    const moment = this.#pending;
    const retype = this.#pendingRetype;
    this.#pending = null;
    this.#pendingRetype = null;
    const last = this.#moments.at(-1);
    if (retype !== null && succeeded && last) last.command = { name: 'device.type', payload: retype };
    if (!moment || !succeeded) return false;
    this.#moments.push(moment);
    if (this.#moments.length > MAX_REWIND_POINTS) {
      const dropped = this.#moments.shift()!;
      // The oldest moment becomes the start: rewinding before it is no longer possible.
      this.#start = { atMs: dropped.atMs, value: dropped.value };
    }
    return true;
  }

  /** The moments one can rewind to, oldest first (each is "just before" its command). */
  points(): RewindPoint[] {
    const start: RewindPoint[] = this.#start
      ? [{ atMs: this.#start.atMs, label: 'Start of this run', kind: 'start' }]
      : [];
    return [...start, ...this.#moments.map(({ atMs, label, kind }) => ({ atMs, label, kind }))];
  }

  /**
   * The device just before moment `point` of `points()` (0: the start). Several commands often share
   * one virtual millisecond (a page waits for the person with no timer due), so a time alone cannot
   * tell them apart; the moment's index can. That moment and those after it are dropped.
   */
  /** The session's event count just before a moment (0 for the start), read before rewinding to it. */
  logCountAt(point: number): number {
    return point === 0 ? 0 : (this.#moments[point - 1]?.logCount ?? 0);
  }

  rewindToPoint(point: number): Device {
    const start = this.#start;
    if (!start) throw new DeviceError('this device has no history to rewind (it cannot be saved as one value)');
    if (point > this.#moments.length)
      throw new DeviceError(
        `there is no moment ${point}: the history has ${this.#moments.length + 1} (0 is the start)`,
      );
    const value = point === 0 ? start.value : this.#moments[point - 1]!.value;
    this.#moments = this.#moments.slice(0, Math.max(0, point - 1));
    this.#pending = null;
    this.#pendingRetype = null;
    return restoreDevice(value);
  }

  /**
   * The device as it was at virtual time `toMs`: commands given before `toMs` have happened, those
   * at or after it have not. The moments from `toMs` on are dropped (what comes next is a new future).
   */
  rewind(core: DeviceCore, toMs: number): Device {
    const start = this.#start;
    if (!start)
      throw new DeviceError('this device has no history to rewind (a recording is running, or it was never saved)');
    if (toMs > core.nowMs)
      throw new DeviceError(
        `cannot rewind to ${formatMoment(toMs)}: the device is only at ${formatMoment(core.nowMs)}`,
      );
    if (toMs < start.atMs)
      throw new DeviceError(
        `cannot rewind to ${formatMoment(toMs)}: the oldest moment kept is ${formatMoment(start.atMs)}`,
      );
    const kept = this.#moments.filter((moment) => moment.atMs < toMs);
    const last = kept.at(-1);
    const device = restoreDevice(last ? last.value : start.value);
    if (last) device.execute(last.command.name, last.command.payload as never);
    // clock.advance takes at most a week at a time; a device left running longer gets there in steps.
    while (toMs > device.nowMs) device.execute('clock.advance', { ms: Math.min(toMs - device.nowMs, MAX_ADVANCE_MS) });
    this.#moments = kept;
    this.#pending = null;
    this.#pendingRetype = null;
    return device;
  }
}
