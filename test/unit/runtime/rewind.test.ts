import { describe, expect, it } from 'vitest';
import type { RecordedInput } from '../../../shared/recording';
import { serializeDevice } from '../../../electron/core/device-value';
import type { Device } from '../../../electron/core/device';
import { Recorder } from '../../../electron/core/recording/recorder';
import { deviceForRecording } from '../../../electron/core/recording/replay';
import { runScenario } from '../../../electron/core/scenario/runner';
import { MAX_REWIND_POINTS } from '../../../electron/runtime/rewind-history';
import { Session } from '../../../electron/runtime/session';
import type { Scenario } from '../../../shared/scenario/scenario';
import { loadBuiltin } from '../../scenarios/builtin-library';

/** The command a recorded input was, as a session receives it from a window. */
function toRequest(input: RecordedInput, id: number): { kind: 'req'; id: number; name: string; payload: unknown } {
  const req = (name: string, payload: unknown) => ({ kind: 'req' as const, id, name, payload });
  if ('click' in input) return req('device.click', { control: input.click });
  if ('type' in input) return req('device.type', input.type);
  if ('select' in input) return req('device.select', input.select);
  if ('key' in input) return req('device.key', { chord: input.key });
  if ('power' in input) return req('device.power', { action: input.power });
  if ('shell' in input) return req('shell.run', { line: input.shell });
  if ('fault' in input) return req('fault.fire', input.fault);
  if ('advance' in input) return req('clock.advance', { ms: input.advance });
  return req('clock.skip', {});
}

const value = (session: Session) => JSON.stringify(serializeDevice(session.core as Device));

/** Plays a built-in through a session as a person would, noting the device before each first input of a moment. */
async function playThrough(id: string, stopAtMs = Infinity) {
  const scenario: Scenario = await loadBuiltin(id);
  const recorder = new Recorder({ id, hash: '', seed: scenario.seed });
  runScenario(scenario, { recorder });
  const session = new Session(deviceForRecording(scenario, { seed: scenario.seed }));
  const seen = new Map<number, string>();
  let requestId = 1;
  for (const input of recorder.recording().inputs) {
    const now = session.core.nowMs;
    // Up to `stopAtMs`: the person's inputs at that moment happen, the clock does not move past it.
    if (now > stopAtMs || (now === stopAtMs && ('skip' in input || 'advance' in input))) break;
    for (let i = 0; i < ('skip' in input ? input.skip : 1); i += 1) {
      const at = session.core.nowMs;
      if (!seen.has(at)) seen.set(at, value(session));
      const reply = session.handle(toRequest(input, requestId++));
      expect(reply.kind, JSON.stringify(reply)).toBe('res');
    }
  }
  return { session, seen, scenario };
}

function rewind(session: Session, toMs: number) {
  return session.handle({ kind: 'req', id: 9_999, name: 'device.rewind', payload: { toMs } });
}

describe('device.rewind puts the device back exactly as it was', () => {
  it.each(['user-driven-entra', 'preprovision-entra', 'device-prep-entra'])(
    '%s: at every moment a command was given, the device is the one seen then',
    async (id) => {
      const { session, seen } = await playThrough(id);
      const finalValue = value(session);
      const finalMs = session.core.nowMs;
      // Newest first, since a rewind drops the future; then forward again by rewinding to each earlier one.
      const times = [...seen.keys()].sort((a, b) => b - a);
      expect(times.length).toBeGreaterThan(3);
      const sample = times.filter((_, index) => index % Math.ceil(times.length / 12) === 0);
      for (const atMs of sample) {
        const reply = rewind(session, atMs);
        expect(reply.kind, JSON.stringify(reply)).toBe('res');
        expect(session.core.nowMs).toBe(atMs);
        expect(value(session), `${id}: rewound to ${atMs}`).toBe(seen.get(atMs));
      }
      expect(finalMs).toBeGreaterThan(sample.at(-1)!);
      expect(finalValue).not.toBe(value(session));
    },
  );

  it('rewinding to a time between two commands is the earlier command plus the clock run on to that time', async () => {
    const { session, scenario } = await playThrough('user-driven-entra');
    const points = (
      session.handle({ kind: 'req', id: 1, name: 'device.history', payload: {} }) as {
        payload: { points: { atMs: number }[] };
      }
    ).payload.points;
    const gaps = points.slice(1).map((p, i) => [points[i]!.atMs, p.atMs] as const);
    const [a, b] = gaps.filter(([from, to]) => to - from > 1_000).at(-1)!;
    const middle = a + Math.floor((b - a) / 2);
    // The same device reached the straightforward way: play to the moment, then let the clock run.
    const replayed = await playThrough(scenario.id, a);
    expect(replayed.session.core.nowMs).toBe(a);
    replayed.session.handle({ kind: 'req', id: 2, name: 'clock.advance', payload: { ms: middle - a } });
    rewind(session, middle);
    expect(value(session)).toBe(value(replayed.session));
  });
});

describe('the rewind points', () => {
  it('name each moment (screen, fault, admin change) and drop those after a rewind', async () => {
    const scenario = await loadBuiltin('user-driven-entra');
    const session = new Session(deviceForRecording(scenario, { seed: scenario.seed }));
    const events: { points: { label: string; kind: string }[] }[] = [];
    session.subscribe((event) => {
      if (event.name === 'rewind:points') events.push(event.payload as (typeof events)[number]);
    });
    let id = 1;
    const send = (name: string, payload: unknown) => session.handle({ kind: 'req', id: id++, name, payload });
    send('device.power', { action: 'on' });
    send('clock.advance', { ms: 5_000 });
    const beforeFault = value(session);
    send('fault.fire', { fault: { kind: 'network.cable', connected: false } });
    send('clock.advance', { ms: 5_000 });
    const { serialNumber } = (session.core as Device).state.identity;
    const deleted = send('tenant.change', { change: { kind: 'autopilot.delete-record', serialNumber } });
    expect(deleted.kind, JSON.stringify(deleted)).toBe('res');
    const refused = send('device.click', { control: 'no-such-control' });
    expect(refused.kind).toBe('err');
    const labels = events.at(-1)!.points.map((p) => `${p.kind}: ${p.label}`);
    expect(labels).toEqual([
      'start: Start of this run',
      'input: Power: on',
      'fault: Fault: network.cable (connected false)',
      expect.stringMatching(/^tenant: Tenant: autopilot\.delete-record$/),
    ]);
    const before = (events.at(-1)!.points[2] as unknown as { atMs: number }).atMs;
    const reply = rewind(session, before) as { kind: string; payload: { points: unknown[]; nowMs: number } };
    expect(reply.payload.nowMs).toBe(5_000);
    expect(reply.payload.points).toHaveLength(2);
    expect(value(session)).toBe(beforeFault);
  });

  it('tell apart commands given in the same virtual millisecond (a rewind to a moment by its index)', async () => {
    const scenario = await loadBuiltin('first-pages-wifi');
    const session = new Session(deviceForRecording(scenario, { seed: scenario.seed }));
    let id = 1;
    const send = (name: string, payload: unknown) => session.handle({ kind: 'req', id: id++, name, payload });
    send('device.power', { action: 'on' });
    const values = [value(session)];
    for (const driftMs of [1_000, 2_000, 3_000]) {
      send('fault.fire', { fault: { kind: 'clock.drift', driftMs } });
      values.push(value(session));
    }
    expect(new Set(values).size).toBe(values.length);
    const history = send('device.history', {}) as { payload: { points: { atMs: number; label: string }[] } };
    expect(history.payload.points.map((p) => p.label)).toEqual([
      'Start of this run',
      'Power: on',
      'Fault: clock.drift (driftMs 1000)',
      'Fault: clock.drift (driftMs 2000)',
      'Fault: clock.drift (driftMs 3000)',
    ]);
    // Moment 3 is "just before the 2 s drift": the 1 s drift has happened, the 2 s one not.
    const reply = send('device.rewind', { point: 3 }) as { kind: string; payload: { points: unknown[] } };
    expect(reply.kind).toBe('res');
    expect(value(session)).toBe(values[1]);
    expect(reply.payload.points).toHaveLength(3);
    const missing = send('device.rewind', { point: 9 }) as { kind: string; error: { message: string } };
    expect(missing.error.message).toBe('there is no moment 9: the history has 3 (0 is the start)');
  });

  it('count a run of keystrokes into one field as one moment that ends with the text typed last', async () => {
    const scenario = await loadBuiltin('user-driven-entra');
    const recorder = new Recorder({ id: scenario.id, hash: '', seed: scenario.seed });
    runScenario(scenario, { recorder });
    const session = new Session(deviceForRecording(scenario, { seed: scenario.seed }));
    let id = 1;
    const inputs = recorder.recording().inputs;
    const typing = inputs.findIndex((input) => 'type' in input);
    for (const input of inputs.slice(0, typing)) {
      for (let i = 0; i < ('skip' in input ? input.skip : 1); i += 1) session.handle(toRequest(input, id++));
    }
    const { field, text } = (inputs[typing] as { type: { field: string; text: string } }).type;
    const pointsBefore = (
      session.handle({ kind: 'req', id: id++, name: 'device.history', payload: {} }) as {
        payload: { points: unknown[] };
      }
    ).payload.points.length;
    for (let n = 1; n <= text.length; n += 1) {
      const reply = session.handle({
        kind: 'req',
        id: id++,
        name: 'device.type',
        payload: { field, text: text.slice(0, n) },
      });
      expect(reply.kind).toBe('res');
    }
    const points = (
      session.handle({ kind: 'req', id: id++, name: 'device.history', payload: {} }) as {
        payload: { points: { label: string }[] };
      }
    ).payload.points;
    expect(text.length).toBeGreaterThan(3);
    expect(points).toHaveLength(pointsBefore + 1);
    expect(points.at(-1)!.label).toMatch(new RegExp(`^Type in "${field}" on `));
    session.handle({ kind: 'req', id: id++, name: 'clock.advance', payload: { ms: 1 } });
    const typed = value(session);
    expect(rewind(session, session.core.nowMs).kind).toBe('res');
    expect(value(session)).toBe(typed);
  });

  it('keep a paused clock paused when the session runs devices by itself', async () => {
    const scenario = await loadBuiltin('first-pages-wifi');
    const session = new Session(deviceForRecording(scenario, { seed: scenario.seed }), { autoRun: true });
    let id = 1;
    const send = (name: string, payload: unknown) => session.handle({ kind: 'req', id: id++, name, payload });
    send('device.power', { action: 'on' });
    send('clock.pacing', { pacing: 'paused' });
    send('clock.advance', { ms: 2_000 });
    expect(rewind(session, 1_000).kind).toBe('res');
    expect(session.core.pacing).toBe('paused');
    expect(session.pacingTimerActive).toBe(false);
    session.dispose();
  });

  it('refuse a time in the future or before the start, naming it', async () => {
    const scenario = await loadBuiltin('first-pages-wifi');
    const session = new Session(deviceForRecording(scenario, { seed: scenario.seed }));
    session.handle({ kind: 'req', id: 1, name: 'clock.advance', payload: { ms: 1_000 } });
    const future = rewind(session, 60_000) as { kind: string; error: { message: string } };
    expect(future.kind).toBe('err');
    expect(future.error.message).toBe('cannot rewind to 0:01:00: the device is only at 0:00:01');
    const bad = session.handle({ kind: 'req', id: 2, name: 'device.rewind', payload: { toMs: -5 } }) as {
      kind: string;
      error: { code: string };
    };
    expect(bad.error.code).toBe('invalid-payload');
    expect(session.core.nowMs).toBe(1_000);
  });

  it(`keep at most ${MAX_REWIND_POINTS} moments; the oldest kept becomes the start`, async () => {
    const scenario = await loadBuiltin('first-pages-wifi');
    const session = new Session(deviceForRecording(scenario, { seed: scenario.seed }));
    session.handle({ kind: 'req', id: 0, name: 'device.power', payload: { action: 'on' } });
    for (let i = 0; i < MAX_REWIND_POINTS + 5; i += 1) {
      session.handle({ kind: 'req', id: i + 1, name: 'shell.run', payload: { line: 'hostname' } });
      session.handle({ kind: 'req', id: i + 1, name: 'clock.advance', payload: { ms: 10 } });
    }
    const points = (
      session.handle({ kind: 'req', id: 1, name: 'device.history', payload: {} }) as {
        payload: { points: { atMs: number; kind: string }[] };
      }
    ).payload.points;
    expect(points).toHaveLength(MAX_REWIND_POINTS + 1);
    expect(points[0]).toMatchObject({ kind: 'start', atMs: 40 });
    const early = rewind(session, 10) as { kind: string; error: { message: string } };
    expect(early.error.message).toBe('cannot rewind to 0:00:00.010: the oldest moment kept is 0:00:00.040');
  });
});
