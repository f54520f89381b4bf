import { FileSystemError, listDirectory, readFile, resolvePath, type DirectoryEntry } from '../../os/file-system';
import { CRLF, fail, lines, ok, type ShellCommand, type ShellEnv } from '../command-result';
import { deviceDate, dirDateTime } from '../device-time';

const PATH_NOT_FOUND = 'The system cannot find the path specified.';
const FILE_NOT_FOUND = 'The system cannot find the file specified.';

/** A path typed at the prompt, made absolute against the session's folder (`\x` is on drive C:). */
export function absolutePath(env: ShellEnv, typed: string): string {
  const p = typed.replace(/\//g, '\\').replace(/^"|"$/g, '');
  if (/^[A-Za-z]:\\/.test(p) || /^[A-Za-z]:$/.test(p) || p.startsWith('%')) return p;
  if (p.startsWith('\\')) return `${env.session.cwd.slice(0, 2)}${p}`;
  return `${env.session.cwd.replace(/\\$/, '')}\\${p}`;
}

/** `cd [path]` / `cd /d path`: prints or changes the session's folder, keeping the stored spelling. */
export const cdCommand: ShellCommand = (env, args) => {
  const target = args.filter((a) => a.toLowerCase() !== '/d').join(' ');
  if (target === '') return ok(lines(env.session.cwd));
  const fs = env.ctx.state.fs;
  let resolved: string | null;
  try {
    resolved = resolvePath(fs, absolutePath(env, target));
  } catch (error) {
    if (error instanceof FileSystemError) return fail(lines(error.winMessage));
    throw error;
  }
  if (resolved === null) return fail(lines(PATH_NOT_FOUND));
  try {
    listDirectory(fs, resolved);
  } catch {
    return fail(lines('The directory name is invalid.'));
  }
  env.session.cwd = resolved.length === 2 ? `${resolved}\\` : resolved;
  return ok('');
};

const groupDigits = (n: number) => n.toLocaleString('en-US');

/** `dir [path]`: the listing in cmd's columns, with the folder's `.` and `..`. */
export const dirCommand: ShellCommand = (env, args) => {
  const typed = args.filter((a) => !a.startsWith('/')).join(' ');
  const fs = env.ctx.state.fs;
  const state = env.ctx.state;
  let path: string;
  let entries: DirectoryEntry[];
  try {
    path = resolvePath(fs, typed ? absolutePath(env, typed) : env.session.cwd) ?? '';
    if (path === '') return fail(lines('File Not Found'));
    entries = listDirectory(fs, path);
  } catch (error) {
    if (error instanceof FileSystemError) return fail(lines('File Not Found'));
    throw error;
  }
  const when = (ms: number) => dirDateTime(deviceDate(state, ms));
  const out = [
    ` Volume in drive ${path.charAt(0).toUpperCase()} has no label.`,
    ` Volume Serial Number is ${volumeSerial(state.setup.seed)}`,
    '',
    ` Directory of ${path}`,
    '',
  ];
  const isRoot = path.length <= 3;
  if (!isRoot) {
    out.push(`${when(0)}    <DIR>          .`, `${when(0)}    <DIR>          ..`);
  }
  let bytes = 0;
  let files = 0;
  for (const e of entries) {
    if (e.isDirectory) out.push(`${when(e.modified)}    <DIR>          ${e.name}`);
    else {
      files += 1;
      bytes += e.size;
      out.push(`${when(e.modified)} ${groupDigits(e.size).padStart(17)} ${e.name}`);
    }
  }
  const dirs = entries.filter((e) => e.isDirectory).length + (isRoot ? 0 : 2);
  out.push(
    `${String(files).padStart(16)} File(s) ${groupDigits(bytes).padStart(14)} bytes`,
    `${String(dirs).padStart(16)} Dir(s)  ${groupDigits(freeBytes(state.setup.device.disk.sizeGb)).padStart(15)} bytes free`,
  );
  return ok(lines(...out));
};

function volumeSerial(seed: number): string {
  const h = (Math.imul(seed ^ 0x5bd1e995, 0x01000193) >>> 0).toString(16).toUpperCase().padStart(8, '0');
  return `${h.slice(0, 4)}-${h.slice(4)}`;
}

/** A fresh Windows 11 install uses about 30 GB of the disk. */
function freeBytes(sizeGb: number): number {
  return Math.max(0, Math.floor(sizeGb * 1e9 * 0.93) - 30 * 2 ** 30);
}

/** Reads a file for type / notepad / Get-Content, or the Windows error text. */
export function readTyped(env: ShellEnv, typed: string): { path: string; text: string } | { error: string } {
  const fs = env.ctx.state.fs;
  try {
    const path = resolvePath(fs, absolutePath(env, typed));
    if (path === null) return { error: FILE_NOT_FOUND };
    return { path, text: readFile(fs, path) };
  } catch (error) {
    if (error instanceof FileSystemError) return { error: error.winMessage };
    throw error;
  }
}

/** `type <file>`: the file's text as it is on disk. */
export const typeCommand: ShellCommand = (env, args) => {
  if (args.length === 0) return fail(lines('The syntax of the command is incorrect.'));
  let out = '';
  for (const typed of args) {
    const read = readTyped(env, typed);
    if ('error' in read) return { stdout: out, stderr: lines(read.error), exitCode: 1 };
    out += read.text;
  }
  return ok(out.endsWith(CRLF) || out === '' ? out : `${out}${CRLF}`);
};

/** `notepad <file>`: opens the simulator's read-only viewer of the file; the prompt returns at once. */
export const notepadCommand: ShellCommand = (env, args) => {
  const typed = args.join(' ');
  if (typed === '')
    return { stdout: '', stderr: '', exitCode: 0, open: { kind: 'notepad', path: 'Untitled', content: '' } };
  const read = readTyped(env, typed);
  if ('error' in read) return fail(lines(read.error));
  return { stdout: '', stderr: '', exitCode: 0, open: { kind: 'notepad', path: read.path, content: read.text } };
};

/** `eventvwr`: opens the event viewer next to the console. */
export const eventvwrCommand: ShellCommand = () => ({
  stdout: '',
  stderr: '',
  exitCode: 0,
  open: { kind: 'eventvwr' },
});
