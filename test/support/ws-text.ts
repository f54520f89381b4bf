import type { RawData } from 'ws';

/** A `ws` message as text: one Buffer, an ArrayBuffer or a fragmented list of Buffers. */
export function rawText(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  if (data instanceof ArrayBuffer) return Buffer.from(data).toString('utf8');
  return data.toString('utf8');
}
