import { BOOT_SNAPSHOT_ID } from '../../shared/boot-snapshot';
import type { DeviceSnapshot } from '../../shared/snapshot';

/**
 * The device's snapshot that the web host wrote into this page (issue 16), taken out of the page:
 * the first render draws the device's screen from it while the WebSocket is still connecting. Null in
 * Electron (its pages are files) and on any page served without one, which then waits for the socket.
 */
export function takeBootSnapshot(doc: Document): DeviceSnapshot | null {
  const block = doc.getElementById(BOOT_SNAPSHOT_ID);
  if (!block) return null;
  block.remove();
  try {
    return JSON.parse(block.textContent ?? '') as DeviceSnapshot;
  } catch {
    // A damaged block costs only the head start: the socket's snapshot follows.
    return null;
  }
}
