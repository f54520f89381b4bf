import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { RENDERER_CSP_HEADER } from '../runtime/content-security-policy';
import { withBootSnapshot } from './boot-snapshot';
import {
  AssetCache,
  generatedBody,
  isCompressible,
  isHashedAsset,
  pickEncoding,
  type AssetBody,
} from './compressed-assets';

/** Content types of what a Vite build emits; anything else goes out as bytes. */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** Headers every response carries: no sniffing, no framing, no leaking the URL elsewhere. */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export function contentTypeOf(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps a request path to a file inside `root`, or null when it is not one we serve: "/" means
 * index.html; anything that decodes to a path outside `root` (../, encoded slashes, NUL) is refused.
 */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  // "/trainer" and "/lab" are views of the same renderer bundle (trainer console, lab), not files of their own.
  const relative =
    decoded === '/' || decoded === '/trainer' || decoded === '/lab' ? 'index.html' : decoded.replace(/^\/+/, '');
  const absoluteRoot = resolve(root);
  const file = resolve(absoluteRoot, relative);
  return file.startsWith(absoluteRoot + sep) ? file : null;
}

export interface ServeOptions {
  /**
   * The device snapshot to write into the renderer's page for a request path (boot-snapshot.ts), or
   * undefined for none (the trainer console, the lab, any other page).
   */
  bootSnapshot?: (pathname: string) => unknown;
}

/** Serves one GET/HEAD from the built renderer; 404 for anything that is not a file there. */
export async function serveStatic(
  root: string,
  request: IncomingMessage,
  response: ServerResponse,
  options: ServeOptions = {},
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    sendText(response, 405, 'Method Not Allowed', { Allow: 'GET, HEAD' });
    return;
  }
  const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
  const file = resolveStaticPath(root, pathname);
  const info = file ? await stat(file).catch(() => null) : null;
  if (!file || !info?.isFile() || !(await insideRoot(root, file))) {
    sendText(response, 404, 'Not Found');
    return;
  }
  const type = contentTypeOf(file);
  const asset = await ASSETS.get(file, `${info.size}:${info.mtimeMs}`, isCompressible(type));
  const snapshot = type.startsWith('text/html') ? options.bootSnapshot?.(pathname) : undefined;
  const body = snapshot === undefined ? asset : pageWithSnapshot(asset, snapshot);
  const headers: Record<string, string | number> = {
    ...COMMON_HEADERS,
    'Content-Type': type,
    ETag: body.etag,
    // Hashed file names never change content: cache them for good. Everything else (index.html,
    // scenarios) revalidates, answered by a 304 when the ETag still matches.
    'Cache-Control': isHashedAsset(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache',
    ...(type.startsWith('text/html') ? { 'Content-Security-Policy': RENDERER_CSP_HEADER } : {}),
  };
  if (body.br || body.gzip) headers.Vary = 'Accept-Encoding';
  if (etagMatches(request.headers['if-none-match'], body.etag)) {
    response.writeHead(304, headers);
    response.end();
    return;
  }
  const encoding = pickEncoding(request.headers['accept-encoding'], body);
  const bytes = encoding ? body[encoding]! : body.raw;
  if (encoding) headers['Content-Encoding'] = encoding;
  headers['Content-Length'] = bytes.length;
  response.writeHead(200, headers);
  response.end(request.method === 'HEAD' ? undefined : bytes);
}

/** The page with the device's snapshot in it: its own bytes, ETag and compressed forms. */
function pageWithSnapshot(page: AssetBody, snapshot: unknown): AssetBody {
  return generatedBody(Buffer.from(withBootSnapshot(page.raw.toString('utf8'), snapshot), 'utf8'));
}

/** Read once per file version, shared by every host in the process (tests start many). */
const ASSETS = new AssetCache();

/** If-None-Match: a list of ETags, or "*"; weak ones (W/) compare by their opaque part. */
function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t.replace(/^W\//, '') === etag;
  });
}

/** Follows symlinks too: a link inside the build must not lead out of it. */
async function insideRoot(root: string, file: string): Promise<boolean> {
  const [realRoot, realFile] = await Promise.all([realpath(root), realpath(file)]).catch(() => [null, null]);
  return realRoot !== null && realFile !== null && realFile.startsWith(realRoot + sep);
}

/** A short plain-text answer (errors, refusals). */
export function sendText(
  response: ServerResponse,
  status: number,
  text: string,
  headers: Readonly<Record<string, string>> = {},
): void {
  response.writeHead(status, { ...COMMON_HEADERS, ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(`${text}\n`);
}
