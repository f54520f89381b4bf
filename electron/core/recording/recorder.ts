import type { CommandInput } from '../../../shared/contract';
import type { RecordedInput, RecordedScreen, Recording } from '../../../shared/recording';
import { RECORDING_FORMAT, RECORDING_VERSION } from '../../../shared/recording';
import type { ScreenId } from '../../../shared/screen-ids';
import type { DeviceCommandName, DeviceCore } from '../device-core';

/** The commands a recording keeps: everything that changes the device. Reads and pacing are left out. */
export const RECORDED_COMMANDS = new Set<DeviceCommandName>([
  'device.click',
  'device.type',
  'device.select',
  'device.key',
  'device.power',
  'shell.run',
  'fault.fire',
  'fault.arm',
  'fault.disarm',
  'clock.advance',
  'clock.skip',
]);

/** What a recording says about where it came from. */
export interface RecordingOrigin {
  id: string;
  title?: string;
  hash: string;
  inline?: unknown;
  seed: number;
}

/**
 * Collects a run as a `Recording`: the session (or the headless runner) calls `input` before each
 * command it executes and `screen` for each screen the device enters. Consecutive time moves of the
 * same kind are merged so a 23-minute ESP is one line, not thousands of pacing ticks.
 */
export class Recorder {
  readonly #inputs: RecordedInput[] = [];
  readonly #screens: RecordedScreen[] = [];
  #last: { screen: ScreenId; atMs: number } = { screen: 'powered-off', atMs: 0 };
  #pushed = false;

  constructor(readonly origin: RecordingOrigin) {}

  /** Notes one command at the virtual time it is applied; commands a recording ignores are skipped. */
  input<N extends DeviceCommandName>(name: N, payload: CommandInput<N>, atMs: number): void {
    this.#pushed = false;
    if (!RECORDED_COMMANDS.has(name)) return;
    const entry = toRecordedInput(name, payload, atMs);
    const previous = this.#inputs.at(-1);
    if (previous && 'advance' in previous && 'advance' in entry && !this.#screenAfter(this.#inputs.length)) {
      previous.advance += entry.advance;
      return;
    }
    if (previous && 'skip' in previous && 'skip' in entry && !this.#screenAfter(this.#inputs.length)) {
      previous.skip += 1;
      return;
    }
    this.#inputs.push(entry);
    this.#pushed = true;
  }

  /**
   * Takes back the input just noted when the device refused it (a control not on screen): a
   * recording holds what the device did, so its replay never trips over the same mistake.
   */
  retract(): void {
    if (this.#pushed) this.#inputs.pop();
    this.#pushed = false;
  }

  /** Notes a screen the device entered (after the inputs noted so far). */
  screen(id: ScreenId, atMs: number): void {
    this.#screens.push({ atMs, id, afterInput: this.#inputs.length });
    this.#last = { screen: id, atMs };
  }

  /** Notes where the device ended (its screen and virtual time). */
  finish(screen: ScreenId, atMs: number): void {
    this.#last = { screen, atMs };
  }

  get inputCount(): number {
    return this.#inputs.length;
  }

  /** The recording so far (a copy: the recorder can go on). */
  recording(): Recording {
    const { id, title, hash, inline, seed } = this.origin;
    return {
      format: RECORDING_FORMAT,
      version: RECORDING_VERSION,
      scenario: { id, ...(title !== undefined ? { title } : {}), hash, ...(inline !== undefined ? { inline } : {}) },
      seed,
      inputs: this.#inputs.map((input) => ({ ...input })),
      screens: this.#screens.map((screen) => ({ ...screen })),
      final: { screen: this.#last.screen, atMs: this.#last.atMs },
    };
  }

  /**
   * A time move that entered a screen is not merged with the next one: the screen's `afterInput`
   * must keep pointing at the move that produced it, or a replay could not say where it diverges.
   */
  #screenAfter(count: number): boolean {
    return this.#screens.at(-1)?.afterInput === count;
  }
}

function toRecordedInput(name: DeviceCommandName, payload: Record<string, unknown>, atMs: number): RecordedInput {
  switch (name) {
    case 'device.click':
      return { atMs, click: payload.control as string };
    case 'device.type':
      return { atMs, type: { field: payload.field as string, text: payload.text as string } };
    case 'device.select':
      return { atMs, select: { list: payload.list as string, item: payload.item as string } };
    case 'device.key':
      return { atMs, key: payload.chord as string };
    case 'device.power':
      return { atMs, power: payload.action as 'on' };
    case 'shell.run':
      return { atMs, shell: payload.line as string };
    case 'fault.fire':
      return { atMs, fault: payload as { id: string } };
    case 'fault.arm': {
      const arm = payload as CommandInput<'fault.arm'>;
      return { atMs, arm: { fault: arm.fault, atMs: arm.atMs } };
    }
    case 'fault.disarm':
      return { atMs, disarm: payload.id as number };
    case 'clock.advance':
      return { atMs, advance: payload.ms as number };
    default:
      return { atMs, skip: 1 };
  }
}

/**
 * The same device, with every command it executes and every screen it enters noted by `recorder`
 * (the headless runner records through this; the session notes its own commands).
 */
export function recordingDevice<D extends DeviceCore>(device: D, recorder: Recorder): D {
  device.onEvent(
    (_name, payload) => {
      const { screen, atMs } = payload as { screen: ScreenId; atMs: number };
      recorder.screen(screen, atMs);
    },
    ['screen:entered'],
  );
  const execute = device.execute.bind(device);
  return new Proxy(device, {
    get(target, key, receiver) {
      if (key === 'execute')
        return <N extends DeviceCommandName>(name: N, input: CommandInput<N>) => {
          recorder.input(name, input, target.nowMs);
          try {
            return execute(name, input);
          } catch (error) {
            recorder.retract();
            throw error;
          }
        };
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}
