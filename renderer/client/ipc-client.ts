import { CommandError } from '../../shared/contract-errors';
import type {
  CommandInput,
  CommandName,
  CommandResult,
  EventName,
  EventPayloads,
  SimulatorClient,
} from '../../shared/contract';
import type { OobeSimBridge, OobeSimReply } from './oobe-sim';
import { connectionStatus } from './connection-status';
import type { ConnectionAware } from './ws-client';

const SESSION_GONE = 'the session has been closed';
const MIN_BACKOFF_MS = 250;
const MAX_BACKOFF_MS = 5_000;

/**
 * A `SimulatorClient` over the Electron preload bridge. Main queues device events until the
 * renderer says `renderer.ready`; this client says it on its own once the first subscriptions of
 * a tick are in place, so no early event (the first snapshot, the first screen) is lost.
 */
export function createIpcClient(bridge: OobeSimBridge): SimulatorClient & ConnectionAware {
  let readySent = false;
  const connection = connectionStatus('open');
  const setStatus = connection.set;
  const snapshotCallbacks = new Set<(payload: unknown) => void>();

  /**
   * The main process's device session is gone (its handler missing, or closed): ask again with a
   * growing pause until it answers, then hand its snapshot to the views so they resume where it is.
   */
  const reconnect = (delayMs: number) => {
    setTimeout(() => {
      bridge.invoke('device.snapshot', {}).then(
        (reply) => {
          if (!isReply(reply) || reply.kind === 'err') return reconnect(Math.min(delayMs * 2, MAX_BACKOFF_MS));
          setStatus('open');
          for (const callback of [...snapshotCallbacks]) callback(reply.payload);
        },
        () => reconnect(Math.min(delayMs * 2, MAX_BACKOFF_MS)),
      );
    }, delayMs);
  };
  const lost = () => {
    if (connection.current === 'reconnecting') return;
    setStatus('reconnecting');
    reconnect(MIN_BACKOFF_MS);
  };

  return {
    get status() {
      return connection.current;
    },
    onStatusChange: connection.onChange,
    async invoke<N extends CommandName>(name: N, payload: CommandInput<N>): Promise<CommandResult<N>> {
      let reply: unknown;
      try {
        reply = await bridge.invoke(name, payload);
      } catch (error) {
        lost();
        throw error;
      }
      if (isReply(reply) && reply.kind === 'err' && reply.error.message === SESSION_GONE) lost();
      if (!isReply(reply)) {
        throw new CommandError(name, { code: 'command-failed', message: 'malformed reply from the main process' });
      }
      if (reply.kind === 'err') throw new CommandError(name, reply.error);
      return reply.payload as CommandResult<N>;
    },
    subscribe<E extends EventName>(name: E, callback: (payload: EventPayloads[E]) => void): () => void {
      const unsubscribe = bridge.subscribe(name, callback as (payload: unknown) => void);
      if (name === 'snapshot') snapshotCallbacks.add(callback as (payload: unknown) => void);
      if (!readySent) {
        readySent = true;
        // A microtask lets the other subscribe() calls of the same render land first.
        queueMicrotask(() => {
          bridge.invoke('renderer.ready', {}).catch(() => undefined);
        });
      }
      return () => {
        snapshotCallbacks.delete(callback as (payload: unknown) => void);
        unsubscribe();
      };
    },
  };
}

function isReply(value: unknown): value is OobeSimReply {
  if (typeof value !== 'object' || value === null) return false;
  const { kind } = value as { kind?: unknown };
  return kind === 'res' || (kind === 'err' && typeof (value as { error?: unknown }).error === 'object');
}
