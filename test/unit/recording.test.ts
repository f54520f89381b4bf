import { describe, expect, it } from 'vitest';
import { Recorder } from '../../electron/core/recording/recorder';
import { replayRecording } from '../../electron/core/recording/replay';
import { runScenario } from '../../electron/core/scenario/runner';
import { Session } from '../../electron/runtime/session';
import { createDevice } from '../../electron/core/index';
import { diskScenarioLibrary } from '../../electron/scenarios/disk-library';
import { loadScenarioRef } from '../../electron/scenarios/library';
import type { ReplayStatus } from '../../shared/contract';
import type { Scenario } from '../../shared/scenario/scenario';
import { contentHash, formatRecording, parseRecording, type Recording } from '../../shared/recording';

function builtin(id: string): Scenario {
  const loaded = loadScenarioRef(id);
  if (!loaded.ok) throw new Error(`${id}: ${loaded.problems[0]?.message}`);
  return loaded.scenario;
}

function record(scenario: Scenario) {
  const recorder = new Recorder({ id: scenario.id, hash: contentHash(scenario), seed: scenario.seed });
  const run = runScenario(scenario, { recorder });
  return { recording: recorder.recording(), ...run };
}

describe('recording a headless run', () => {
  it.each(['preprovision-entra', 'user-driven-entra'])('%s: replay gives the same screens and final state', (id) => {
    const scenario = builtin(id);
    const { recording, result, device } = record(scenario);
    const parsed = parseRecording(formatRecording(recording));
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    const replay = replayRecording(parsed.recording, scenario);
    expect(replay.divergence).toBeNull();
    expect(replay.screens.map((s) => [s.id, s.atMs])).toEqual(result.screens.map((s) => [s.id, s.atMs]));
    expect(replay.device.state).toEqual(device.state);
    expect(parsed.recording.final).toEqual({ screen: result.finalScreen, atMs: result.virtualDurationMs });
  });

  it('is small and one input per line (diff-able)', () => {
    const { recording } = record(builtin('user-driven-entra'));
    const text = formatRecording(recording);
    expect(text.length).toBeLessThan(8_000);
    expect(text.split('\n').length).toBeGreaterThan(recording.inputs.length + recording.screens.length);
  });

  it('names where a recording no longer matches its changed scenario', () => {
    const scenario = builtin('user-driven-entra');
    const { recording } = record(scenario);
    // The scenario changes: the user's password is different, so the recorded sign-in fails.
    const changed = structuredClone(scenario) as Scenario & { tenant: { users: { password: string }[] } };
    for (const user of changed.tenant.users) user.password = `${user.password}-changed`;
    const replay = replayRecording(recording, changed);
    expect(replay.scenarioChanged).toBe(true);
    expect(replay.divergence).not.toBeNull();
    expect(replay.divergence?.message).toMatch(
      /diverges at input \d+ .*expected screen "[a-z-]+".*the scenario has changed/,
    );
    const firstDifferent = replay.divergence?.screen ?? -1;
    expect(replay.screens.slice(0, firstDifferent)).toEqual(recording.screens.slice(0, firstDifferent));
  });

  it('refuses a file that is not a recording, naming the field', () => {
    const broken = JSON.parse(formatRecording(record(builtin('kiosk-autologon')).recording)) as Recording;
    (broken as { seed: unknown }).seed = 'x';
    const parsed = parseRecording(JSON.stringify(broken));
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.problems[0]).toMatch(/^seed: /);
  });
});

describe('recording in the session', () => {
  it('records every input with its virtual time and replays it through replay.open/seek', () => {
    const session = new Session(createDevice(), { scenarios: diskScenarioLibrary() });
    const call = (name: string, payload: unknown = {}) => {
      const reply = session.handle({ kind: 'req', id: 1, name, payload });
      if (reply.kind === 'err') throw new Error(reply.error.message);
      return reply.payload as Record<string, unknown>;
    };
    call('scenario.load', { id: 'first-pages-wired-preset' });
    call('record.start');
    for (let i = 0; i < 3; i += 1) call('clock.skip');
    call('clock.advance', { ms: 1500 });
    call('clock.advance', { ms: 500 });
    const screenNow = session.core.execute('device.snapshot', {}).screen.id;
    const stateNow = structuredClone((session.core as unknown as { state: unknown }).state);
    const file = call('record.stop') as { fileName: string; text: string };
    expect(file.fileName).toBe('first-pages-wired-preset.recording.json');
    const parsed = parseRecording(file.text);
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    expect(parsed.recording.inputs[0]).toEqual({ atMs: 0, power: 'on' });
    const advanced = parsed.recording.inputs.reduce((sum, input) => sum + ('advance' in input ? input.advance : 0), 0);
    expect(advanced).toBe(2000);
    expect(parsed.recording.inputs.filter((input) => 'skip' in input).length).toBeGreaterThan(0);

    const status = call('replay.open', { text: file.text });
    expect(status.divergence).toBeNull();
    const end = call('replay.seek', { position: parsed.recording.inputs.length });
    expect(end.position).toBe(parsed.recording.inputs.length);
    expect(session.core.execute('device.snapshot', {}).screen.id).toBe(screenNow);
    expect((session.core as unknown as { state: unknown }).state).toEqual(stateNow);
    session.dispose();
  });

  it('gives each recorded screen the view seeking there shows (the replay bar thumbnails)', () => {
    const scenario = loadScenarioRef('first-pages-wired-preset');
    if (!scenario.ok) throw new Error('first-pages-wired-preset does not load');
    const recorder = new Recorder({
      id: scenario.scenario.id,
      title: scenario.scenario.title,
      hash: contentHash(scenario.scenario),
      seed: scenario.scenario.seed,
    });
    runScenario(scenario.scenario, { recorder });
    const session = new Session(createDevice(), { scenarios: diskScenarioLibrary() });
    const call = (name: string, payload: unknown = {}) => {
      const reply = session.handle({ kind: 'req', id: 1, name, payload });
      if (reply.kind === 'err') throw new Error(reply.error.message);
      return reply.payload;
    };
    const status = call('replay.open', { text: formatRecording(recorder.recording()) }) as ReplayStatus;
    expect(status.windowsVersion).toBe('11');
    expect(status.screens.length).toBeGreaterThan(3);
    for (const screen of status.screens) {
      call('replay.seek', { position: screen.position });
      expect(screen.view).toEqual(session.core.execute('device.snapshot', {}).screen);
    }
    session.dispose();
  });

  it('refuses record.start without a scenario, and the device keeps running', () => {
    const session = new Session(createDevice(), { scenarios: diskScenarioLibrary() });
    const reply = session.handle({ kind: 'req', id: 2, name: 'record.start', payload: {} });
    expect(reply.kind).toBe('err');
    expect(reply.kind === 'err' && reply.error.message).toMatch(/load a scenario first/);
    session.dispose();
  });
});
