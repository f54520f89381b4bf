import { describe, expect, it } from 'vitest';
import { runScenario } from '../../electron/core/scenario/runner';
import type { Scenario } from '../../shared/scenario/scenario-types';
import { loadBuiltin } from './builtin-library';

/**
 * Issue 18 point 1, "the same for the pre-provisioning technician flow and self-deploying": with
 * the internet cut mid-deployment the ESP waits, and fails with its time limit's code if nothing
 * comes back (the technician's red result page; self-deploying's ESP error), or goes on from where
 * the download was when the internet returns.
 */

const MINUTE = 60_000;

const restoreAt = (atMs: number) => ({
  id: 'internet-back',
  label: 'The upstream internet comes back',
  trigger: { kind: 'at', atMs },
  effect: { kind: 'network.internet', available: true },
});

const cutAt = (atMs: number) => ({
  id: 'internet-cut',
  label: 'The upstream internet goes',
  trigger: { kind: 'at', atMs },
  effect: { kind: 'network.internet', available: false },
});

async function withFaults(id: string, faults: readonly object[]): Promise<Scenario> {
  const base = await loadBuiltin(id);
  return { ...base, faults: [...(base.faults ?? []), ...faults] } as Scenario;
}

const texts = (r: ReturnType<typeof runScenario>) => r.result.timeline.map((t) => t.text);
const lineAt = (r: ReturnType<typeof runScenario>, text: string) =>
  r.result.timeline.find((t) => t.text === text)?.atMs;

describe('pre-provisioning with the internet cut', () => {
  it('preprovision-internet-lost: the ESP waits, and 90 minutes after it opened the red result page shows 0x800705b4', async () => {
    const run = runScenario(await loadBuiltin('preprovision-internet-lost'));
    expect(run.result.outcome).toBe('failure');
    expect(run.result.finalScreen).toBe('preprovision-failure');
    expect(lineAt(run, 'ESP: Company Portal is waiting: the internet cannot be reached')).toBe(5 * MINUTE);
    expect(run.result.errors.map((e) => [e.screen, e.code, e.message, e.atMs])).toEqual([
      [
        'preprovision-failure',
        '0x800705b4',
        'Something happened, and we couldn’t complete the provisioning process in the required time.',
        61_000 + 90 * MINUTE + 5_000,
      ],
    ]);
    expect(texts(run)).not.toContain('ESP: Company Portal done');
    expect(texts(run)).not.toContain('Pre-provisioning technician flow succeeded');
  });

  it('the internet back within the limit: Company Portal goes on from where it was and the technician flow succeeds', async () => {
    const run = runScenario(await withFaults('preprovision-internet-lost', [restoreAt(20 * MINUTE)]));
    expect(run.result.finalScreen).toBe('preprovision-success');
    expect(run.result.errors).toEqual([]);
    // The 4-minute download started when the root certificate was done (3:08) and had about 1:52 when
    // the internet went at 5:00: the rest (about 2:08) arrives after 20:00.
    const started = lineAt(run, 'ESP: Contoso Root CA done')!;
    expect(lineAt(run, 'ESP: Company Portal done')).toBe(20 * MINUTE + 4 * MINUTE - (5 * MINUTE - started));
    expect(texts(run)).toContain('Pre-provisioning technician flow succeeded');
  });

  it('cut during the device join and back later: the join waits, then goes on', async () => {
    const run = runScenario(await withFaults('preprovision-entra', [cutAt(105_000), restoreAt(10 * MINUTE)]));
    expect(
      lineAt(run, 'ESP: Microsoft Entra device join is waiting: Microsoft Entra device registration cannot be reached'),
    ).toBe(105_000);
    expect(lineAt(run, 'Joined to Microsoft Entra ID with the device identity (no user)')).toBeGreaterThan(10 * MINUTE);
    expect(texts(run)).toContain('Pre-provisioning technician flow succeeded');
    expect(run.result.finalScreen).toBe('desktop');
  });
});

describe('self-deploying with the internet cut', () => {
  it('self-deploying-internet-lost: the ESP waits, and 60 minutes after it opened Device setup fails with 0x800705b4', async () => {
    const run = runScenario(await loadBuiltin('self-deploying-internet-lost'));
    expect(run.result.outcome).toBe('failure');
    expect(run.result.finalScreen).toBe('esp-error');
    expect(run.result.errors.map((e) => [e.code, e.atMs])).toEqual([['0x800705b4', 29_000 + 60 * MINUTE]]);
    expect(texts(run)).not.toContain('ESP: Contoso Visitor Log done');
    expect(run.result.screens.map((s) => s.id)).not.toContain('signon');
  });

  it('the internet back within the limit: the app goes on from where it was and the sign-on screen follows', async () => {
    const run = runScenario(await withFaults('self-deploying-internet-lost', [restoreAt(20 * MINUTE)]));
    expect(run.result.errors).toEqual([]);
    // The 6-minute download started at 3:31 and had about 1:29 when the internet went at 5:00: the
    // rest (about 4:31) arrives after 20:00.
    const started = lineAt(run, 'ESP: Contoso Root CA done')!;
    expect(lineAt(run, 'ESP: Contoso Visitor Log done')).toBe(20 * MINUTE + 6 * MINUTE - (5 * MINUTE - started));
    expect(run.result.finalScreen).toBe('signon');
  });

  it('cut during the device join and back later: the join waits, then goes on to the desktop', async () => {
    const run = runScenario(await withFaults('self-deploying', [cutAt(128_000), restoreAt(10 * MINUTE)]));
    expect(
      lineAt(run, 'ESP: Microsoft Entra device join is waiting: Microsoft Entra device registration cannot be reached'),
    ).toBe(128_000);
    expect(lineAt(run, 'ESP: Microsoft Entra device join can go on')).toBeGreaterThanOrEqual(10 * MINUTE);
    expect(run.result.finalScreen).toBe('desktop');
  });
});
