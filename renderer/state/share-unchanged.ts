/**
 * `next` with every part equal in value to the same part of `prev` replaced by `prev`'s object
 * (issue 16). Each snapshot arrives as fresh JSON; sharing what did not change lets memoized panels
 * skip re-rendering on a snapshot that only moved the clock or changed the page.
 */
export function shareUnchanged<T>(prev: T, next: T): T {
  if (Object.is(prev, next)) return prev;
  if (typeof prev !== 'object' || typeof next !== 'object' || prev === null || next === null) return next;
  if (Array.isArray(prev) !== Array.isArray(next)) return next;
  if (Array.isArray(prev) && Array.isArray(next)) {
    let same = prev.length === next.length;
    const out = next.map((item: unknown, i) => {
      const shared = shareUnchanged<unknown>(prev[i], item);
      if (shared !== prev[i]) same = false;
      return shared;
    });
    return (same ? prev : out) as T;
  }
  const before = prev as Record<string, unknown>;
  const after = next as Record<string, unknown>;
  const keys = Object.keys(after);
  let same = keys.length === Object.keys(before).length;
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const shared = shareUnchanged(before[key], after[key]);
    if (shared !== before[key] || !(key in before)) same = false;
    out[key] = shared;
  }
  return (same ? prev : out) as T;
}
