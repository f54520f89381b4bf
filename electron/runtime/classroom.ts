import type { CommandResult } from '../../shared/contract';
import { DEFAULT_DEVICE_SETUP } from '../../shared/default-device';
import type { AttemptReport, AttemptView } from '../../shared/exercise';
import { DeviceError } from '../core/device-core';
import { createDevice } from '../core/index';
import { Session, type SessionOptions } from './session';

export interface ClassroomOptions {
  /** The trainer's device: its tenant is the class's, its reports come first. */
  primary: Session;
  /** How a new trainee device's session is made (the host's library, autoRun, error log). */
  sessionOptions: SessionOptions;
  /** The page of a device, as the host serves it (web host: `/?device=<id>`). */
  urlOf: (deviceId: string) => string;
  /**
   * Called once the device exists and its exercise has started: the web host only records it;
   * Electron opens its window and returns true (the client then opens nothing itself).
   */
  onHandedOut?: (deviceId: string, session: Session) => boolean;
}

interface Trainee {
  deviceId: string;
  exerciseId: string;
  session: Session;
}

/**
 * The class (issue 13): a trainee device per exercise handed out, beside the trainer's own. Each
 * is a session of its own (its own clock and attempt) on the trainer's tenant, so an admin change
 * made from any of them is in the tenant every one of them uses. Hosts only carry messages to it.
 */
export class Classroom {
  readonly #options: ClassroomOptions;
  readonly #trainees = new Map<string, Trainee>();
  #next = 1;

  constructor(options: ClassroomOptions) {
    this.#options = options;
  }

  /** A handed-out device's session, or undefined for an id this class never gave. */
  session(deviceId: string): Session | undefined {
    return this.#trainees.get(deviceId)?.session;
  }

  /** Answers `class.*` (the dispatcher's `classroom` hook); throws DeviceError on misuse. */
  readonly handle = (command: string, input: unknown): unknown => {
    switch (command) {
      case 'class.handOut':
        return this.#handOut((input as { exerciseId: string }).exerciseId);
      case 'class.devices':
        return this.#devices();
      case 'class.reports':
        return this.#reports();
      default:
        throw new DeviceError(`unknown class command "${command}"`);
    }
  };

  #handOut(exerciseId: string): CommandResult<'class.handOut'> {
    // The trainer's session's tenant, fixed when it started (not its current device's: a device the
    // trainer reopened from a file runs on its saved copy). The placeholder device below is replaced
    // by the exercise's at once, so it does not join: only the exercise's device does.
    const tenant = this.#options.primary.tenant;
    const session = new Session(createDevice(DEFAULT_DEVICE_SETUP), {
      ...this.#options.sessionOptions,
      ...(tenant ? { tenant } : {}),
    });
    const started = session.handle({ kind: 'req', id: 1, name: 'exercise.start', payload: { id: exerciseId } });
    if (started.kind !== 'res') {
      session.dispose();
      throw new DeviceError(started.error.message);
    }
    const deviceId = `d${this.#next++}`;
    this.#trainees.set(deviceId, { deviceId, exerciseId, session });
    const opened = this.#options.onHandedOut?.(deviceId, session) ?? false;
    return { deviceId, url: this.#options.urlOf(deviceId), opened };
  }

  #devices(): CommandResult<'class.devices'> {
    return {
      devices: [...this.#trainees.values()].map(({ deviceId, exerciseId, session }) => ({
        deviceId,
        exerciseId,
        url: this.#options.urlOf(deviceId),
        attempt: ask<{ attempt: AttemptView | null }>(session, 'exercise.state')?.attempt ?? null,
      })),
    };
  }

  #reports(): CommandResult<'class.reports'> {
    const all = [{ deviceId: '', session: this.#options.primary }, ...this.#trainees.values()];
    return {
      reports: all.flatMap(({ deviceId, session }) =>
        (ask<{ reports: { report: AttemptReport; html: string }[] }>(session, 'exercise.reports')?.reports ?? []).map(
          (r) => ({ deviceId, ...r }),
        ),
      ),
    };
  }

  /** Every trainee session, for hosts that watch them (the --reports folder). */
  sessions(): Session[] {
    return [...this.#trainees.values()].map((t) => t.session);
  }

  /** Forgets a device whose window closed (Electron), disposing its session. */
  remove(deviceId: string): void {
    this.#trainees.get(deviceId)?.session.dispose();
    this.#trainees.delete(deviceId);
  }

  dispose(): void {
    for (const id of [...this.#trainees.keys()]) this.remove(id);
  }
}

function ask<T>(session: Session, name: string): T | null {
  const reply = session.handle({ kind: 'req', id: 1, name, payload: {} });
  return reply.kind === 'res' ? (reply.payload as T) : null;
}
