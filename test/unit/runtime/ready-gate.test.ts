import { describe, expect, it } from 'vitest';
import { ReadyGate } from '../../../electron/runtime/ready-gate';

describe('ReadyGate', () => {
  it('queues until open, flushes in order, then passes through', () => {
    const delivered: number[] = [];
    const gate = new ReadyGate<number>((n) => delivered.push(n));
    gate.push(1);
    gate.push(2);
    expect(delivered).toEqual([]);
    gate.open();
    expect(delivered).toEqual([1, 2]);
    gate.push(3);
    gate.open();
    expect(delivered).toEqual([1, 2, 3]);
  });

  it('queues again after close (a reload) and keeps only the newest past its limit', () => {
    const delivered: number[] = [];
    const gate = new ReadyGate<number>((n) => delivered.push(n), 2);
    gate.open();
    gate.close();
    gate.push(1);
    gate.push(2);
    gate.push(3);
    expect(gate.isOpen).toBe(false);
    gate.open();
    expect(delivered).toEqual([2, 3]);
  });
});
