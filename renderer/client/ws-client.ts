import { CommandError } from '../../shared/contract-errors';
import { connectionStatus, type ConnectionStatus } from './connection-status';
import type {
  CommandInput,
  CommandName,
  CommandResult,
  Envelope,
  EventName,
  EventPayloads,
  SimulatorClient,
} from '../../shared/contract';

/** The part of the WebSocket API this client uses: the browser's, or `ws` in Node tests. */
export interface WebSocketLike {
  readonly readyState: number;
  onopen: ((event: unknown) => void) | null;
  onclose: ((event: unknown) => void) | null;
  onerror: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  send(data: string): void;
  close(code?: number, reason?: string): void;
}
export type WebSocketFactory = (url: string) => WebSocketLike;

export type { ConnectionStatus };

export interface WsClientOptions {
  /** Default: the page's own origin, `ws://${location.host}/ws` (with the page's `?device=`, if any). */
  url?: string;
  /** Default: the browser's WebSocket. */
  createSocket?: WebSocketFactory;
  /** First reconnect delay; it doubles after each failed attempt up to `maxBackoffMs`. */
  minBackoffMs?: number;
  maxBackoffMs?: number;
  onStatus?: (status: ConnectionStatus) => void;
  /**
   * Ask for `device.snapshot` as soon as the socket opens, before any view asks (issue 16: the page's
   * first screen then waits for neither React's first render nor a second round trip). The first
   * `device.snapshot` invoked gets it, or a snapshot pushed after it if one came before anyone listened.
   */
  prefetchSnapshot?: boolean;
}

/** A client that can say whether the simulator is reachable (the chrome shows a notice when not). */
export interface ConnectionAware {
  readonly status: ConnectionStatus;
  /** Calls `listener` on every change of `status`; returns the unsubscribe. */
  onStatusChange(listener: (status: ConnectionStatus) => void): () => void;
}

export interface WsClient extends SimulatorClient, ConnectionAware {
  /** Closes the socket for good: pending and later invocations reject. */
  close(): void;
}

interface Pending {
  name: string;
  resolve: (payload: unknown) => void;
  reject: (error: CommandError) => void;
}

const OPEN = 1;

/**
 * A `SimulatorClient` over the web host's WebSocket. Requests made while the socket is down wait
 * for it; requests already sent when it drops are rejected, not resent, since the device may have
 * run them (a click must not happen twice). After a reconnect the client fetches a fresh snapshot
 * for its `snapshot` subscribers, so a view that missed events while offline catches up.
 */
/** The page's own host; a handed-out device's page (`/?device=<id>`) asks for that device's socket. */
function defaultUrl(): string {
  const device = new URLSearchParams(location.search).get('device');
  const query = device === null ? '' : `?device=${encodeURIComponent(device)}`;
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws${query}`;
}

export function createWsClient(options: WsClientOptions = {}): WsClient {
  const url = options.url ?? defaultUrl();
  const createSocket = options.createSocket ?? ((target: string) => new WebSocket(target) as WebSocketLike);
  const minBackoffMs = options.minBackoffMs ?? 250;
  const maxBackoffMs = options.maxBackoffMs ?? 5_000;

  const pending = new Map<number, Pending>();
  // Requests made while the socket is down, by id, in order; they survive a dropped connection.
  const outbox = new Map<number, string>();
  const callbacks = new Map<EventName, Set<(payload: unknown) => void>>();
  let nextId = 0;
  let socket: WebSocketLike | null = null;
  let backoffMs = minBackoffMs;
  let reconnectTimer: ReturnType<typeof setTimeout> | null = null;
  let everOpened = false;
  const connection = connectionStatus('connecting', options.onStatus);
  const setStatus = connection.set;

  const failAll = (message: string, which: (id: number) => boolean): void => {
    for (const [id, request] of pending) {
      if (!which(id)) continue;
      pending.delete(id);
      request.reject(new CommandError(request.name, { code: 'command-failed', message }));
    }
  };

  const connect = (): void => {
    const ws = createSocket(url);
    socket = ws;
    ws.onopen = () => {
      backoffMs = minBackoffMs;
      setStatus('open');
      for (const text of outbox.values()) ws.send(text);
      outbox.clear();
      if (everOpened) resync();
      everOpened = true;
    };
    ws.onmessage = (event) => {
      if (typeof event.data === 'string') receive(event.data);
    };
    // onclose follows every error, so reconnecting is handled there alone.
    ws.onerror = () => undefined;
    ws.onclose = () => {
      if (socket !== ws) return;
      socket = null;
      // Sent but unanswered: the device may have run them, so they fail rather than repeat.
      failAll('the connection to the simulator was lost', (id) => !outbox.has(id));
      if (connection.current === 'closed') return;
      setStatus('reconnecting');
      reconnectTimer = setTimeout(() => {
        reconnectTimer = null;
        connect();
      }, backoffMs);
      backoffMs = Math.min(backoffMs * 2, maxBackoffMs);
    };
  };

  // The prefetched snapshot (prefetchSnapshot) until the first device.snapshot takes it, and the
  // newest snapshot that reached no subscriber since it was asked for.
  let prefetched: Promise<unknown> | null = null;
  let unheard: { payload: unknown } | null = null;

  const receive = (text: string): void => {
    let envelope: Envelope;
    try {
      envelope = JSON.parse(text) as Envelope;
    } catch {
      return;
    }
    if (envelope.kind === 'evt') {
      if (envelope.name === 'snapshot' && prefetched && !callbacks.get('snapshot')?.size) {
        unheard = { payload: envelope.payload };
      }
      for (const callback of [...(callbacks.get(envelope.name) ?? [])]) callback(envelope.payload);
      return;
    }
    if (envelope.kind !== 'res' && envelope.kind !== 'err') return;
    const request = pending.get(envelope.id);
    if (!request) return;
    pending.delete(envelope.id);
    if (envelope.kind === 'res') request.resolve(envelope.payload);
    else request.reject(new CommandError(request.name, envelope.error));
  };

  const resync = (): void => {
    if (!callbacks.get('snapshot')?.size) return;
    client.invoke('device.snapshot', {}).then(
      (snapshot) => callbacks.get('snapshot')?.forEach((callback) => callback(snapshot)),
      () => undefined,
    );
  };

  const client: WsClient = {
    get status() {
      return connection.current;
    },
    onStatusChange: connection.onChange,
    invoke<N extends CommandName>(name: N, payload: CommandInput<N>): Promise<CommandResult<N>> {
      if (connection.current === 'closed') {
        return Promise.reject(new CommandError(name, { code: 'command-failed', message: 'the client is closed' }));
      }
      if (name === 'device.snapshot' && prefetched) {
        const early = prefetched;
        prefetched = null;
        return early.then(
          (payload) => (unheard ?? { payload }).payload as CommandResult<N>,
          // Lost with a dropped connection: ask again, as the view would have.
          () => client.invoke(name, payload),
        );
      }
      const id = nextId++;
      const text = JSON.stringify({ kind: 'req', id, name, payload } satisfies Envelope);
      return new Promise<CommandResult<N>>((resolve, reject) => {
        pending.set(id, { name, resolve: resolve as (payload: unknown) => void, reject });
        if (socket?.readyState === OPEN) {
          socket.send(text);
        } else {
          outbox.set(id, text);
        }
      });
    },
    subscribe<E extends EventName>(name: E, callback: (payload: EventPayloads[E]) => void): () => void {
      const set = callbacks.get(name) ?? new Set();
      callbacks.set(name, set);
      const entry = callback as (payload: unknown) => void;
      set.add(entry);
      return () => {
        set.delete(entry);
      };
    },
    close(): void {
      setStatus('closed');
      if (reconnectTimer !== null) clearTimeout(reconnectTimer);
      reconnectTimer = null;
      outbox.clear();
      failAll('the client is closed', () => true);
      socket?.close(1000, 'client closed');
      socket = null;
    },
  };

  connect();
  if (options.prefetchSnapshot) {
    prefetched = client.invoke('device.snapshot', {}).then((payload) => {
      unheard = null; // anything pushed before this answer is older than it
      return payload;
    });
    // Taken by the first view that asks; a failure shows there, not as an unhandled rejection here.
    prefetched.catch(() => undefined);
  }
  return client;
}
