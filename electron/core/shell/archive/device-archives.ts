import { readBinaryFile, type FileSystemState, type FsNode } from '../../os/file-system';

/** One archive on the device's disks: its Windows path and its bytes. */
export interface DeviceArchive {
  path: string;
  bytes: Uint8Array;
}

const ARCHIVE_NAME = /\.(cab|zip)$/i;

function walk(fs: FileSystemState, node: FsNode, path: string, out: DeviceArchive[]): void {
  if (node.kind === 'file') {
    // Only files the device wrote as bytes: a text file someone named x.zip is not an archive.
    if (node.encoding === 'base64' && ARCHIVE_NAME.test(node.name)) out.push({ path, bytes: readBinaryFile(fs, path) });
    return;
  }
  const children = Object.keys(node.children).sort();
  for (const key of children) {
    const child = node.children[key]!;
    walk(fs, child, `${path}\\${child.name}`, out);
  }
}

/**
 * Every .cab and .zip the device's collectors wrote (mdmdiagnosticstool, licensingdiag, the pages'
 * Collect logs / Export logs), on every drive, in drive then NTFS (upcased-name) order, so
 * `oobe-sim exec --archive-out` can hand them to the host.
 */
export function deviceArchives(fs: FileSystemState): DeviceArchive[] {
  const out: DeviceArchive[] = [];
  for (const letter of Object.keys(fs.drives).sort()) walk(fs, fs.drives[letter]!, letter, out);
  return out;
}
