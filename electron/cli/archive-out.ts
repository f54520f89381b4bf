import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import type { DeviceArchive } from '../core/shell/archive/device-archives';
import { CliError } from './cli-error';
import type { Io } from './io';

const reason = (error: unknown) =>
  error instanceof Error && 'code' in error
    ? String(error.code)
    : error instanceof Error
      ? error.message
      : String(error);

/**
 * Checks `--archive-out DIR` before the scenario runs (a typo should not cost a whole run) and
 * creates the folder when it is missing, as `--out` of `record` does. Returns the absolute path.
 */
export function prepareArchiveDir(dir: string): string {
  if (dir.trim() === '') throw new CliError('--archive-out needs a folder (oobe-sim exec <id> --archive-out DIR -- …)');
  const path = resolve(dir);
  let isDirectory: boolean | null = null;
  try {
    isDirectory = statSync(path).isDirectory();
  } catch {
    isDirectory = null;
  }
  if (isDirectory === false) throw new CliError(`--archive-out: "${dir}" is a file, not a folder`);
  if (isDirectory === null) {
    try {
      mkdirSync(path, { recursive: true });
    } catch (error) {
      throw new CliError(`--archive-out: cannot create the folder "${dir}" (${reason(error)})`);
    }
  }
  return path;
}

/** `MDMDiagReport.cab`, then `MDMDiagReport (2).cab` for a second one of that name, as Explorer names copies. */
function freeName(name: string, taken: Set<string>): string {
  const ext = extname(name);
  const stem = name.slice(0, name.length - ext.length);
  let candidate = name;
  for (let n = 2; taken.has(candidate.toLowerCase()); n += 1) candidate = `${stem} (${n})${ext}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

/**
 * Writes each archive the device holds into the host folder under its Windows file name and says
 * on stderr where each came from (stdout stays the device's own output). Returns the host paths.
 */
export function copyArchives(io: Io, dir: string, archives: readonly DeviceArchive[]): string[] {
  if (archives.length === 0) {
    io.err(
      "oobe-sim: --archive-out: the device holds no .cab or .zip to copy (mdmdiagnosticstool -area Autopilot -cab <file>, or a page's Collect logs, writes one)\n",
    );
    return [];
  }
  const taken = new Set<string>();
  const written: string[] = [];
  for (const archive of archives) {
    const target = join(dir, freeName(basename(archive.path.replace(/\\/g, '/')), taken));
    try {
      writeFileSync(target, archive.bytes);
    } catch (error) {
      throw new CliError(`--archive-out: cannot write "${target}" (${reason(error)})`);
    }
    io.err(`oobe-sim: copied ${archive.path} to ${target}\n`);
    written.push(target);
  }
  return written;
}
