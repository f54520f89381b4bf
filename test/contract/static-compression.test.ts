/**
 * The web host sends the renderer compressed and cacheable: brotli or gzip as the browser accepts,
 * a strong ETag answered by 304, and `immutable` caching only for Vite's content-hashed file names.
 */
import { request } from 'node:http';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../electron/host/web-host';

const SCRIPT = `export const lines = [${Array.from({ length: 400 }, (_, i) => `"line ${i}"`).join(', ')}];\n`;

let scratch: string;
let host: WebHost;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'oobe-sim-static-'));
  const root = join(scratch, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), `<!doctype html><title>OOBE Simulator</title>${' '.repeat(2048)}`);
  await writeFile(join(root, 'assets', 'index-BjTTeb8_.js'), SCRIPT);
  await writeFile(join(root, 'assets', 'inter-latin-400-normal-C38fXH4l.woff2'), Buffer.alloc(4096, 7));
  host = await startWebHost({ port: 0, staticDir: root });
});
afterAll(async () => {
  await host.close();
  await rm(scratch, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function get(path: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((done, fail) => {
    request(`${host.url.replace(/\/$/, '')}${path}`, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (c: Buffer) => chunks.push(c));
      response.on('end', () =>
        done({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    })
      .on('error', fail)
      .end();
  });
}

describe('web host static files', () => {
  it('sends brotli to a browser that accepts it, and gzip to one that accepts only gzip', async () => {
    const br = await get('/assets/index-BjTTeb8_.js', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(brotliDecompressSync(br.body).toString()).toBe(SCRIPT);
    expect(Number(br.headers['content-length'])).toBe(br.body.length);
    expect(br.body.length).toBeLessThan(SCRIPT.length / 2);

    const gz = await get('/assets/index-BjTTeb8_.js', { 'Accept-Encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(SCRIPT);

    const plain = await get('/assets/index-BjTTeb8_.js', { 'Accept-Encoding': 'br;q=0, gzip;q=0' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(SCRIPT);
  });

  it('caches hashed assets for good and revalidates index.html', async () => {
    const script = await get('/assets/index-BjTTeb8_.js');
    expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const page = await get('/');
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.headers['content-security-policy']).toBeTruthy();
  });

  it('answers a matching If-None-Match with 304 and no body', async () => {
    const first = await get('/', { 'Accept-Encoding': 'gzip' });
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    const again = await get('/', { 'If-None-Match': etag, 'Accept-Encoding': 'gzip' });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    const other = await get('/', { 'If-None-Match': '"something-else"' });
    expect(other.status).toBe(200);
  });

  it('does not compress fonts that are compressed already', async () => {
    const font = await get('/assets/inter-latin-400-normal-C38fXH4l.woff2', { 'Accept-Encoding': 'br, gzip' });
    expect(font.headers['content-encoding']).toBeUndefined();
    expect(font.body.length).toBe(4096);
  });
});
