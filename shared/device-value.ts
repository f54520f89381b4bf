import { z } from 'zod';
import { PACINGS } from './snapshot';
import { SCREEN_IDS } from './screen-ids';

/**
 * The whole device as one value: its state (plain JSON, clock queue included) and the state of the
 * tenant it talks to. Saved-device files, rewind snapshots and the save/restore property test all
 * carry this envelope. Versioned: a later version adds fields, never renames them; a file from a
 * newer version is refused with a message saying so rather than misread.
 */
export const DEVICE_VALUE_FORMAT = 'oobe-sim-device';
export const DEVICE_VALUE_VERSION = 1;

const int = z.number().int();
const count = int.min(0);

/**
 * The device state's outline. Every top-level part is checked for its kind, and the parts a restore
 * acts on at once (the clock queue, the page, the power, the setup's seed) in detail; nested records
 * (registry, event log, files) are checked as objects, because they are the core's own shapes and a
 * truncated or hand-edited file breaks at the outline long before it reaches them.
 */
const deviceStateSchema = z.looseObject({
  setup: z.looseObject({ seed: int, device: z.looseObject({ startTime: z.string() }) }),
  scenario: z.object({ id: z.string(), title: z.string(), description: z.string() }).nullable(),
  identity: z.looseObject({ serialNumber: z.string(), hardwareHash: z.string() }),
  computerName: z.string(),
  power: z.enum(['on', 'off']),
  pacing: z.enum(PACINGS),
  clock: z.object({
    now: count,
    seq: count,
    queue: z.array(
      z.object({ id: count, due: count, seq: count, event: z.looseObject({ type: z.string(), boot: count }) }),
    ),
  }),
  bootCount: count,
  clockDriftMs: z.number(),
  tpmFault: z.unknown(),
  network: z.looseObject({ cableConnected: z.boolean(), uplink: z.boolean(), blockedEndpoints: z.array(z.string()) }),
  profile: z.looseObject({ kind: z.string() }),
  oobe: z.looseObject({}),
  page: z.looseObject({ id: z.enum(SCREEN_IDS) }),
  pageChanges: count.optional(),
  account: z.looseObject({}),
  esp: z.looseObject({}).nullable(),
  existingDevice: z.looseObject({}).nullable(),
  devicePrep: z.looseObject({}).nullable(),
  devicePrepIssues: z.array(z.string()),
  preprovision: z.looseObject({}),
  selfDeploying: z.looseObject({}).nullable(),
  reset: z.looseObject({}),
  localAccount: z.looseObject({}).nullable(),
  firedFaults: z.array(z.string()),
  registry: z.looseObject({}),
  eventLog: z.looseObject({}),
  fs: z.looseObject({}),
});

export const deviceValueSchema = z.object({
  format: z.literal(DEVICE_VALUE_FORMAT),
  version: z.literal(DEVICE_VALUE_VERSION),
  device: deviceStateSchema,
  tenant: z.looseObject({}),
});

/** A device value as it travels (the core narrows `device` and `tenant` to its own types). */
export interface DeviceValue {
  format: typeof DEVICE_VALUE_FORMAT;
  version: typeof DEVICE_VALUE_VERSION;
  device: unknown;
  tenant: unknown;
}

/** Why a device value could not be read: `newer-version` tells the user to update, the rest are damage. */
export type DeviceValueProblem = { kind: 'not-json' | 'not-a-device' | 'newer-version' | 'invalid'; message: string };

/**
 * Reads a device value from text (a saved file) or parsed JSON. Each problem names what is wrong
 * and where (`device.clock.queue.3.due: …`), so a damaged file can be told from a newer one.
 */
export function parseDeviceValue(
  input: unknown,
): { ok: true; value: DeviceValue } | { ok: false; problem: DeviceValueProblem } {
  let json = input;
  if (typeof input === 'string') {
    try {
      json = JSON.parse(input);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      return { ok: false, problem: { kind: 'not-json', message: `the file is truncated or not JSON (${why})` } };
    }
  }
  const head = json && typeof json === 'object' ? (json as { format?: unknown; version?: unknown }) : null;
  if (!head || head.format !== DEVICE_VALUE_FORMAT) {
    const message = `not a saved device: "format" must be "${DEVICE_VALUE_FORMAT}"`;
    return { ok: false, problem: { kind: 'not-a-device', message } };
  }
  if (typeof head.version === 'number' && head.version > DEVICE_VALUE_VERSION) {
    const message = `this device was saved by a newer version of the simulator (device format version ${head.version}; this one reads version ${DEVICE_VALUE_VERSION}): update the simulator to open it`;
    return { ok: false, problem: { kind: 'newer-version', message } };
  }
  const parsed = deviceValueSchema.safeParse(json);
  if (parsed.success) return { ok: true, value: json as DeviceValue };
  const issues = parsed.error.issues
    .slice(0, 5)
    .map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`);
  const more = parsed.error.issues.length > 5 ? ` (and ${parsed.error.issues.length - 5} more)` : '';
  return {
    ok: false,
    problem: { kind: 'invalid', message: `the saved device is damaged: ${issues.join('; ')}${more}` },
  };
}
