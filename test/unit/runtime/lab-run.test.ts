import { describe, expect, it } from 'vitest';
import type { Device } from '../../../electron/core/device';
import { serializeDevice } from '../../../electron/core/device-value';
import { deviceForRecording } from '../../../electron/core/recording/replay';
import { Session, type EventEnvelope } from '../../../electron/runtime/session';
import { diskScenarioLibrary } from '../../../electron/scenarios/disk-library';
import type { EventPayloads } from '../../../shared/contract';
import { loadBuiltin } from '../../scenarios/builtin-library';

const value = (session: Session) => JSON.stringify(serializeDevice(session.core as Device));

async function session() {
  const scenario = await loadBuiltin('user-driven-entra');
  const s = new Session(deviceForRecording(scenario, { seed: scenario.seed }), { scenarios: diskScenarioLibrary() });
  let n = 1;
  const send = (name: string, payload: unknown) => s.handle({ kind: 'req', id: n++, name, payload });
  send('device.power', { action: 'on' });
  for (let i = 0; i < 4; i += 1) send('clock.skip', {});
  return { s, send };
}

function untilDone(s: Session): { events: EventEnvelope[]; done: Promise<EventPayloads['lab:done']> } {
  const events: EventEnvelope[] = [];
  const done = new Promise<EventPayloads['lab:done']>((resolve) => {
    s.subscribe((event) => {
      events.push(event);
      if (event.name === 'lab:done') resolve(event.payload as EventPayloads['lab:done']);
    });
  });
  return { events, done };
}

describe('lab.run through the session', () => {
  it('answers at once, runs the devices between turns, and leaves the running device as it was', async () => {
    const { s, send } = await session();
    const before = value(s);
    const { events, done } = untilDone(s);
    const reply = send('lab.run', { scenarioId: 'kiosk-autologon', devices: 5, seedBase: 7 });
    expect(reply).toMatchObject({ kind: 'res', payload: { runId: 1, scenario: 'kiosk-autologon', total: 5 } });
    // Nothing ran yet: the reply came before the first device, so the session stays responsive.
    expect(events.filter((e) => e.name === 'lab:progress')).toHaveLength(0);
    expect(send('device.snapshot', {})).toMatchObject({ kind: 'res' });
    expect(send('lab.run', { devices: 1 })).toMatchObject({ kind: 'err', error: { code: 'command-failed' } });
    const finished = await done;
    const progress = events
      .filter((e) => e.name === 'lab:progress')
      .map((e) => e.payload as EventPayloads['lab:progress']);
    expect(progress.map((p) => p.done)).toEqual([1, 2, 3, 4, 5]);
    expect(finished.result?.devices.map((d) => d.seed)).toEqual([7, 8, 9, 10, 11]);
    const { counts } = finished.result!.summary;
    expect(counts.success + counts.failure + counts.incomplete).toBe(5);
    // The lab's devices are their own: the session's device did not move, nor emit anything.
    expect(value(s)).toBe(before);
    expect(events.filter((e) => e.name !== 'lab:progress' && e.name !== 'lab:done')).toHaveLength(0);
  });

  it('refuses bad input with a clear error and keeps running', async () => {
    const { send } = await session();
    expect(send('lab.run', { devices: 0 })).toMatchObject({ kind: 'err', error: { code: 'invalid-payload' } });
    expect(send('lab.run', { devices: 501 })).toMatchObject({ kind: 'err', error: { code: 'invalid-payload' } });
    const unknown = send('lab.run', { scenarioId: 'no-such-scenario', devices: 2 });
    expect(unknown).toMatchObject({ kind: 'err', error: { code: 'command-failed' } });
    expect(JSON.stringify(unknown)).toContain('no-such-scenario');
    expect(send('device.snapshot', {})).toMatchObject({ kind: 'res' });
  });
});
