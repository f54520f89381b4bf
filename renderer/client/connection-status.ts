/** Where a client's link to the device host stands. */
export type ConnectionStatus = 'connecting' | 'open' | 'reconnecting' | 'closed';

/**
 * A client's connection status and the listeners that follow it, shared by the WebSocket and the
 * IPC client so both tell the views the same way when the host goes and comes back.
 */
export function connectionStatus(initial: ConnectionStatus, onChange?: (status: ConnectionStatus) => void) {
  let status = initial;
  const listeners = new Set<(status: ConnectionStatus) => void>();
  return {
    get current(): ConnectionStatus {
      return status;
    },
    // Arrow functions, not methods: clients pass `set` and `onChange` around on their own.
    set: (next: ConnectionStatus): void => {
      if (status === next) return;
      status = next;
      onChange?.(next);
      for (const listener of [...listeners]) listener(next);
    },
    /** Calls `listener` on every change; returns the unsubscribe. */
    onChange: (listener: (status: ConnectionStatus) => void): (() => void) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
