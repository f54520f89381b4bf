import { describe, expect, it, vi } from 'vitest';
import { dispatch, NO_REQUEST_ID } from '../../../electron/runtime/dispatcher';
import { FakeCore } from './fake-core';

const req = (name: string, payload: unknown, id = 1) => ({ kind: 'req', id, name, payload });

describe('dispatch', () => {
  it('runs a valid command and answers with its result', () => {
    const core = new FakeCore();
    expect(dispatch(core, req('clock.advance', { ms: 50 }))).toEqual({
      kind: 'res',
      id: 1,
      name: 'clock.advance',
      payload: { nowMs: 50 },
    });
    expect(core.calls).toEqual([{ name: 'clock.advance', input: { ms: 50 } }]);
  });

  it('refuses what is not a request envelope, keeping a usable id', () => {
    const core = new FakeCore();
    for (const raw of [
      null,
      'text',
      42,
      [],
      { kind: 'res', id: 1, name: 'x', payload: 1 },
      { kind: 'req', id: 1.5, name: 'x' },
    ]) {
      const reply = dispatch(core, raw);
      expect(reply.kind).toBe('err');
      if (reply.kind === 'err') expect(reply.error.code).toBe('invalid-envelope');
    }
    const reply = dispatch(core, { kind: 'req', id: 9, name: 42, payload: {} });
    expect(reply.id).toBe(9);
    expect(dispatch(core, { kind: 'req', id: -3 }).id).toBe(NO_REQUEST_ID);
    expect(core.calls).toEqual([]);
  });

  it('refuses unknown names, including ones every object has', () => {
    const core = new FakeCore();
    for (const name of ['nope', 'toString', '__proto__', 'constructor', 'hasOwnProperty']) {
      const reply = dispatch(core, req(name, {}));
      expect(reply.kind === 'err' && reply.error.code, name).toBe('unknown-command');
    }
    expect(core.calls).toEqual([]);
  });

  it('lists every payload issue with its dotted path', () => {
    const reply = dispatch(new FakeCore(), req('device.type', { field: 'Bad Id!', text: 7 }));
    expect(reply.kind).toBe('err');
    if (reply.kind !== 'err') return;
    expect(reply.error.code).toBe('invalid-payload');
    expect(reply.error.issues?.map((i) => i.path).sort()).toEqual(['field', 'text']);
    expect(reply.error.message).toContain('device.type');
  });

  it('turns a DeviceError into command-failed with its message', () => {
    const onInternalError = vi.fn();
    const reply = dispatch(new FakeCore(), req('device.click', { control: 'next' }), { onInternalError });
    expect(reply).toMatchObject({
      kind: 'err',
      error: { code: 'command-failed', message: 'That control is not on screen.' },
    });
    expect(onInternalError).not.toHaveBeenCalled();
  });

  it('turns any other throw into command-failed and reports it', () => {
    const core = new FakeCore();
    core.failWith = new TypeError('boom');
    const onInternalError = vi.fn();
    const reply = dispatch(core, req('device.snapshot', {}), { onInternalError });
    expect(reply).toMatchObject({ kind: 'err', error: { code: 'command-failed', message: 'boom' } });
    expect(onInternalError).toHaveBeenCalledWith(core.failWith, 'device.snapshot');
  });

  it('sends renderer.ready to the hook, not the core', () => {
    const core = new FakeCore();
    const onRendererReady = vi.fn();
    expect(dispatch(core, req('renderer.ready', {}), { onRendererReady })).toMatchObject({
      kind: 'res',
      payload: { ok: true },
    });
    expect(onRendererReady).toHaveBeenCalledOnce();
    expect(core.calls).toEqual([]);
    expect(dispatch(core, req('renderer.ready', { extra: true }), { onRendererReady }).kind).toBe('err');
  });
});

describe('dispatch: union payloads', () => {
  it('reports the issues of the closest option, with full paths', () => {
    const reply = dispatch(new FakeCore(), req('fault.fire', { fault: { kind: 'network.cable', connected: 'yes' } }));
    expect(reply.kind).toBe('err');
    if (reply.kind !== 'err') return;
    expect(reply.error.code).toBe('invalid-payload');
    expect(reply.error.issues?.map((i) => i.path)).toEqual(['fault.connected']);
  });
});
