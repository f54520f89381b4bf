import type { RecordedInput, RecordedScreen, Recording } from '../../../shared/recording';
import { contentHash } from '../../../shared/recording';
import { scenarioBody } from '../../../shared/scenario/scenario';
import type { Scenario } from '../../../shared/scenario/scenario-types';
import type { ScreenId } from '../../../shared/screen-ids';
import { createDevice } from '../device';
import { DeviceError } from '../device-core';

/** Where a replay stopped agreeing with its recording. */
export interface Divergence {
  /** The input (index into `inputs`) at which the device did something else. */
  input: number;
  /** The screen (index into `screens`) that differs, when a screen does. */
  screen: number | null;
  atMs: number;
  expected: string;
  actual: string;
  /** One sentence for people: "step 12 (click "next" at 0:04:10): expected screen …, the device showed …". */
  message: string;
}

type Device = ReturnType<typeof createDevice>;

/** Builds the device a recording starts from: the scenario with the recording's seed, switched off. */
export function deviceForRecording(scenario: Scenario, recording: Pick<Recording, 'seed'>): Device {
  const { id, title, description } = scenario;
  return createDevice(
    { ...scenarioBody(scenario), seed: recording.seed },
    { powerOn: false, scenario: { id, title, description } },
  );
}

/**
 * Replays a recording one input at a time on a fresh device, checking every screen against the
 * recorded ones. Stops at the first difference (`divergence`) instead of drifting on: inputs meant
 * for a screen that never came would only make things up. Pure: the exporters step it and take
 * pictures between steps.
 */
export class Replayer {
  readonly device: Device;
  readonly screens: RecordedScreen[] = [];
  divergence: Divergence | null = null;
  /** How many inputs have been applied. */
  position = 0;
  /** The scenario's hash differs from the one recorded (it was edited since). */
  readonly scenarioChanged: boolean;

  constructor(
    readonly recording: Recording,
    scenario: Scenario,
  ) {
    this.scenarioChanged = contentHash(scenario) !== recording.scenario.hash;
    this.device = deviceForRecording(scenario, recording);
    this.device.onEvent(
      (_name, payload) => {
        const { screen, atMs } = payload as { screen: ScreenId; atMs: number };
        this.screens.push({ atMs, id: screen, afterInput: this.position });
      },
      ['screen:entered'],
    );
  }

  get done(): boolean {
    return this.divergence !== null || this.position >= this.recording.inputs.length;
  }

  get screenId(): ScreenId {
    return this.device.state.page.id;
  }

  /** Applies the next input; returns false when the replay is over (the end, or a divergence). */
  step(): boolean {
    if (this.done) return false;
    const index = this.position;
    const input = this.recording.inputs[index]!;
    if (this.device.nowMs !== input.atMs) {
      return this.#diverge(index, null, `virtual time ${formatClock(input.atMs)}`, `${formatClock(this.device.nowMs)}`);
    }
    this.position += 1;
    try {
      applyInput(this.device, input);
    } catch (error) {
      if (!(error instanceof DeviceError)) throw error;
      return this.#diverge(index, null, describeInput(input), `the device refused it: ${error.message}`);
    }
    return this.#checkScreens(index);
  }

  /** Replays to the end (or the divergence). */
  run(): this {
    while (this.step());
    if (!this.divergence) {
      const { final } = this.recording;
      const actual = { screen: this.screenId, atMs: this.device.nowMs };
      if (this.screens.length !== this.recording.screens.length) this.#checkScreens(this.position - 1, true);
      else if (actual.screen !== final.screen || actual.atMs !== final.atMs)
        this.#diverge(
          this.position,
          null,
          `to end on "${final.screen}" at ${formatClock(final.atMs)}`,
          `ended on "${actual.screen}" at ${formatClock(actual.atMs)}`,
        );
    }
    return this;
  }

  #checkScreens(index: number, atEnd = false): boolean {
    const recorded = this.recording.screens.filter((s) => s.afterInput <= index + 1);
    const count = atEnd
      ? Math.max(this.screens.length, this.recording.screens.length)
      : Math.max(this.screens.length, recorded.length);
    for (let i = 0; i < count; i += 1) {
      const want = (atEnd ? this.recording.screens : recorded)[i];
      const got = this.screens[i];
      if (want && got && want.id === got.id && want.atMs === got.atMs) continue;
      const expected = want ? `screen "${want.id}" at ${formatClock(want.atMs)}` : 'no further screen';
      const actual = got ? `screen "${got.id}" at ${formatClock(got.atMs)}` : 'no further screen';
      return this.#diverge(index, i, expected, actual);
    }
    return true;
  }

  #diverge(input: number, screen: number | null, expected: string, actual: string): false {
    const recorded = this.recording.inputs[input];
    const what = recorded
      ? `input ${input + 1} (${describeInput(recorded)} at ${formatClock(recorded.atMs)})`
      : 'the end';
    const hint = this.scenarioChanged ? ' — the scenario has changed since this recording was made' : '';
    this.divergence = {
      input,
      screen,
      atMs: this.device.nowMs,
      expected,
      actual,
      message: `the recording diverges at ${what}${screen === null ? '' : `, screen ${screen + 1}`}: expected ${expected}, got ${actual}${hint}`,
    };
    return false;
  }
}

/** Replays a whole recording: the screens it produced, the final device and the first divergence. */
export function replayRecording(recording: Recording, scenario: Scenario): Replayer {
  return new Replayer(recording, scenario).run();
}

/** Sends one recorded input to the device, as the person (or the clock) did. */
export function applyInput(device: Device, input: RecordedInput): void {
  if ('click' in input) device.execute('device.click', { control: input.click });
  else if ('type' in input) device.execute('device.type', input.type);
  else if ('select' in input) device.execute('device.select', input.select);
  else if ('key' in input) device.execute('device.key', { chord: input.key });
  else if ('power' in input) device.execute('device.power', { action: input.power });
  else if ('shell' in input) device.execute('shell.run', { line: input.shell });
  else if ('fault' in input) device.execute('fault.fire', input.fault);
  else if ('arm' in input) device.execute('fault.arm', input.arm);
  else if ('disarm' in input) device.execute('fault.disarm', { id: input.disarm });
  else if ('advance' in input) device.execute('clock.advance', { ms: input.advance });
  else for (let i = 0; i < input.skip; i += 1) device.execute('clock.skip', {});
}

/** Whether an input is the person's (not the clock's). */
export function isPersonInput(input: RecordedInput): boolean {
  return !('advance' in input) && !('skip' in input);
}

/** A short technical description of an input, for divergence messages. */
export function describeInput(input: RecordedInput): string {
  if ('click' in input) return `click "${input.click}"`;
  if ('type' in input) return `type in "${input.type.field}"`;
  if ('select' in input) return `select "${input.select.item}" in "${input.select.list}"`;
  if ('key' in input) return `key ${input.key}`;
  if ('power' in input) return `power ${input.power}`;
  if ('shell' in input) return `shell "${input.shell}"`;
  if ('fault' in input) return 'fault';
  if ('arm' in input) return `arm ${input.arm.fault.kind} for ${input.arm.atMs} ms`;
  if ('disarm' in input) return `disarm fault ${input.disarm}`;
  if ('advance' in input) return `advance ${input.advance} ms`;
  return `skip ×${input.skip}`;
}

/** Virtual time as h:mm:ss. */
export function formatClock(ms: number): string {
  const total = Math.floor(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}
