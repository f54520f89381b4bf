import { net, protocol } from 'electron';
import { extname, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RENDERER_CSP_HEADER } from '../runtime/content-security-policy';

/**
 * The renderer is served from app://renderer/ rather than file://. A custom scheme gives the page
 * a real origin of its own ('self' in the CSP means just our files), keeps it away from the rest
 * of the file system that file:// pages can read, lets us send the CSP as a header, and works with
 * whatever asset base the Vite build uses. This is what Electron's security guide recommends.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'renderer';
export const RENDERER_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Must run before the app is ready: a standard, secure scheme behaves like https for the page. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves files under `rendererDir` on app://renderer/; anything else, or outside it, is a 404. */
export function serveRenderer(rendererDir: string): void {
  const root = resolve(rendererDir);
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return notFound();
    }
    const file = resolve(root, pathname === '/' ? 'index.html' : `.${pathname}`);
    if (url.host !== APP_HOST || pathname.includes('\0') || !file.startsWith(root + sep)) return notFound();

    const response = await net.fetch(pathToFileURL(file).toString()).catch(() => null);
    if (!response?.ok) return notFound();
    if (extname(file) !== '.html') return response;
    const headers = new Headers(response.headers);
    headers.set('Content-Type', 'text/html; charset=utf-8');
    headers.set('Content-Security-Policy', RENDERER_CSP_HEADER);
    return new Response(response.body, { status: 200, headers });
  });
}

function notFound(): Response {
  return new Response('Not Found', { status: 404, headers: { 'Content-Type': 'text/plain' } });
}
