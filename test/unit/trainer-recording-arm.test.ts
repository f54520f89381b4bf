import { describe, expect, it } from 'vitest';
import { createDevice } from '../../electron/core/index';
import { Session } from '../../electron/runtime/session';
import { diskScenarioLibrary } from '../../electron/scenarios/disk-library';
import { parseRecording } from '../../shared/recording';

/** A recording keeps the faults a trainer armed for a time (and took back), so its replay fires them again (issue 13). */
describe('recording armed faults', () => {
  it('records fault.arm and fault.disarm; the replay arms the same fault and it fires at its time', () => {
    const session = new Session(createDevice(), { scenarios: diskScenarioLibrary() });
    const call = (name: string, payload: unknown = {}) => {
      const reply = session.handle({ kind: 'req', id: 1, name, payload });
      if (reply.kind === 'err') throw new Error(reply.error.message);
      return reply.payload as Record<string, unknown>;
    };
    const state = () => (session.core as unknown as { state: { network: { cableConnected: boolean } } }).state;
    call('scenario.load', { id: 'first-pages-wired-preset' });
    call('record.start');
    call('fault.arm', { fault: { kind: 'network.cable', connected: false }, atMs: 30_000 });
    const taken = call('fault.arm', { fault: { kind: 'network.internet', available: false }, atMs: 40_000 }) as {
      id: number;
    };
    call('fault.disarm', { id: taken.id });
    call('clock.advance', { ms: 60_000 });
    expect(state().network.cableConnected).toBe(false);
    const stateNow = structuredClone(state());
    const file = call('record.stop') as { text: string };
    const parsed = parseRecording(file.text);
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    const inputs = parsed.recording.inputs;
    expect(inputs).toContainEqual(
      expect.objectContaining({ arm: { fault: { kind: 'network.cable', connected: false }, atMs: 30_000 } }),
    );
    expect(inputs).toContainEqual(expect.objectContaining({ disarm: taken.id }));

    const status = call('replay.open', { text: file.text });
    expect(status.divergence).toBeNull();
    call('replay.seek', { position: inputs.length });
    expect(state().network.cableConnected).toBe(false);
    expect(state()).toEqual(stateNow);
    session.dispose();
  });
});
