import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commands } from '../../shared/contract';
import { ERROR_CODES } from '../../shared/contract-errors';
import { DEFAULT_DEVICE_SETUP } from '../../shared/default-device';
import { createDevice } from '../../electron/core/index';
import type { Device } from '../../electron/core/device';
import { Session } from '../../electron/runtime/session';
import { diskScenarioLibrary } from '../../electron/scenarios/disk-library';
import { fuzzOptions, fuzzTimeout } from './fuzz-runs';
import { mutatedJson, type Json } from './json-mutations';

/**
 * Contract messages as a buggy or hostile client sends them, at the session's dispatcher (what the
 * WebSocket host and Electron's IPC both call): never a throw, exactly one reply with the caller's
 * id, an `err` reply with a known code and a message, no internal error (a throw that is not a
 * DeviceError is a bug), and after an `err` the device exactly as it was (snapshot and state).
 */

/** One valid payload per command, the seeds the mutations start from. */
const VALID: Record<string, Json> = {
  'device.click': { control: 'yes', page: { screen: 'region', changes: 0 } },
  'device.type': { field: 'username', text: 'megan@contoso.com' },
  'device.select': { list: 'regions', item: 'United States' },
  'device.key': { chord: 'Shift+F10' },
  'device.power': { action: 'restart' },
  'clock.pacing': { pacing: 'x10' },
  'clock.advance': { ms: 60_000 },
  'fault.fire': { id: 'cut-internet' },
  'registry.export': { key: 'HKLM\\SOFTWARE\\Microsoft\\Provisioning' },
  'eventlog.read': { channel: 'Application' },
  'shell.run': { line: 'reg query HKLM\\SOFTWARE' },
  'scenario.load': { id: 'wrong-tenant' },
  'tenant.change': { change: { kind: 'license', upn: 'megan@contoso.com', licensed: false } },
  'replay.open': { text: '{"format":"oobe-sim-recording","version":1}' },
  'replay.seek': { position: 3 },
  'exercise.start': { id: 'exercise-device-limit' },
  'exercise.answer': { objective: 'code', answer: '801c0003' },
  'device.rewind': { toMs: 1000 },
  'device.open': { fileName: 'saved.json', text: '{"format":"oobe-sim-device","version":1}' },
};
const NAMES = Object.keys(commands);

const nameArb = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 1, arbitrary: fc.constantFrom('__proto__', 'toString', 'constructor', '', 'device.', 'DEVICE.CLICK') },
  { weight: 1, arbitrary: fc.string({ maxLength: 70 }) },
);
const payloadFor = (name: string): fc.Arbitrary<unknown> => {
  const valid = VALID[name] ?? {};
  return fc.oneof(mutatedJson(valid), fc.constant(valid), fc.jsonValue({ maxDepth: 3 }), fc.anything());
};
const idArb = fc.oneof(
  fc.nat(),
  fc.constantFrom(-1, 1.5, Number.MAX_SAFE_INTEGER, NaN),
  fc.string(),
  fc.constant(null),
);
const messageArb: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(idArb, nameArb)
      .chain(([id, name]) => payloadFor(name).map((payload) => ({ kind: 'req', id, name, payload }))),
  },
  {
    weight: 1,
    arbitrary: fc.record(
      { kind: fc.constantFrom('req', 'res', 'evt', 'err', 'REQ'), id: idArb, name: nameArb, payload: fc.anything() },
      { requiredKeys: [] },
    ),
  },
  { weight: 1, arbitrary: fc.anything() },
);

// The session is built on a Device (not just a DeviceCore) so the test can read its whole state.
function newSession(onInternalError: (error: unknown, context: string) => void): { session: Session; device: Device } {
  const device = createDevice(DEFAULT_DEVICE_SETUP);
  return { session: new Session(device, { scenarios: diskScenarioLibrary(), onInternalError }), device };
}

const deviceAsIs = (session: Session, device: Device) =>
  JSON.stringify([session.core.execute('device.snapshot', {}), device.state]);

describe('fuzz: contract messages at the dispatcher', () => {
  it(
    'every message gets one clear reply, and a refused one leaves the device as it was',
    () => {
      fc.assert(
        fc.property(fc.array(messageArb, { minLength: 1, maxLength: 6 }), (messages) => {
          const internal: string[] = [];
          const { session, device } = newSession((error, context) => internal.push(`${context}: ${String(error)}`));
          try {
            for (const message of messages) {
              const before = deviceAsIs(session, device);
              const reply = session.handle(message);
              const id = (message as { id?: unknown } | null)?.id;
              if (reply.kind === 'err') {
                expect(ERROR_CODES).toContain(reply.error.code);
                expect(reply.error.message.length).toBeGreaterThan(0);
                for (const issue of reply.error.issues ?? []) expect(issue.message.length).toBeGreaterThan(0);
                expect(deviceAsIs(session, device)).toBe(before);
              } else expect(reply.kind).toBe('res');
              if (reply.kind === 'res') expect(reply.id).toBe(id);
              expect(() => JSON.stringify(reply)).not.toThrow();
            }
            expect(internal).toEqual([]);
          } finally {
            session.dispose();
          }
        }),
        fuzzOptions(),
      );
    },
    fuzzTimeout(40),
  );
});
