import { describe, expect, it } from 'vitest';
import {
  advanceBy,
  cancel,
  createClock,
  nextDue,
  runUntilIdle,
  schedule,
  skipToNext,
} from '../../electron/core/clock/virtual-clock';

describe('virtual clock', () => {
  it('fires three chained 1-second delays, in order, at 1, 2 and 3 s when advanced by 5 s', () => {
    const clock = createClock<string>();
    const fired: [string, number][] = [];
    schedule(clock, 1000, 'a');
    const next: Record<string, string> = { a: 'b', b: 'c' };
    advanceBy(clock, 5000, (event) => {
      fired.push([event, clock.now]);
      const follow = next[event];
      if (follow) schedule(clock, clock.now + 1000, follow);
    });
    expect(fired).toEqual([
      ['a', 1000],
      ['b', 2000],
      ['c', 3000],
    ]);
    expect(clock.now).toBe(5000);
  });

  it('reaches a 60-minute timeout without waiting', () => {
    const clock = createClock<string>();
    schedule(clock, 60 * 60_000, 'esp-timeout');
    const fired: number[] = [];
    advanceBy(clock, 59 * 60_000, () => fired.push(clock.now));
    expect(fired).toEqual([]);
    advanceBy(clock, 60_000, () => fired.push(clock.now));
    expect(fired).toEqual([3_600_000]);
  });

  it('orders events with the same due time by when they were scheduled', () => {
    const clock = createClock<string>();
    schedule(clock, 500, 'first');
    schedule(clock, 200, 'earlier');
    schedule(clock, 500, 'second');
    const order: string[] = [];
    runUntilIdle(clock, (e) => order.push(e));
    expect(order).toEqual(['earlier', 'first', 'second']);
  });

  it('does not fire cancelled events, and skips straight to the next one', () => {
    const clock = createClock<string>();
    const id = schedule(clock, 100, 'cancelled');
    schedule(clock, 9000, 'kept');
    expect(cancel(clock, id)).toBe(true);
    expect(nextDue(clock)).toBe(9000);
    const order: string[] = [];
    expect(skipToNext(clock, (e) => order.push(e))).toBe(9000);
    expect(order).toEqual(['kept']);
    expect(clock.now).toBe(9000);
    expect(skipToNext(clock, () => undefined)).toBeNull();
  });

  it('never schedules into the past', () => {
    const clock = createClock<string>(10_000);
    schedule(clock, 5, 'late');
    expect(nextDue(clock)).toBe(10_000);
  });
});
