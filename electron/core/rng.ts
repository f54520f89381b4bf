/**
 * Seeded randomness. Every identity (serial number, UUID, MACs, TPM EK, hardware hash, %RAND%
 * names) comes from a stream derived from the device seed and a label, so adding a new identity
 * never shifts the others, and the same seed always gives the same device.
 */

/** FNV-1a over a string: turns (seed, label) into a 32-bit stream seed. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A small, fast PRNG (mulberry32) whose whole state is one number, so it can live in JSON state. */
export class Rng {
  constructor(public state: number) {}

  static derive(seed: number, label: string): Rng {
    return new Rng(hash32(`${seed >>> 0}:${label}`));
  }

  /** Next 32-bit unsigned integer. */
  nextU32(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** Integer in [0, n). */
  int(n: number): number {
    return this.nextU32() % n;
  }

  bytes(count: number): Uint8Array {
    const out = new Uint8Array(count);
    for (let i = 0; i < count; i += 1) out[i] = this.nextU32() & 0xff;
    return out;
  }

  /** `count` characters drawn from `alphabet`. */
  chars(count: number, alphabet: string): string {
    let s = '';
    for (let i = 0; i < count; i += 1) s += alphabet[this.int(alphabet.length)];
    return s;
  }

  digits(count: number): string {
    return this.chars(count, '0123456789');
  }
}
