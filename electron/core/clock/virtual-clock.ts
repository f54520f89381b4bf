/**
 * The device's only notion of time. A queue of timers ordered by (due, seq), held as plain JSON
 * so a device can be saved, restored and replayed. Nothing here reads the wall clock: real-time
 * pacing (×1, ×10, ×60) is a timer in the host that calls `advanceBy`.
 */

export interface Timer<E> {
  id: number;
  due: number;
  seq: number;
  event: E;
}

export interface ClockState<E> {
  now: number;
  seq: number;
  queue: Timer<E>[];
}

export function createClock<E>(now = 0): ClockState<E> {
  return { now, seq: 0, queue: [] };
}

function compare<E>(a: Timer<E>, b: Timer<E>): number {
  return a.due - b.due || a.seq - b.seq;
}

/** Schedules `event` at absolute virtual time `at` (clamped to now); returns the timer id. */
export function schedule<E>(clock: ClockState<E>, at: number, event: E): number {
  clock.seq += 1;
  const timer: Timer<E> = { id: clock.seq, due: Math.max(at, clock.now), seq: clock.seq, event };
  // Insert in order; queues stay short (tens of timers), so a linear scan beats a heap here.
  let i = clock.queue.length;
  while (i > 0 && compare(clock.queue[i - 1]!, timer) > 0) i -= 1;
  clock.queue.splice(i, 0, timer);
  return timer.id;
}

export function cancel<E>(clock: ClockState<E>, id: number): boolean {
  const i = clock.queue.findIndex((t) => t.id === id);
  if (i < 0) return false;
  clock.queue.splice(i, 1);
  return true;
}

/** Removes every timer whose event matches; returns how many went. */
export function cancelWhere<E>(clock: ClockState<E>, match: (event: E) => boolean): number {
  const before = clock.queue.length;
  clock.queue = clock.queue.filter((t) => !match(t.event));
  return before - clock.queue.length;
}

export function nextDue<E>(clock: ClockState<E>): number | null {
  return clock.queue[0]?.due ?? null;
}

/** Pops the earliest timer if it is due at or before `limit`, moving `now` to its due time. */
function popDue<E>(clock: ClockState<E>, limit: number): Timer<E> | undefined {
  const head = clock.queue[0];
  if (!head || head.due > limit) return undefined;
  clock.queue.shift();
  clock.now = head.due;
  return head;
}

/**
 * Fires, in order, every event due within the next `ms` (including events scheduled by the
 * handlers themselves along the way), with `now` set to each event's due time; then sets `now`
 * to the end of the window. Returns how many events fired.
 */
export function advanceBy<E>(clock: ClockState<E>, ms: number, fire: (event: E) => void): number {
  const end = clock.now + Math.max(0, ms);
  let fired = 0;
  for (let t = popDue(clock, end); t; t = popDue(clock, end)) {
    fire(t.event);
    fired += 1;
  }
  clock.now = end;
  return fired;
}

/** Fires the next event whatever its due time ("skip to next event"); returns its time or null. */
export function skipToNext<E>(clock: ClockState<E>, fire: (event: E) => void): number | null {
  const t = popDue(clock, Number.POSITIVE_INFINITY);
  if (!t) return null;
  fire(t.event);
  return t.due;
}

/** Fires events until the queue is empty or `limit` events have fired; returns how many fired. */
export function runUntilIdle<E>(clock: ClockState<E>, fire: (event: E) => void, limit = 100_000): number {
  let fired = 0;
  while (fired < limit && skipToNext(clock, fire) !== null) fired += 1;
  return fired;
}
