import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** A file of the build as the host sends it: its bytes, their strong ETag, and compressed forms made once. */
export interface AssetBody {
  raw: Buffer;
  etag: string;
  /** Present for compressible types, and only when compressing made the file smaller. */
  br?: Buffer;
  gzip?: Buffer;
}

/** What compresses: text, JSON, SVG, WebAssembly. Images and WOFF/WOFF2 fonts are compressed already. */
export function isCompressible(contentType: string): boolean {
  return /^(text\/|application\/(json|javascript|wasm)|image\/svg\+xml)/.test(contentType);
}

/**
 * Reads (and for compressible types compresses) each file once per size and modification time.
 * Brotli quality 5 and gzip level 6: a fresh host answers its first request in tens of milliseconds,
 * where brotli's maximum quality would spend over a second on the renderer's JS.
 */
export class AssetCache {
  readonly #entries = new Map<string, { stamp: string; body: Promise<AssetBody> }>();

  get(file: string, stamp: string, compressible: boolean): Promise<AssetBody> {
    const known = this.#entries.get(file);
    if (known?.stamp === stamp) return known.body;
    const body = load(file, compressible);
    this.#entries.set(file, { stamp, body });
    body.catch(() => this.#entries.delete(file));
    return body;
  }
}

async function load(file: string, compressible: boolean): Promise<AssetBody> {
  const raw = await readFile(file);
  if (!compressible || raw.length < 1024) return { raw, etag: etagOf(raw) };
  const [br, gz] = await Promise.all([brotli(raw, brotliOptions(raw)), gzipAsync(raw, GZIP_OPTIONS)]);
  return withSmaller(raw, br, gz);
}

/**
 * A body made for one response (a page with the device's snapshot in it, boot-snapshot.ts), compressed
 * at once: it is a few kilobytes, which brotli quality 5 takes well under a millisecond over.
 */
export function generatedBody(raw: Buffer): AssetBody {
  if (raw.length < 1024) return { raw, etag: etagOf(raw) };
  return withSmaller(raw, brotliCompressSync(raw, brotliOptions(raw)), gzipSync(raw, GZIP_OPTIONS));
}

const GZIP_OPTIONS = { level: 6 };

function brotliOptions(raw: Buffer) {
  return { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } };
}

function etagOf(raw: Buffer): string {
  return `"${createHash('sha256').update(raw).digest('base64url').slice(0, 27)}"`;
}

/** The compressed forms kept only where they are smaller than the bytes themselves. */
function withSmaller(raw: Buffer, br: Buffer, gz: Buffer): AssetBody {
  return {
    raw,
    etag: etagOf(raw),
    ...(br.length < raw.length ? { br } : {}),
    ...(gz.length < raw.length ? { gzip: gz } : {}),
  };
}

/** The encoding to send for an Accept-Encoding header: brotli, then gzip, else none (q=0 refuses). */
export function pickEncoding(acceptEncoding: string | undefined, body: AssetBody): 'br' | 'gzip' | null {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    accepted.set(name, q ? Number(q.slice(2)) : 1);
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (body.br && ok('br')) return 'br';
  if (body.gzip && ok('gzip')) return 'gzip';
  return null;
}

/** Vite's content-hashed file names (`index-BjTTeb8_.js`): their bytes never change under that name. */
export function isHashedAsset(urlPath: string): boolean {
  return /^\/assets\/[^/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/.test(urlPath);
}
