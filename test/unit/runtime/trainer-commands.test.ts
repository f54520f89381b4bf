import { describe, expect, it } from 'vitest';
import { createDevice } from '../../../electron/core/index';
import { Session } from '../../../electron/runtime/session';
import { DEFAULT_DEVICE_SETUP } from '../../../shared/default-device';

/** The trainer console's commands (issue 13): the run's history, faults armed for a time, jump to a screen, the inspector. */
let nextId = 1;
function call(session: Session, name: string, payload: unknown): unknown {
  const reply = session.handle({ kind: 'req', id: (nextId += 1), name, payload });
  if (reply.kind !== 'res') throw new Error(`${name}: ${JSON.stringify(reply.error)}`);
  return reply.payload;
}
function fails(session: Session, name: string, payload: unknown): string {
  const reply = session.handle({ kind: 'req', id: (nextId += 1), name, payload });
  expect(reply.kind).toBe('err');
  return (reply as unknown as { error: { message: string } }).error.message;
}
const newSession = () => new Session(createDevice(DEFAULT_DEVICE_SETUP));

describe('timeline.history', () => {
  it('lists what the device did since its run started, before anyone subscribed', () => {
    const session = newSession();
    call(session, 'clock.runUntilScreen', { screen: 'region' });
    call(session, 'device.click', { control: 'yes' });
    const { events } = call(session, 'timeline.history', {}) as {
      events: { name: string; payload: { text?: string } }[];
    };
    const texts = events.filter((e) => e.name === 'timeline').map((e) => e.payload.text);
    expect(texts).toContain('Screen: region');
    expect(texts).toContain('Screen: keyboard');
    session.dispose();
  });

  it('a rewind to just before a click at the same virtual time keeps what came before the click', () => {
    const session = newSession();
    call(session, 'clock.runUntilScreen', { screen: 'region' });
    call(session, 'device.click', { control: 'yes' });
    const { points } = call(session, 'device.history', {}) as { points: unknown[] };
    call(session, 'device.rewind', { point: points.length - 1 });
    const { events } = call(session, 'timeline.history', {}) as { events: { payload: { text?: string } }[] };
    const texts = events.map((e) => e.payload.text);
    expect(texts).toContain('Screen: region');
    expect(texts).not.toContain('Screen: keyboard');
    session.dispose();
  });

  it('forgets what a rewind undid', () => {
    const session = newSession();
    call(session, 'clock.runUntilScreen', { screen: 'region' });
    const before = call(session, 'device.snapshot', {}) as { nowMs: number };
    call(session, 'clock.advance', { ms: 1000 });
    call(session, 'device.click', { control: 'yes' });
    call(session, 'device.rewind', { toMs: before.nowMs + 500 });
    const { events } = call(session, 'timeline.history', {}) as {
      events: { name: string; payload: { text?: string } }[];
    };
    expect(events.map((e) => e.payload.text)).not.toContain('Screen: keyboard');
    session.dispose();
  });
});

describe('fault.arm', () => {
  it('fires the fault at its virtual time, lists it until then, and can be taken back', () => {
    const session = newSession();
    const { id } = call(session, 'fault.arm', { fault: { kind: 'network.cable', connected: false }, atMs: 90_000 }) as {
      id: number;
    };
    const other = call(session, 'fault.arm', { fault: { kind: 'clock.drift', driftMs: 60_000 }, atMs: 120_000 }) as {
      id: number;
    };
    expect(call(session, 'fault.armed', {})).toEqual({
      armed: [
        { id, atMs: 90_000, fault: { kind: 'network.cable', connected: false } },
        { id: other.id, atMs: 120_000, fault: { kind: 'clock.drift', driftMs: 60_000 } },
      ],
    });
    expect(call(session, 'fault.disarm', { id: other.id })).toEqual({ ok: true, disarmed: true });
    call(session, 'clock.advance', { ms: 89_999 });
    expect(
      (call(session, 'device.snapshot', {}) as { info: { adapters: { ipv4: string | null }[] } }).info,
    ).toBeTruthy();
    const log = () =>
      (call(session, 'timeline.history', {}) as { events: { payload: { atMs: number; text?: string } }[] }).events;
    expect(log().some((e) => e.payload.text === 'Ethernet cable unplugged')).toBe(false);
    call(session, 'clock.advance', { ms: 60_000 });
    const unplugged = log().find((e) => e.payload.text === 'Ethernet cable unplugged');
    expect(unplugged?.payload.atMs).toBe(90_000);
    expect(log().some((e) => e.payload.text?.startsWith('Firmware clock drift'))).toBe(false);
    expect(call(session, 'fault.armed', {})).toEqual({ armed: [] });
    session.dispose();
  });

  it('stays armed across a rewind to before it fired, and a fault the device cannot take is said, not thrown', () => {
    const session = new Session(
      createDevice({ ...DEFAULT_DEVICE_SETUP, device: { tpm: { presence: 'absent' } } } as never),
    );
    call(session, 'fault.arm', { fault: { kind: 'tpm.fault', fault: 'attestation-timeout' }, atMs: 10_000 });
    call(session, 'clock.advance', { ms: 20_000 });
    const texts = (call(session, 'timeline.history', {}) as { events: { payload: { text?: string } }[] }).events.map(
      (e) => e.payload.text,
    );
    expect(texts).toContain('Armed fault tpm.fault not fired: This device has no TPM.');
    call(session, 'device.rewind', { toMs: 5_000 });
    expect((call(session, 'fault.armed', {}) as { armed: unknown[] }).armed).toHaveLength(1);
    session.dispose();
  });
});

describe('clock.runUntilScreen', () => {
  it('runs the clock until the screen shows, or says it was not reached when the device waits for a person', () => {
    const session = newSession();
    expect(call(session, 'clock.runUntilScreen', { screen: 'region' })).toMatchObject({ reached: true });
    expect((call(session, 'device.snapshot', {}) as { screen: { id: string } }).screen.id).toBe('region');
    expect(call(session, 'clock.runUntilScreen', { screen: 'esp', maxMs: 600_000 })).toMatchObject({ reached: false });
    expect((call(session, 'device.snapshot', {}) as { screen: { id: string } }).screen.id).toBe('region');
    session.dispose();
  });
});

describe('inspector reads', () => {
  it('browses a registry key, lists a folder and reads a file; a wrong path is named', () => {
    const session = newSession();
    call(session, 'clock.runUntilScreen', { screen: 'region' });
    const key = call(session, 'registry.browse', {
      key: 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\ComputerName\\ComputerName',
    }) as {
      key: string;
      values: { name: string; type: string }[];
    };
    expect(key.key).toBe('HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\ComputerName\\ComputerName');
    expect(key.values.find((v) => v.name === 'ComputerName')?.type).toBe('REG_SZ');
    const root = call(session, 'registry.browse', { key: 'HKLM' }) as { subkeys: string[] };
    expect(root.subkeys).toContain('SOFTWARE');
    expect(fails(session, 'registry.browse', { key: 'HKLM\\NoSuchKey' })).toContain('HKLM\\NoSuchKey');
    const windows = call(session, 'files.list', { path: 'C:\\' }) as {
      entries: { name: string; isDirectory: boolean }[];
    };
    expect(windows.entries.some((e) => e.isDirectory && e.name.toLowerCase() === 'windows')).toBe(true);
    expect(fails(session, 'files.list', { path: 'C:\\Nowhere' })).toContain(
      'The system cannot find the path specified.',
    );
    session.dispose();
  });
});
