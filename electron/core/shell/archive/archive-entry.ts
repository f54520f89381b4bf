/** One file inside a collected archive: its name (may contain `\` folders), bytes and time. */
export interface ArchiveEntry {
  name: string;
  bytes: Uint8Array;
  /** The device's clock when the file was written (UTC). */
  modified: Date;
}

/** MS-DOS date and time words, as both cabinet and zip headers store them (2-second resolution). */
export function dosDateTime(d: Date): { date: number; time: number } {
  const year = Math.max(1980, d.getUTCFullYear());
  return {
    date: ((year - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | Math.floor(d.getUTCSeconds() / 2),
  };
}

/** Names are stored in ASCII: anything else becomes `_` (the device's collectors write ASCII names). */
export function asciiName(name: string): Uint8Array {
  const out = new Uint8Array(name.length);
  for (let i = 0; i < name.length; i += 1) {
    const c = name.charCodeAt(i);
    out[i] = c >= 0x20 && c < 0x7f ? c : 0x5f;
  }
  return out;
}

/** Little-endian writer over a growing byte list. */
export class ByteWriter {
  private readonly chunks: Uint8Array[] = [];
  length = 0;

  u8(n: number): this {
    return this.bytes(Uint8Array.of(n & 0xff));
  }

  u16(n: number): this {
    return this.bytes(Uint8Array.of(n & 0xff, (n >>> 8) & 0xff));
  }

  u32(n: number): this {
    return this.bytes(Uint8Array.of(n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff));
  }

  bytes(b: Uint8Array): this {
    this.chunks.push(b);
    this.length += b.length;
    return this;
  }

  finish(): Uint8Array {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}
