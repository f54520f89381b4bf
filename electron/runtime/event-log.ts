import type { EventName, EventPayloads, LoggedEvent } from '../../shared/contract';
import { LOGGED_EVENTS } from '../../shared/trainer-views';

/** A long ESP run with its registry writes stays well under this; past it the oldest go. */
export const MAX_LOGGED_EVENTS = 5_000;

function isLogged(name: EventName): name is LoggedEvent['name'] {
  return (LOGGED_EVENTS as readonly string[]).includes(name);
}

/**
 * The events of the current device since its run started, so a trainer console opened late still
 * shows the run from its first screen. Kept by the session (not in the device's state): a saved
 * device or a rewind does not carry it, and the core stays the same byte for byte.
 */
export class EventLog {
  #events: LoggedEvent[] = [];
  /** How many of the oldest went past the cap: `count` keeps counting from the run's start. */
  #dropped = 0;

  /** Events logged since the device started (those dropped past the cap included). */
  get count(): number {
    return this.#dropped + this.#events.length;
  }

  note<E extends EventName>(name: E, payload: EventPayloads[E]): void {
    if (!isLogged(name)) return;
    this.#events.push({ name, payload } as LoggedEvent);
    if (this.#events.length > MAX_LOGGED_EVENTS) {
      const over = this.#events.length - MAX_LOGGED_EVENTS;
      this.#events.splice(0, over);
      this.#dropped += over;
    }
  }

  events(): LoggedEvent[] {
    return [...this.#events];
  }

  clear(): void {
    this.#events = [];
    this.#dropped = 0;
  }

  /** Keeps the first `count` events of the run (a rewind to just before a command, by its moment's count). */
  truncateTo(count: number): void {
    this.#events = this.#events.slice(0, Math.max(0, count - this.#dropped));
  }

  /** Keeps what happened before `atMs` (a rewind to just before that moment). */
  truncateAfter(atMs: number): void {
    this.#events = this.#events.filter((e) => e.payload.atMs < atMs);
  }
}
