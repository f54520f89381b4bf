import {
  CommandError,
  type CommandInput,
  type CommandName,
  type CommandResult,
  type Envelope,
  type EventName,
  type EventPayloads,
  type SimulatorClient,
} from '../../shared/contract';
import type { DispatchHooks } from './dispatcher';
import type { Session } from './session';

/** A `SimulatorClient` that can be disconnected from its session. */
export interface ClosableClient extends SimulatorClient {
  /** Stops event delivery; later invocations reject. */
  close(): void;
}

/**
 * A `SimulatorClient` over a `Session` in the same process, for tests and the CLI. Every request
 * and every reply is JSON round-tripped and goes through the same dispatcher as the WebSocket and
 * IPC transports, so what passes here cannot rely on sharing objects with the device.
 */
export function createInMemoryClient(session: Session, hooks: DispatchHooks = {}): ClosableClient {
  let nextId = 0;
  let closed = false;
  const callbacks = new Map<EventName, Set<(payload: never) => void>>();

  const detach = session.subscribe((event) => {
    const set = callbacks.get(event.name);
    if (!set || set.size === 0) return;
    const { payload } = overTheWire(event);
    for (const callback of [...set]) (callback as (payload: unknown) => void)(payload);
  });

  return {
    // async on purpose: a thrown CommandError reaches the caller as a rejection, as over a real wire.
    // eslint-disable-next-line @typescript-eslint/require-await
    async invoke<N extends CommandName>(name: N, payload: CommandInput<N>): Promise<CommandResult<N>> {
      if (closed) throw new CommandError(name, { code: 'command-failed', message: 'the client is closed' });
      const request: Envelope = { kind: 'req', id: nextId++, name, payload };
      const reply = overTheWire(session.handle(overTheWire(request), hooks));
      if (reply.kind === 'err') throw new CommandError(name, reply.error);
      return reply.payload as CommandResult<N>;
    },
    subscribe<E extends EventName>(name: E, callback: (payload: EventPayloads[E]) => void): () => void {
      const set = callbacks.get(name) ?? new Set();
      callbacks.set(name, set);
      set.add(callback);
      return () => {
        set.delete(callback);
      };
    },
    close(): void {
      closed = true;
      detach();
      callbacks.clear();
    },
  };
}

/** What a wire does to a value: only its JSON survives. */
function overTheWire<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
