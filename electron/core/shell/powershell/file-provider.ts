import { FileSystemError, listDirectory, resolvePath } from '../../os/file-system';
import type { DeviceState } from '../../state';
import { CRLF } from '../command-result';
import { deviceDate } from '../device-time';
import { tableLines } from './ps-format';

/**
 * `Get-ChildItem <folder>` on the file system, in PowerShell 5.1's FileSystem view: a `Directory:`
 * heading, then Mode (7, left), LastWriteTime (25, right: short date in 10, short time in 8),
 * Length (14, right; empty for folders) and Name.
 */

const pad = (n: number) => String(n).padStart(2, '0');

function shortDateTime(d: Date): string {
  const h = d.getUTCHours() % 12 === 0 ? 12 : d.getUTCHours() % 12;
  const date = `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()}`;
  const time = `${h}:${pad(d.getUTCMinutes())} ${d.getUTCHours() < 12 ? 'AM' : 'PM'}`;
  return `${date.padStart(10)} ${time.padStart(8)}`;
}

/** The folder's listing, or the Windows error for a path that is not a folder. */
export function formatChildItems(state: DeviceState, path: string): string {
  const folder = resolvePath(state.fs, path);
  if (folder === null) throw new FileSystemError('The system cannot find the path specified.', path);
  const entries = listDirectory(state.fs, folder);
  if (entries.length === 0) return '';
  const rows = entries.map((e) => [
    e.isDirectory ? 'd-----' : '-a----',
    shortDateTime(deviceDate(state, e.modified)),
    e.isDirectory ? '' : String(e.size),
    e.name,
  ]);
  const table = tableLines(
    [
      { header: 'Mode', width: 7 },
      { header: 'LastWriteTime', width: 25, align: 'right' },
      { header: 'Length', width: 14, align: 'right' },
      { header: 'Name' },
    ],
    rows,
  );
  return `${CRLF}${CRLF}    Directory: ${folder}${CRLF}${CRLF}${CRLF}${table.join(CRLF)}${CRLF}${CRLF}${CRLF}`;
}
