import { readFile } from 'node:fs/promises';
import { basename, extname, isAbsolute, resolve } from 'node:path';
import type { Session } from '../runtime/session';

/**
 * Files the installers associate with the app (electron-builder.yml `fileAssociations`), and the
 * command each becomes when double-clicked: a scenario is loaded, a recording replayed, a saved
 * device reopened where it was. Everything goes through the session's dispatcher, so a broken
 * file gets the same clear error as one opened from inside the app.
 */
export const OPENED_FILE_COMMANDS = {
  '.oobe-scenario': 'scenario.load',
  '.oobe-recording': 'replay.open',
  '.oobe-device': 'device.open',
} as const;

export type OpenedFileExtension = keyof typeof OPENED_FILE_COMMANDS;

function extensionOf(path: string): OpenedFileExtension | null {
  const ext = extname(path).toLowerCase();
  return ext in OPENED_FILE_COMMANDS ? (ext as OpenedFileExtension) : null;
}

/**
 * The files to open from a command line (Windows and Linux pass a double-clicked file as an
 * argument, to the first instance at launch or to it through `second-instance`): arguments with
 * one of our extensions, made absolute against the directory the launch came from. Flags,
 * Electron's own arguments and the app path are skipped.
 */
export function openedFilePaths(argv: readonly string[], workingDirectory: string): string[] {
  return argv
    .filter((arg) => !arg.startsWith('-') && extensionOf(arg) !== null)
    .map((arg) => (isAbsolute(arg) ? arg : resolve(workingDirectory, arg)));
}

/** The request a file becomes, or null when it is not one of ours. */
export function openedFileRequest(path: string, text: string): { name: string; payload: unknown } | null {
  const ext = extensionOf(path);
  if (ext === null) return null;
  const name = OPENED_FILE_COMMANDS[ext];
  const fileName = basename(path);
  return { name, payload: name === 'replay.open' ? { text } : { fileName, text } };
}

export type OpenedFileOutcome = { ok: true; command: string } | { ok: false; message: string };

let nextId = 1_000_000;

/** Reads `path` and runs its command in `session`; the outcome says what went wrong, naming the file. */
export async function openFileInSession(
  session: Session,
  path: string,
  read: (path: string) => Promise<string> = (p) => readFile(p, 'utf8'),
): Promise<OpenedFileOutcome> {
  let text: string;
  try {
    text = await read(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    return { ok: false, message: `${path}: cannot be read (${code})` };
  }
  const request = openedFileRequest(path, text);
  if (!request) return { ok: false, message: `${path}: not a scenario, recording or saved device file` };
  const reply = session.handle({ kind: 'req', id: nextId++, ...request });
  if (reply.kind === 'err') {
    const { message } = reply.error;
    return { ok: false, message: message.startsWith(basename(path)) ? message : `${basename(path)}: ${message}` };
  }
  return { ok: true, command: request.name };
}
