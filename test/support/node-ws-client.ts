import WebSocket from 'ws';
import {
  createWsClient,
  type WebSocketLike,
  type WsClient,
  type WsClientOptions,
} from '../../renderer/client/ws-client';

/**
 * The renderer's own WebSocket client, run in Node over the `ws` package (Node 20 has no global
 * WebSocket), so the contract tests exercise the code the browser runs.
 */
export function createNodeWsClient(
  url: string,
  options: Pick<WsClientOptions, 'minBackoffMs' | 'maxBackoffMs' | 'onStatus' | 'prefetchSnapshot'> = {},
): WsClient {
  return createWsClient({
    url,
    createSocket: (target) => new WebSocket(target) as unknown as WebSocketLike,
    ...options,
  });
}
