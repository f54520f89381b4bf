import { asciiName, ByteWriter, dosDateTime, type ArchiveEntry } from './archive-entry';

/** CRC-32 (IEEE 802.3, reflected 0xEDB88320), as zip stores it per file. */
const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * A zip archive (PKWARE APPNOTE 6.3) with every file stored (method 0), which is what
 * `mdmdiagnosticstool -zip` and Settings' "Export your management log files" produce. Folders in
 * names use `/`, as the format requires.
 */
export function buildZip(entries: readonly ArchiveEntry[]): Uint8Array {
  const w = new ByteWriter();
  const central = new ByteWriter();
  for (const e of entries) {
    const name = asciiName(e.name.replace(/\\/g, '/'));
    const { date, time } = dosDateTime(e.modified);
    const crc = crc32(e.bytes);
    const offset = w.length;
    w.u32(0x04034b50).u16(20).u16(0).u16(0).u16(time).u16(date).u32(crc);
    w.u32(e.bytes.length).u32(e.bytes.length).u16(name.length).u16(0).bytes(name).bytes(e.bytes);
    central.u32(0x02014b50).u16(20).u16(20).u16(0).u16(0).u16(time).u16(date).u32(crc);
    central.u32(e.bytes.length).u32(e.bytes.length).u16(name.length).u16(0).u16(0).u16(0).u16(0);
    central.u32(0x20).u32(offset).bytes(name);
  }
  const centralStart = w.length;
  const centralBytes = central.finish();
  w.bytes(centralBytes);
  w.u32(0x06054b50).u16(0).u16(0).u16(entries.length).u16(entries.length);
  w.u32(centralBytes.length).u32(centralStart).u16(0);
  return w.finish();
}
