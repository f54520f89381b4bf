import { describe, expect, it } from 'vitest';
import { main } from '../../electron/cli/main';
import type { LabResult } from '../../electron/core/lab/lab';

/** `oobe-sim lab`: one scenario on many headless devices, seeds 1..N (or from a base), and a summary. */
async function lab(...args: string[]) {
  let out = '';
  let err = '';
  const code = await main(['lab', ...args], { out: (t) => void (out += t), err: (t) => void (err += t) });
  return { code, out, err };
}

describe('oobe-sim lab', { timeout: 120_000 }, () => {
  it('runs 20 kiosk devices whose seeded app timings differ, and summarises their outcomes', async () => {
    const run = await lab('kiosk-autologon', '--devices', '20', '--json');
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.out) as LabResult;
    expect(result.devices.map((d) => d.seed)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(result.summary.counts).toEqual({ success: 20, failure: 0, incomplete: 0 });
    expect(result.devices.every((d) => d.finalScreen === 'kiosk' && d.errorCode === null)).toBe(true);
    // The seed moves the random app timings: the end times are not all the same.
    const times = result.devices.map((d) => d.endMs);
    expect(new Set(times).size).toBeGreaterThan(1);
    expect(result.summary.minMs).toBe(Math.min(...times));
    expect(result.summary.maxMs).toBe(Math.max(...times));
    const sorted = [...times].sort((a, b) => a - b);
    expect(result.summary.medianMs).toBe(Math.round((sorted[9]! + sorted[10]!) / 2));
  });

  it('is deterministic per seed and takes a seed base; the text form ends with the summary', async () => {
    const a = JSON.parse(
      (await lab('kiosk-autologon', '--devices', '3', '--seed-base', '7', '--json')).out,
    ) as LabResult;
    const b = JSON.parse(
      (await lab('kiosk-autologon', '--devices', '3', '--seed-base', '7', '--json')).out,
    ) as LabResult;
    expect(a.devices.map((d) => d.seed)).toEqual([7, 8, 9]);
    expect(b).toEqual(a);
    const text = await lab('kiosk-autologon', '--devices', '3');
    expect(text.out).toMatch(
      /3 devices of kiosk-autologon: 3 success, 0 failure, 0 incomplete\nvirtual time: min .+, median .+, max .+\n$/,
    );
  });

  it('says what is wrong with its arguments', async () => {
    expect(await lab('kiosk-autologon')).toMatchObject({
      code: 2,
      err: 'oobe-sim: lab needs --devices N (how many devices to run)\n',
    });
    expect(await lab('kiosk-autologon', '--devices', '0')).toMatchObject({
      code: 2,
      err: 'oobe-sim: --devices is a whole number from 1 to 10000 (got "0")\n',
    });
    expect((await lab('--devices', '2')).err).toBe('oobe-sim: lab needs a scenario id or file\n');
  });
});
