/**
 * The renderer's Content-Security-Policy, the same one renderer/index.html carries in its meta tag.
 * Hosts also send it as a header (the web host over HTTP, Electron main from its app:// protocol)
 * so the policy holds even if the meta tag is ever dropped, and so `frame-ancestors`, which a meta
 * tag cannot set, keeps other sites from framing the simulator.
 */
export const RENDERER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self' ws://127.0.0.1:* ws://localhost:*",
].join('; ');

/** The header form: the meta policy plus what only a header can say. */
export const RENDERER_CSP_HEADER = `${RENDERER_CSP}; frame-ancestors 'none'`;
