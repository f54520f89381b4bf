/**
 * The device's snapshot written into the page the host serves (issue 16): the renderer draws its first
 * screen from it in its first render, instead of after a WebSocket handshake and a round trip that
 * only start once the bundle has been evaluated. The socket's own snapshot replaces it moments later.
 *
 * It goes in as a JSON data block (`<script type="application/json">`), which the browser never runs,
 * so the page's strict CSP (`script-src 'self'`) is unchanged.
 */

import { BOOT_SNAPSHOT_ID } from '../../shared/boot-snapshot';

/** Where the block goes: just before the React root, so it is parsed before any module runs. */
const ROOT_MARKER = '<div id="root">';

/**
 * `html` with `snapshot` inserted as a data block, or `html` as it is when it has no React root
 * (a page that is not the renderer's). Every `<` is escaped, so no value can end the block early.
 */
export function withBootSnapshot(html: string, snapshot: unknown): string {
  const at = html.indexOf(ROOT_MARKER);
  if (at < 0) return html;
  const json = JSON.stringify(snapshot).replace(/</g, '\\u003c');
  const block = `<script type="application/json" id="${BOOT_SNAPSHOT_ID}">${json}</script>`;
  return html.slice(0, at) + block + html.slice(at);
}
