import {
  commands,
  requestEnvelopeSchema,
  type CommandName,
  type ContractError,
  type Envelope,
} from '../../shared/contract';
import { DeviceError, type DeviceCommandName, type DeviceCore } from '../core/device-core';

/** What a transport adds to the dispatcher: commands that belong to the host, not the device. */
export interface DispatchHooks {
  /** `renderer.ready`: the renderer has subscribed (Electron main flushes its queued events then). */
  onRendererReady?: () => void;
  /** `scenario.list` / `scenario.load`: answered by the host's scenario library (see Session). */
  scenarios?: {
    list(): unknown;
    /** Returns the reply payload, or the problems that make the scenario invalid. */
    load(
      input: unknown,
    ): { ok: true; payload: unknown } | { ok: false; problems: NonNullable<ContractError['problems']> };
  };
  /** `record.*` / `replay.*`: answered by the session's recording controller (throws DeviceError on misuse). */
  recording?: (command: string, input: unknown) => unknown;
  /** `exercise.*`: answered by the session's exercise controller (throws DeviceError on misuse). */
  exercise?: (command: string, input: unknown) => unknown;
  /** `lab.*`: answered by the session's lab controller (throws DeviceError on misuse). */
  lab?: (command: string, input: unknown) => unknown;
  /** `class.*`: answered by the host's classroom (the trainee devices it hands out); only the trainer's device has one. */
  classroom?: (command: string, input: unknown) => unknown;
  /** `device.rewind` / `device.history` / `device.save` / `device.open`: the device as one value, answered by the session. */
  deviceValue?: (command: DeviceValueCommand, input: unknown) => unknown;
  /** Called with the validated input just before the core executes a command (the rewind history's moment). */
  beforeExecute?: (command: DeviceCommandName, input: unknown) => void;
  /** Called with errors that are not `DeviceError`s: bugs worth logging, still answered as `command-failed`. */
  onInternalError?: (error: unknown, command: string) => void;
}

/** A reply envelope: every request gets exactly one. */
export type ReplyEnvelope = Extract<Envelope, { kind: 'res' | 'err' }>;

/**
 * The id used when a reply cannot be tied to a request (malformed JSON, no usable id). Valid
 * request ids are non-negative, so no pending request can ever match it by accident.
 */
export const NO_REQUEST_ID = -1;

/**
 * Validates one incoming request and runs it. Never throws: an invalid envelope, an unknown name,
 * a bad payload or a failing command all come back as an `err` envelope, so one bad message can
 * neither crash the host nor stop the device.
 */
export function dispatch(core: DeviceCore, raw: unknown, hooks: DispatchHooks = {}): ReplyEnvelope {
  const envelope = requestEnvelopeSchema.safeParse(raw);
  if (!envelope.success) {
    const { id, name } = salvageIdAndName(raw);
    return errorReply(id, name, {
      code: 'invalid-envelope',
      message: 'expected { kind: "req", id: non-negative integer, name: string, payload }',
      issues: toIssues(envelope.error.issues),
    });
  }
  const { id, name, payload } = envelope.data;

  // Object.hasOwn, not `in`: "toString" or "__proto__" must not pass for a command.
  if (!Object.hasOwn(commands, name)) {
    return errorReply(id, name, { code: 'unknown-command', message: `unknown command "${name}"` });
  }
  const command = name as CommandName;
  const input = commands[command].input.safeParse(payload);
  if (!input.success) {
    const issues = toIssues(input.error.issues);
    const summary = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
    return errorReply(id, name, {
      code: 'invalid-payload',
      message: `invalid payload for ${name}: ${summary}`,
      issues,
    });
  }

  try {
    if (command === 'renderer.ready') {
      hooks.onRendererReady?.();
      return { kind: 'res', id, name, payload: { ok: true } };
    }
    if (command === 'scenario.list' || command === 'scenario.load') {
      if (!hooks.scenarios)
        return errorReply(id, name, { code: 'command-failed', message: 'this host has no scenario library' });
      if (command === 'scenario.list') return { kind: 'res', id, name, payload: hooks.scenarios.list() };
      const loaded = hooks.scenarios.load(input.data);
      if (!loaded.ok) {
        const count = loaded.problems.length;
        return errorReply(id, name, {
          code: 'invalid-scenario',
          message: `the scenario has ${count} problem${count === 1 ? '' : 's'}; the current device keeps running`,
          problems: loaded.problems,
        });
      }
      return { kind: 'res', id, name, payload: loaded.payload };
    }
    if (command.startsWith('record.') || command.startsWith('replay.')) {
      if (!hooks.recording) return errorReply(id, name, { code: 'command-failed', message: 'this host cannot record' });
      return { kind: 'res', id, name, payload: hooks.recording(command, input.data) };
    }
    if (command.startsWith('exercise.')) {
      if (!hooks.exercise)
        return errorReply(id, name, { code: 'command-failed', message: 'this host runs no exercises' });
      return { kind: 'res', id, name, payload: hooks.exercise(command, input.data) };
    }
    if (command.startsWith('lab.')) {
      if (!hooks.lab) return errorReply(id, name, { code: 'command-failed', message: 'this host runs no lab' });
      return { kind: 'res', id, name, payload: hooks.lab(command, input.data) };
    }
    if (command.startsWith('class.')) {
      if (!hooks.classroom)
        return errorReply(id, name, { code: 'command-failed', message: 'this device cannot hand out exercises' });
      return { kind: 'res', id, name, payload: hooks.classroom(command, input.data) };
    }
    if (isDeviceValueCommand(command)) {
      if (!hooks.deviceValue)
        return errorReply(id, name, { code: 'command-failed', message: 'this host cannot save or rewind devices' });
      return { kind: 'res', id, name, payload: hooks.deviceValue(command, input.data) };
    }
    hooks.beforeExecute?.(command as DeviceCommandName, input.data);
    const execute = core.execute.bind(core) as (n: DeviceCommandName, i: unknown) => unknown;
    return { kind: 'res', id, name, payload: execute(command as DeviceCommandName, input.data) };
  } catch (error) {
    if (!(error instanceof DeviceError)) hooks.onInternalError?.(error, name);
    const message = error instanceof Error ? error.message : String(error);
    return errorReply(id, name, { code: 'command-failed', message });
  }
}

/** The commands that treat the device as one value (the session answers them, not the core). */
const DEVICE_VALUE_COMMANDS = [
  'device.rewind',
  'device.history',
  'device.save',
  'device.open',
  'timeline.history',
] as const;
export type DeviceValueCommand = (typeof DEVICE_VALUE_COMMANDS)[number];
function isDeviceValueCommand(name: string): name is DeviceValueCommand {
  return (DEVICE_VALUE_COMMANDS as readonly string[]).includes(name);
}

/** Builds an `err` reply; exported so transports answer their own failures (bad JSON) the same way. */
export function errorReply(id: number, name: string, error: ContractError): ReplyEnvelope {
  return { kind: 'err', id, name, error };
}

interface ZodIssueLike {
  code?: string;
  path: readonly PropertyKey[];
  message: string;
  /** For a failed union: the issues of each option, paths relative to the union. */
  errors?: readonly (readonly ZodIssueLike[])[];
}

/**
 * Every issue as `{ path: "a.b.0", message }`. A failed union says little by itself ("invalid
 * input" at its root), so it is replaced by the issues of the option that came closest (the fewest
 * issues), which is nearly always the one the caller meant.
 */
function toIssues(
  issues: readonly ZodIssueLike[],
  prefix: readonly PropertyKey[] = [],
): NonNullable<ContractError['issues']> {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    const closest = issue.code === 'invalid_union' ? closestOption(issue.errors ?? []) : [];
    if (closest.length > 0) return toIssues(closest, path);
    return [{ path: path.map(String).join('.'), message: issue.message }];
  });
}

function closestOption(options: readonly (readonly ZodIssueLike[])[]): readonly ZodIssueLike[] {
  return options.reduce<readonly ZodIssueLike[]>(
    (best, option) => (best.length === 0 || (option.length > 0 && option.length < best.length) ? option : best),
    [],
  );
}

/** Keeps the caller's id and name when they are usable, so its pending request still settles. */
function salvageIdAndName(raw: unknown): { id: number; name: string } {
  if (typeof raw !== 'object' || raw === null) return { id: NO_REQUEST_ID, name: '' };
  const { id, name } = raw as { id?: unknown; name?: unknown };
  return {
    id: typeof id === 'number' && Number.isInteger(id) && id >= 0 ? id : NO_REQUEST_ID,
    name: typeof name === 'string' ? name.slice(0, 64) : '',
  };
}
