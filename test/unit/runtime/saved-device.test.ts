import { describe, expect, it } from 'vitest';
import type { Device } from '../../../electron/core/device';
import { serializeDevice } from '../../../electron/core/device-value';
import { deviceForRecording } from '../../../electron/core/recording/replay';
import { Session } from '../../../electron/runtime/session';
import { diskScenarioLibrary } from '../../../electron/scenarios/disk-library';
import { loadBuiltin } from '../../scenarios/builtin-library';

const value = (session: Session) => JSON.stringify(serializeDevice(session.core as Device));

async function sessionAt(id: string, skips: number) {
  const scenario = await loadBuiltin(id);
  const session = new Session(deviceForRecording(scenario, { seed: scenario.seed }), {
    scenarios: diskScenarioLibrary(),
  });
  let n = 1;
  const send = (name: string, payload: unknown) => session.handle({ kind: 'req', id: n++, name, payload });
  send('device.power', { action: 'on' });
  for (let i = 0; i < skips; i += 1) send('clock.skip', {});
  return { session, send };
}

describe('device.save / device.open', () => {
  it('a saved device reopens exactly where it was and goes on as the original does', async () => {
    const original = await sessionAt('user-driven-entra', 6);
    const saved = original.send('device.save', {}) as { kind: string; payload: { fileName: string; text: string } };
    expect(saved.kind).toBe('res');
    expect(saved.payload.fileName).toMatch(/^user-driven-entra-0h\d\dm\d\ds\.oobe-device$/);

    const other = await sessionAt('first-pages-wifi', 0);
    const opened = other.send('device.open', saved.payload) as { kind: string; payload: unknown };
    expect(opened).toMatchObject({ kind: 'res', payload: { ok: true, scenario: 'user-driven-entra' } });
    expect(value(other.session)).toBe(value(original.session));
    for (let i = 0; i < 20; i += 1) {
      original.send('clock.skip', {});
      other.send('clock.skip', {});
    }
    expect(value(other.session)).toBe(value(original.session));
    // The reopened device's scenario is known again: a recording can start it over.
    expect(other.send('record.start', {})).toMatchObject({ kind: 'res', payload: { scenario: 'user-driven-entra' } });
  });

  it('a truncated or newer file is refused naming the file and the problem; the running device keeps going', async () => {
    const { session, send } = await sessionAt('first-pages-wifi', 2);
    const text = (send('device.save', {}) as { payload: { text: string } }).payload.text;
    const before = value(session);
    const truncated = send('device.open', { fileName: 'lab.oobe-device.json', text: text.slice(0, 200) }) as {
      kind: string;
      error: { message: string };
    };
    expect(truncated.kind).toBe('err');
    expect(truncated.error.message).toMatch(
      /^lab\.oobe-device\.json: .*truncated or not JSON.*the running device keeps going$/,
    );
    const newer = JSON.parse(text) as { version: number };
    newer.version = 7;
    const refused = send('device.open', { fileName: 'new.json', text: JSON.stringify(newer) }) as {
      error: { message: string };
    };
    expect(refused.error.message).toMatch(/^new\.json: .*newer version of the simulator/);
    expect(value(session)).toBe(before);
  });
});
