import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EventEnvelope } from '../../../electron/runtime/session';
import { Session } from '../../../electron/runtime/session';
import { FakeCore } from './fake-core';

const req = (name: string, payload: unknown) => ({ kind: 'req', id: 1, name, payload });

describe('Session', () => {
  it('fans events out to every subscriber, past one that throws', () => {
    const onInternalError = vi.fn();
    const core = new FakeCore();
    const session = new Session(core, { onInternalError });
    const a: EventEnvelope[] = [];
    const b: EventEnvelope[] = [];
    session.subscribe((e) => a.push(e));
    session.subscribe(() => {
      throw new Error('broken subscriber');
    });
    const unsubscribeB = session.subscribe((e) => b.push(e));
    session.handle(req('clock.advance', { ms: 5 }));
    expect(a).toEqual([{ kind: 'evt', name: 'screen:entered', payload: { screen: 'region', atMs: 5 } }]);
    expect(b).toEqual(a);
    expect(onInternalError).toHaveBeenCalledOnce();
    unsubscribeB();
    session.handle(req('clock.advance', { ms: 5 }));
    expect(a).toHaveLength(2);
    expect(b).toHaveLength(1);
    session.dispose();
  });

  it('moves subscribers to a replacement device and pushes its snapshot', () => {
    const first = new FakeCore();
    const session = new Session(first);
    const seen: EventEnvelope[] = [];
    session.subscribe((e) => seen.push(e));
    const second = new FakeCore();
    second.nowMs = 77;
    session.replaceDevice(second);
    expect(seen.at(-1)).toMatchObject({ name: 'snapshot', payload: { nowMs: 77 } });
    expect(first.listeners.size).toBe(0);
    expect(session.core).toBe(second);
    first.emit('screen:entered', { screen: 'boot', atMs: 0 });
    expect(seen.filter((e) => e.name === 'screen:entered')).toHaveLength(0);
    session.dispose();
  });

  it('answers with an error once disposed', () => {
    const core = new FakeCore();
    const session = new Session(core);
    session.dispose();
    expect(session.handle(req('device.snapshot', {}))).toMatchObject({
      kind: 'err',
      error: { code: 'command-failed' },
    });
    expect(core.listeners.size).toBe(0);
  });

  describe('pacing timer', () => {
    beforeEach(() => {
      vi.useFakeTimers();
    });
    afterEach(() => {
      vi.useRealTimers();
    });

    it('runs no timer while paused', () => {
      const core = new FakeCore();
      const session = new Session(core);
      expect(session.pacingTimerActive).toBe(false);
      vi.advanceTimersByTime(10_000);
      expect(core.nowMs).toBe(0);
      session.dispose();
    });

    it('advances virtual time by wall time × factor, reading pacing after each command', () => {
      const core = new FakeCore();
      const session = new Session(core, { tickMs: 100 });
      session.handle(req('clock.pacing', { pacing: 'x1' }));
      expect(session.pacingTimerActive).toBe(true);
      vi.advanceTimersByTime(1_000);
      expect(core.nowMs).toBe(1_000);

      session.handle(req('clock.pacing', { pacing: 'x60' }));
      vi.advanceTimersByTime(1_000);
      expect(core.nowMs).toBe(1_000 + 60_000);

      session.handle(req('clock.pacing', { pacing: 'x10' }));
      vi.advanceTimersByTime(100);
      expect(core.nowMs).toBe(61_000 + 1_000);

      session.handle(req('clock.pacing', { pacing: 'paused' }));
      expect(session.pacingTimerActive).toBe(false);
      vi.advanceTimersByTime(5_000);
      expect(core.nowMs).toBe(62_000);
      session.dispose();
    });

    it('follows the pacing of a replacement device, and stops on dispose', () => {
      const session = new Session(new FakeCore());
      const running = new FakeCore();
      running.pacing = 'x1';
      session.replaceDevice(running);
      expect(session.pacingTimerActive).toBe(true);
      session.dispose();
      expect(session.pacingTimerActive).toBe(false);
      vi.advanceTimersByTime(1_000);
      expect(running.nowMs).toBe(0);
      expect(vi.getTimerCount()).toBe(0);
    });
  });
});
