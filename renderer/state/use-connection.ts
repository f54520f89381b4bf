import { useCallback, useSyncExternalStore } from 'react';
import type { SimulatorClient } from '../../shared/contract';
import type { ConnectionAware, ConnectionStatus } from '../client/ws-client';

function isConnectionAware(client: SimulatorClient): client is SimulatorClient & ConnectionAware {
  return typeof (client as Partial<ConnectionAware>).onStatusChange === 'function';
}

/** Whether the simulator answers: "open", or "reconnecting" while the client tries again on its own. */
export function useConnection(client: SimulatorClient): ConnectionStatus {
  const subscribe = useCallback(
    (onChange: () => void) => (isConnectionAware(client) ? client.onStatusChange(onChange) : () => undefined),
    [client],
  );
  return useSyncExternalStore(subscribe, () => (isConnectionAware(client) ? client.status : 'open'));
}
