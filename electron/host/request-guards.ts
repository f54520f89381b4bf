import type { IncomingMessage } from 'node:http';

/**
 * Who may talk to the web host. It binds to 127.0.0.1 only, but a web page elsewhere can still
 * reach loopback through the visitor's browser: by DNS rebinding (a hostile name resolving to
 * 127.0.0.1, caught by the Host check) or by cross-site WebSocket requests (which browsers let
 * through without CORS, caught by the Origin check).
 */

/** The Host header values that name this server: anything else may be a rebound hostile name. */
export function allowedHosts(port: number): ReadonlySet<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

/** True when the request's Host header names this server itself. */
export function hostAllowed(request: IncomingMessage, port: number): boolean {
  const host = request.headers.host;
  return typeof host === 'string' && allowedHosts(port).has(host.toLowerCase());
}

/**
 * True when a WebSocket upgrade comes from our own page (same origin as the Host it asked for) or
 * from a non-browser client, which sends no Origin. Browsers always send Origin on WebSocket
 * handshakes, so a foreign page cannot hide it.
 */
export function originAllowed(request: IncomingMessage): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  const host = request.headers.host?.toLowerCase();
  return host !== undefined && origin.toLowerCase() === `http://${host}`;
}
