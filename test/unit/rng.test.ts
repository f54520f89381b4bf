import { describe, expect, it } from 'vitest';
import { Rng } from '../../electron/core/rng';

describe('seeded Rng', () => {
  it('gives the same stream for the same seed and label', () => {
    const a = Rng.derive(42, 'serial');
    const b = Rng.derive(42, 'serial');
    expect([a.nextU32(), a.nextU32(), a.digits(6)]).toEqual([b.nextU32(), b.nextU32(), b.digits(6)]);
  });

  it('gives independent streams per label and per seed', () => {
    expect(Rng.derive(42, 'serial').nextU32()).not.toBe(Rng.derive(42, 'mac').nextU32());
    expect(Rng.derive(42, 'serial').nextU32()).not.toBe(Rng.derive(43, 'serial').nextU32());
  });

  it('keeps its whole state in one number, so it can be saved and resumed', () => {
    const a = Rng.derive(7, 'x');
    a.nextU32();
    const resumed = new Rng(a.state);
    expect(resumed.nextU32()).toBe(a.nextU32());
  });

  it('draws digits and characters from the requested alphabet', () => {
    const rng = Rng.derive(1, 'rand');
    expect(rng.digits(12)).toMatch(/^\d{12}$/);
    expect(rng.chars(20, 'AB')).toMatch(/^[AB]{20}$/);
  });
});
