import type { SimulatorClient } from '../../shared/contract';
import { createIpcClient } from './ipc-client';
import { createWsClient } from './ws-client';

/**
 * The renderer's one way to reach the device: Electron IPC when the preload bridge is there,
 * otherwise the web host's WebSocket on the page's own origin.
 */
export function createClient(): SimulatorClient {
  const bridge = typeof window === 'undefined' ? undefined : window.oobeSim;
  return bridge ? createIpcClient(bridge) : createWsClient({ prefetchSnapshot: true });
}
