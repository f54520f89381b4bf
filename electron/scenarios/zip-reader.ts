import { inflateRawSync } from 'node:zlib';

/** One file of a zip archive: its path inside the archive and its bytes. */
export interface ZipFile {
  name: string;
  bytes: Buffer;
}

/** A zip archive this reader cannot open: the message says why. */
export class ZipError extends Error {}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;

/**
 * The files of a zip archive (stored or deflated entries, the two methods every zip tool writes),
 * read through its central directory. Enough for an exercise pack zipped by Explorer or `zip`;
 * zip64 and encryption are refused by name. (The tree's zip writer is the core's, for the device's
 * own archives; this reader is the host's, for files the trainer opens.)
 */
export function readZip(data: Buffer): ZipFile[] {
  const end = findEndOfCentralDirectory(data);
  const count = data.readUInt16LE(end + 10);
  let offset = data.readUInt32LE(end + 16);
  const files: ZipFile[] = [];
  for (let i = 0; i < count; i += 1) {
    if (offset + 46 > data.length || data.readUInt32LE(offset) !== CENTRAL_FILE_HEADER)
      throw new ZipError('the central directory is damaged');
    const flags = data.readUInt16LE(offset + 8);
    const method = data.readUInt16LE(offset + 10);
    const compressedSize = data.readUInt32LE(offset + 20);
    const nameLength = data.readUInt16LE(offset + 28);
    const extraLength = data.readUInt16LE(offset + 30);
    const commentLength = data.readUInt16LE(offset + 32);
    const localOffset = data.readUInt32LE(offset + 42);
    const name = data.toString('utf8', offset + 46, offset + 46 + nameLength);
    offset += 46 + nameLength + extraLength + commentLength;
    if (name.endsWith('/')) continue;
    if (flags & 1) throw new ZipError(`"${name}" is encrypted`);
    if (compressedSize === 0xffffffff || localOffset === 0xffffffff)
      throw new ZipError('zip64 archives are not supported');
    if (data.readUInt32LE(localOffset) !== LOCAL_FILE_HEADER) throw new ZipError(`"${name}": damaged entry`);
    const start = localOffset + 30 + data.readUInt16LE(localOffset + 26) + data.readUInt16LE(localOffset + 28);
    const raw = data.subarray(start, start + compressedSize);
    if (method === 0) files.push({ name, bytes: Buffer.from(raw) });
    else if (method === 8) files.push({ name, bytes: inflateRawSync(raw) });
    else throw new ZipError(`"${name}" uses compression method ${method} (only stored and deflated are read)`);
  }
  return files;
}

function findEndOfCentralDirectory(data: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 65_535); i -= 1) {
    if (data.readUInt32LE(i) === END_OF_CENTRAL_DIRECTORY) return i;
  }
  throw new ZipError('not a zip archive (no end of central directory)');
}
