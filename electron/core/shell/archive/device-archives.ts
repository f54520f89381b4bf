import type { ArchiveListing } from '../../../../shared/contract';
import type { Ctx } from '../../context';
import { DeviceError } from '../../device-core';
import { bytesToBase64, readBinaryFile, resolvePath, type FileSystemState, type FsNode } from '../../os/file-system';

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

/** Tells the hosts a collector wrote an archive, so the desktop app and the browser can offer to save it. */
export function announceArchive(ctx: Ctx, path: string): void {
  ctx.emit('archive:written', { atMs: ctx.state.clock.now, path: resolvePath(ctx.state.fs, path) ?? path });
}

/** `archive.list`: each archive's path, file name and size. */
export function listArchives(fs: FileSystemState): ArchiveListing[] {
  return deviceArchives(fs).map(({ path, bytes }) => ({ path, fileName: fileNameOf(path), size: bytes.length }));
}

/** `archive.read`: one archive by its Windows path (any case), as base64; a path that holds none is the caller's mistake. */
export function readArchive(fs: FileSystemState, path: string): ArchiveListing & { base64: string } {
  const wanted = path.replace(/\//g, '\\').toUpperCase();
  const found = deviceArchives(fs).find((archive) => archive.path.toUpperCase() === wanted);
  if (!found)
    throw new DeviceError(`${path}: the device holds no .cab or .zip there (archive.list names the ones it wrote)`);
  return {
    path: found.path,
    fileName: fileNameOf(found.path),
    size: found.bytes.length,
    base64: bytesToBase64(found.bytes),
  };
}

const fileNameOf = (path: string) => path.slice(path.lastIndexOf('\\') + 1);
