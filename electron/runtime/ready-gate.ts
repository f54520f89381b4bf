/**
 * Holds messages until the receiver says it is ready, then delivers them in order and passes the
 * rest straight through (the pattern electron/fiddle uses for its renderer). Electron main keeps
 * device events here until the renderer has subscribed and sent `renderer.ready`, and closes the
 * gate again when the page reloads, so a reloading renderer does not lose events.
 */
export class ReadyGate<T> {
  readonly #deliver: (message: T) => void;
  readonly #limit: number;
  readonly #queue: T[] = [];
  #open = false;

  /** `limit` bounds the queue; past it the oldest messages go (a fresh snapshot supersedes them). */
  constructor(deliver: (message: T) => void, limit = 10_000) {
    this.#deliver = deliver;
    this.#limit = limit;
  }

  get isOpen(): boolean {
    return this.#open;
  }

  /** Delivers now if the receiver is ready, else queues. */
  push(message: T): void {
    if (this.#open) {
      this.#deliver(message);
      return;
    }
    this.#queue.push(message);
    if (this.#queue.length > this.#limit) this.#queue.shift();
  }

  /** The receiver is ready: flush the queue in order. Calling it again is harmless. */
  open(): void {
    this.#open = true;
    for (const message of this.#queue.splice(0)) this.#deliver(message);
  }

  /** The receiver went away (reload, crash): queue again until it is ready anew. */
  close(): void {
    this.#open = false;
  }
}
