import { asciiName, ByteWriter, dosDateTime, type ArchiveEntry } from './archive-entry';

/**
 * A Microsoft Cabinet (MS-CAB, version 1.3) with one folder of uncompressed data, which is what
 * `mdmdiagnosticstool -cab` and `licensingdiag -cab` hand to support. Layout: CFHEADER (36 bytes),
 * one CFFOLDER (8), a CFFILE per file (16 + name + NUL), then CFDATA blocks of at most 32 KiB
 * (8-byte header, checksum 0 = "not computed", which the format allows).
 */
const BLOCK = 0x8000;
const ATTR_ARCHIVE = 0x20;

export function buildCabinet(entries: readonly ArchiveEntry[], setId = 0): Uint8Array {
  const total = entries.reduce((n, e) => n + e.bytes.length, 0);
  const blocks = Math.max(1, Math.ceil(total / BLOCK));
  if (blocks > 0xffff || entries.length > 0xffff) throw new Error('The cabinet would be too large.');
  const names = entries.map((e) => asciiName(e.name));
  const fileTable = names.reduce((n, name) => n + 16 + name.length + 1, 0);
  const coffFiles = 36 + 8;
  const coffCabStart = coffFiles + fileTable;
  const cbCabinet = coffCabStart + blocks * 8 + total;

  const w = new ByteWriter();
  // CFHEADER
  w.bytes(Uint8Array.of(0x4d, 0x53, 0x43, 0x46)); // "MSCF"
  w.u32(0).u32(cbCabinet).u32(0).u32(coffFiles).u32(0);
  w.u8(3).u8(1); // version 1.3
  w.u16(1)
    .u16(entries.length)
    .u16(0)
    .u16(setId & 0xffff)
    .u16(0);
  // CFFOLDER: no compression
  w.u32(coffCabStart).u16(blocks).u16(0);
  // CFFILE
  let offset = 0;
  entries.forEach((e, i) => {
    const { date, time } = dosDateTime(e.modified);
    w.u32(e.bytes.length).u32(offset).u16(0).u16(date).u16(time).u16(ATTR_ARCHIVE);
    w.bytes(names[i]!).u8(0);
    offset += e.bytes.length;
  });
  // CFDATA: the files' bytes back to back, cut into 32 KiB blocks.
  const data = new Uint8Array(total);
  let at = 0;
  for (const e of entries) {
    data.set(e.bytes, at);
    at += e.bytes.length;
  }
  for (let b = 0; b < blocks; b += 1) {
    const chunk = data.subarray(b * BLOCK, Math.min(total, (b + 1) * BLOCK));
    w.u32(0).u16(chunk.length).u16(chunk.length).bytes(chunk);
  }
  return w.finish();
}
