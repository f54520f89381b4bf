import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { SavedDeviceFile } from '../../shared/contract';
import type { Session } from '../runtime/session';
import { backupPathOf, writeFileAtomic } from './atomic-write';

/**
 * A saved device on disk, for the adapters that have a file system (Electron main, the web host's
 * `--device`): the session makes and checks the text (`device.save` / `device.open`), this writes
 * it safely and reads it back.
 */

let nextId = 2_000_000;

/** The session's device as file text (`device.save`); throws with the session's message. */
export function deviceText(session: Session): string {
  const reply = session.handle({ kind: 'req', id: nextId++, name: 'device.save', payload: {} });
  if (reply.kind === 'err') throw new Error(reply.error.message);
  return (reply.payload as SavedDeviceFile).text;
}

/** Saves the session's device to `path`: atomically, the previous save kept as `<path>.bak`. */
export async function saveDeviceFile(session: Session, path: string): Promise<string> {
  const text = deviceText(session);
  await writeFileAtomic(path, text);
  return text;
}

export type OpenDeviceOutcome =
  | { ok: true; text: string }
  /** `problem` names the file and what is wrong; `backup` is the previous save to offer, when there is one. */
  | { ok: false; problem: string; backup: string | null };

/**
 * Puts the device saved at `path` in the session. A missing, unreadable, corrupt, truncated or
 * newer file leaves the running device alone and says what is wrong, offering `<path>.bak` when a
 * previous save exists (the caller asks the person, then opens the backup the same way).
 */
export async function openDeviceFile(session: Session, path: string): Promise<OpenDeviceOutcome> {
  const backup = existsSync(backupPathOf(path)) ? backupPathOf(path) : null;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return { ok: false, problem: `${path}: cannot be read (${code})`, backup };
  }
  const reply = session.handle({
    kind: 'req',
    id: nextId++,
    name: 'device.open',
    payload: { fileName: basename(path), text },
  });
  if (reply.kind === 'err') return { ok: false, problem: reply.error.message, backup };
  return { ok: true, text };
}

/** The one-paragraph message for a file that would not open, with the backup offer when there is one. */
export function openProblemMessage(outcome: Extract<OpenDeviceOutcome, { ok: false }>): string {
  return outcome.backup
    ? `${outcome.problem}\nThe previous save is kept at ${outcome.backup}: open it instead?`
    : `${outcome.problem}\nThere is no earlier save to fall back on.`;
}
