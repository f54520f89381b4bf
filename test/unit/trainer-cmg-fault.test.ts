import { describe, expect, it } from 'vitest';
import { runScenario } from '../../electron/core/scenario/runner';
import type { Fault } from '../../shared/faults';
import type { Scenario } from '../../shared/scenario/scenario';
import type { ScenarioFault } from '../../shared/scenario/faults';
import { loadBuiltin } from '../scenarios/builtin-library';

/** Slow the CMG (issue 13's catalogue, the CMG speed of issue 11): the ccmsetup client content download. */
const STARTED = 'CCMSetup: Download the client content from the cloud management gateway';
const DONE = `${STARTED} done`;

async function runWith(trigger: ScenarioFault['trigger'] | null, effect?: Fault) {
  const scenario: Scenario = await loadBuiltin('comanagement-autopilot');
  if (trigger && effect) scenario.faults = [...scenario.faults, { id: 'cmg', label: 'Slow the CMG', trigger, effect }];
  const result = runScenario(scenario).result;
  const at = (text: string) => result.timeline.find((t) => t.text === text)?.atMs;
  return { result, at };
}

describe('configmgr.cmg fault', () => {
  it('a slower CMG makes the client content download take size ÷ new speed: 120 MB at 1 Mbps = 960 s', async () => {
    const base = await runWith(null);
    const downloadStart = base.at(DONE)! - 48_000; // 120 MB at the site's 20 Mbps
    const slow = await runWith({ kind: 'on-screen', screen: 'esp' }, { kind: 'configmgr.cmg', mbps: 1 });
    expect(slow.result.timeline.map((t) => t.text)).toContain('Cloud management gateway: throughput 1 Mbps');
    expect(slow.result.finalScreen).toBe('desktop');
    const slowStart = slow.at(DONE)! - 960_000;
    expect(slowStart).toBe(downloadStart);
    const desktopAt = (r: typeof base.result) => r.screens.find((s) => s.id === 'desktop')!.atMs;
    expect(desktopAt(slow.result) - desktopAt(base.result)).toBeGreaterThanOrEqual(960_000 - 48_000);
  });

  it('slowed mid-download: the part fetched is kept, the rest takes the new speed', async () => {
    const base = await runWith(null);
    const start = base.at(DONE)! - 48_000;
    // 12 s in (a quarter of 120 MB at 20 Mbps), the CMG drops to 2 Mbps: the 90 MB left take 360 s.
    const slow = await runWith({ kind: 'at', atMs: start + 12_000 }, { kind: 'configmgr.cmg', mbps: 2 });
    expect(slow.at(DONE)! - start).toBe(12_000 + 360_000);
    expect(slow.result.finalScreen).toBe('desktop');
  });

  it('an unreachable CMG holds the download until the ESP times out: 0x800705b4 and the TimedOut event', async () => {
    const cut = await runWith({ kind: 'on-screen', screen: 'esp' }, { kind: 'configmgr.cmg', reachable: false });
    expect(cut.at(DONE)).toBeUndefined();
    expect(cut.result.errors.at(-1)?.code).toBe('0x800705b4');
    expect(cut.result.events.map((e) => e.message).join('\n')).toContain(
      'CommercialOOBE_ESPDevicePreparation_PolicyProvidersInstallation_TimedOut',
    );
  });
});
