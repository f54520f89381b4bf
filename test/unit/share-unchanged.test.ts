import { describe, expect, it } from 'vitest';
import { shareUnchanged } from '../../renderer/state/share-unchanged';

describe('shareUnchanged (issue 16: memoized panels see the same object when nothing changed)', () => {
  it('keeps the old objects of unchanged parts and the new ones of changed parts', () => {
    const prev = { nowMs: 1, info: { apps: [{ id: 'a' }] }, screen: { id: 'region' } };
    const next = { nowMs: 2, info: { apps: [{ id: 'a' }] }, screen: { id: 'keyboard' } };
    const out = shareUnchanged(prev, next);
    expect(out).toEqual(next);
    expect(out.info).toBe(prev.info);
    expect(out.screen).not.toBe(prev.screen);
  });
  it('returns the old snapshot when nothing changed, and the new one when a key appears or an array grows', () => {
    const prev = { a: [1, 2], b: { c: null } };
    expect(shareUnchanged(prev, { a: [1, 2], b: { c: null } })).toBe(prev);
    expect(shareUnchanged(prev, { a: [1, 2, 3], b: { c: null } }).a).toEqual([1, 2, 3]);
    expect(shareUnchanged<Record<string, unknown>>({ a: 1 }, { a: 1, b: undefined })).toEqual({ a: 1, b: undefined });
    expect(shareUnchanged(null, { a: 1 })).toEqual({ a: 1 });
  });
});
