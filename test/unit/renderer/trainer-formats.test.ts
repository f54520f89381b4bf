import { describe, expect, it } from 'vitest';
import { parseArmTime } from '../../../renderer/trainer/arm-time';
import { regeditData, regeditName } from '../../../renderer/trainer/regedit-format';

describe('parseArmTime (arming a fault for a time)', () => {
  it('reads mm:ss and h:mm:ss from the run start, and "in N minutes" from now', () => {
    expect(parseArmTime('05:30', 0)).toBe(330_000);
    expect(parseArmTime('1:02:03', 0)).toBe(3_723_000);
    expect(parseArmTime('in 5 minutes', 60_000)).toBe(360_000);
    expect(parseArmTime('+2', 1_000)).toBe(121_000);
    expect(parseArmTime('soon', 0)).toBeNull();
    expect(parseArmTime('5:75', 0)).toBeNull();
  });
});

describe('regedit columns', () => {
  it('shows values as regedit does', () => {
    expect(regeditData({ name: 'X', type: 'REG_DWORD', data: 1 })).toBe('0x00000001 (1)');
    expect(regeditData({ name: 'X', type: 'REG_DWORD', data: -1 })).toBe('0xffffffff (4294967295)');
    expect(regeditData({ name: 'X', type: 'REG_QWORD', data: '16' })).toBe('0x0000000000000010 (16)');
    expect(regeditData({ name: 'X', type: 'REG_BINARY', data: '01ff' })).toBe('01 ff');
    expect(regeditData({ name: 'X', type: 'REG_MULTI_SZ', data: ['a', 'b'] })).toBe('a b');
    expect(regeditData({ name: '', type: 'REG_SZ', data: '' })).toBe('(value not set)');
    expect(regeditName({ name: '', type: 'REG_SZ', data: '' })).toBe('(Default)');
  });
});
