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

/**
 * A `SimulatorClient` over the Electron preload bridge. Main queues device events until the
 * renderer says `renderer.ready`; this client says it on its own once the first subscriptions of
 * a tick are in place, so no early event (the first snapshot, the first screen) is lost.
 */
export function createIpcClient(bridge: OobeSimBridge): SimulatorClient {
  let readySent = false;

  return {
    async invoke<N extends CommandName>(name: N, payload: CommandInput<N>): Promise<CommandResult<N>> {
      const reply = await bridge.invoke(name, payload);
      if (!isReply(reply)) {
        throw new CommandError(name, { code: 'command-failed', message: 'malformed reply from the main process' });
      }
      if (reply.kind === 'err') throw new CommandError(name, reply.error);
      return reply.payload as CommandResult<N>;
    },
    subscribe<E extends EventName>(name: E, callback: (payload: EventPayloads[E]) => void): () => void {
      const unsubscribe = bridge.subscribe(name, callback as (payload: unknown) => void);
      if (!readySent) {
        readySent = true;
        // A microtask lets the other subscribe() calls of the same render land first.
        queueMicrotask(() => {
          bridge.invoke('renderer.ready', {}).catch(() => undefined);
        });
      }
      return unsubscribe;
    },
  };
}

function isReply(value: unknown): value is OobeSimReply {
  if (typeof value !== 'object' || value === null) return false;
  const { kind } = value as { kind?: unknown };
  return kind === 'res' || (kind === 'err' && typeof (value as { error?: unknown }).error === 'object');
}
