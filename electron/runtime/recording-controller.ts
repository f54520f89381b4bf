import type { CommandInput, RecordingFile, ReplayStatus } from '../../shared/contract';
import type { ScreenView } from '../../shared/snapshot';
import type { Scenario } from '../../shared/scenario/scenario';
import { contentHash, formatRecording, parseRecording, type Recording } from '../../shared/recording';
import { DeviceError, type DeviceCore } from '../core/device-core';
import { Recorder, recordingDevice } from '../core/recording/recorder';
import { deviceForRecording, isPersonInput, Replayer } from '../core/recording/replay';
import type { ScenarioLibrary } from './scenario-library';

/** An open replay: the recording (its annotations edited in place), its scenario, where it stands. */
interface OpenReplay {
  recording: Recording;
  scenario: Scenario;
  status: ReplayStatus;
}

/** What the controller needs of its session: the scenario on the device, and a way to swap devices. */
export interface RecordingHost {
  scenarios: ScenarioLibrary | null;
  /** The scenario the current device plays (null for the default device). */
  currentScenario(): Scenario | null;
  replaceDevice(core: DeviceCore): void;
}

/**
 * The session's `record.*` and `replay.*` commands. Recording starts the current scenario over
 * and records through a wrapped device, so pacing ticks, clicks and faults are all noted with
 * their virtual time. A replay rebuilds the device from the recording at each position (the core
 * is fast and deterministic, so seeking backwards is replaying from the start).
 */
export class RecordingController {
  #recorder: Recorder | null = null;
  /** The device being recorded, whose screen and time end the recording when it is saved. */
  #recorded: ReturnType<typeof deviceForRecording> | null = null;
  #replay: OpenReplay | null = null;

  constructor(readonly host: RecordingHost) {}

  get recording(): boolean {
    return this.#recorder !== null;
  }

  handle(command: string, input: unknown): unknown {
    switch (command) {
      case 'record.start':
        return this.#start();
      case 'record.stop': {
        const file = this.#save();
        this.#recorder = null;
        return file;
      }
      case 'record.save':
        return this.#save();
      case 'replay.open':
        return this.#open((input as CommandInput<'replay.open'>).text);
      case 'replay.seek':
        return this.#seek((input as CommandInput<'replay.seek'>).position);
      case 'replay.annotate':
        return this.#annotate(input as CommandInput<'replay.annotate'>);
      case 'replay.save': {
        const replay = this.#openReplay();
        return {
          fileName: `${replay.recording.scenario.id}.recording.json`,
          text: formatRecording(replay.recording),
        } satisfies RecordingFile;
      }
      case 'replay.close':
        this.#replay = null;
        return { ok: true };
      default:
        throw new DeviceError(`unknown recording command "${command}"`);
    }
  }

  #start(): { ok: true; scenario: string } {
    const scenario = this.host.currentScenario();
    if (!scenario) throw new DeviceError('load a scenario first: a recording replays a scenario');
    const recorder = new Recorder({
      id: scenario.id,
      title: scenario.title,
      hash: contentHash(scenario),
      seed: scenario.seed,
    });
    const device = recordingDevice(deviceForRecording(scenario, { seed: scenario.seed }), recorder);
    this.#replay = null;
    this.#recorder = recorder;
    this.#recorded = device;
    this.host.replaceDevice(device);
    device.execute('device.power', { action: 'on' });
    return { ok: true, scenario: scenario.id };
  }

  #save(): RecordingFile {
    const recorder = this.#recorder;
    if (!recorder) throw new DeviceError('nothing is being recorded (record.start first)');
    if (this.#recorded) recorder.finish(this.#recorded.state.page.id, this.#recorded.nowMs);
    const recording = recorder.recording();
    return { fileName: `${recording.scenario.id}.recording.json`, text: formatRecording(recording) };
  }

  #open(text: string): ReplayStatus {
    const parsed = parseRecording(text);
    if (!parsed.ok) throw new DeviceError(`not a valid recording: ${parsed.problems.slice(0, 5).join('; ')}`);
    const { recording } = parsed;
    const scenario = this.#scenarioFor(recording);
    const check = new Replayer(recording, scenario);
    const views = screenViews(check, new Set(recording.screens.map((s) => s.afterInput)));
    check.run();
    const status: ReplayStatus = {
      scenario: recording.scenario.id,
      position: 0,
      inputs: recording.inputs.length,
      screens: recording.screens.map((s, index) => ({
        id: s.id,
        atMs: s.atMs,
        position: s.afterInput,
        ...(views.has(s.afterInput) ? { view: views.get(s.afterInput) } : {}),
        step: stepOf(recording, index),
      })),
      divergence: check.divergence?.message ?? null,
      notes: notesOf(recording),
      captions: captionsOf(recording),
      windowsVersion: check.device.execute('device.snapshot', {}).windowsVersion,
    };
    this.#recorder = null;
    this.#replay = { recording, scenario, status };
    return this.#seek(recording.screens[0]?.afterInput ?? 0);
  }

  #openReplay(): OpenReplay {
    const replay = this.#replay;
    if (!replay) throw new DeviceError('no recording is open (replay.open first)');
    return replay;
  }

  /**
   * One annotation per time, holding its caption and note: a text given replaces the old one, an
   * empty one removes it (an empty caption is the generated caption again). Annotations naming
   * their step by index (written by hand) are left as they are.
   */
  #annotate({ atMs, note, caption }: CommandInput<'replay.annotate'>): ReplayStatus {
    const replay = this.#openReplay();
    const all = replay.recording.annotations ?? [];
    const before = all.filter((a) => a.atMs === atMs);
    const merged = {
      atMs,
      caption: caption === undefined ? before.findLast((a) => a.caption !== undefined)?.caption : caption,
      note: note === undefined ? before.findLast((a) => a.note !== undefined)?.note : note,
    };
    const entry = {
      atMs,
      ...(merged.caption?.trim() ? { caption: merged.caption } : {}),
      ...(merged.note?.trim() ? { note: merged.note } : {}),
    };
    const others = all.filter((a) => a.atMs !== atMs);
    const annotations = Object.keys(entry).length > 1 ? [...others, entry] : others;
    replay.recording = { ...replay.recording, annotations: annotations.length ? annotations : undefined };
    replay.status = {
      ...replay.status,
      notes: notesOf(replay.recording),
      captions: captionsOf(replay.recording),
    };
    return replay.status;
  }

  #seek(position: number): ReplayStatus {
    const replay = this.#openReplay();
    const replayer = new Replayer(replay.recording, replay.scenario);
    const target = Math.min(position, replay.recording.inputs.length);
    while (replayer.position < target && replayer.step());
    this.host.replaceDevice(replayer.device);
    replay.status = { ...replay.status, position: replayer.position };
    return replay.status;
  }

  #scenarioFor(recording: Recording): Scenario {
    const library = this.host.scenarios;
    if (recording.scenario.inline !== undefined && library) {
      const loaded = library.load({
        fileName: `${recording.scenario.id}.json`,
        text: JSON.stringify(recording.scenario.inline),
      });
      if (loaded.ok) return loaded.scenario;
    }
    if (!library) throw new DeviceError('this host has no scenario library to replay from');
    const loaded = library.load({ id: recording.scenario.id });
    if (!loaded.ok)
      throw new DeviceError(
        `the recording's scenario "${recording.scenario.id}" cannot be loaded: ${loaded.problems[0]?.message ?? ''}`,
      );
    return loaded.scenario;
  }
}

/**
 * Steps a replay through the positions the recorded screens start at and keeps the screen each
 * shows (what seeking there shows): the replay bar draws them as thumbnails. The replay is left
 * where it stopped, so the caller's `run()` finishes the check from there.
 */
function screenViews(replayer: Replayer, positions: ReadonlySet<number>): Map<number, ScreenView> {
  const views = new Map<number, ScreenView>();
  const keep = () => {
    if (positions.has(replayer.position) && !replayer.divergence)
      views.set(replayer.position, replayer.device.execute('device.snapshot', {}).screen);
  };
  keep();
  while (replayer.step()) keep();
  return views;
}

function notesOf(recording: Recording): { atMs: number; note: string }[] {
  return (recording.annotations ?? []).flatMap((a) =>
    a.atMs !== undefined && a.note !== undefined ? [{ atMs: a.atMs, note: a.note }] : [],
  );
}

function captionsOf(recording: Recording): { atMs: number; caption: string }[] {
  return (recording.annotations ?? []).flatMap((a) =>
    a.atMs !== undefined && a.caption !== undefined ? [{ atMs: a.atMs, caption: a.caption }] : [],
  );
}

/**
 * The guide step a recorded screen shows (as `oobe-sim record` cuts them): the person's inputs
 * made on it (their first run: a wait between two starts a new step), at the time of the first (the guide's action step starts then); a screen with none
 * is named by its own time, which picks the step showing then (a wait, or the action that led
 * there). Annotations made in the replay bar use this time, so they land on the step seen.
 */
function stepOf(recording: Recording, index: number): { atMs: number; inputs: Recording['inputs'] } {
  const screen = recording.screens[index]!;
  const end = recording.screens[index + 1]?.afterInput ?? recording.inputs.length;
  const range = recording.inputs.slice(screen.afterInput, end);
  // The first run of person inputs is one guide step; a wait after it starts the next.
  const first = range.findIndex(isPersonInput);
  const inputs = first < 0 ? [] : range.slice(first, first + runLength(range.slice(first)));
  return { atMs: inputs[0]?.atMs ?? screen.atMs, inputs };
}

function runLength(inputs: Recording['inputs']): number {
  const stop = inputs.findIndex((input) => !isPersonInput(input));
  return stop < 0 ? inputs.length : stop;
}
