// Child of scripts/bench/speed.mjs: one user-driven deployment (user-driven-entra) with N Win32
// apps in its workload, timed for a small and a large N so the per-app cost and its growth show.
// Each figure is the fastest of its runs (see `fastest`).
import { runScenario } from '../../electron/core/scenario/runner';
import { loadScenarioRef } from '../../electron/scenarios/library';
import type { Scenario } from '../../shared/scenario/scenario';
import { progress, report, timeSync } from '../bench-stats';

/** The fastest of the runs: on a shared machine, other load only ever adds time. */
const fastest = (samples: number[]) => Math.min(...samples);

const BASE_ID = 'user-driven-entra';
const SIZES = [100, 1_000] as const;
const loaded = loadScenarioRef(BASE_ID);
if (!loaded.ok) throw new Error(`${BASE_ID} does not load`);
const base = loaded.scenario;

/** The base scenario with `n` small device-context Win32 apps (each a distinct id and name). */
function withApps(n: number): Scenario {
  const apps = Array.from({ length: n }, (_, i) => ({
    ...base.workload.apps[0]!,
    id: `bench-app-${i + 1}`,
    name: `Bench App ${i + 1}`,
    type: 'win32' as const,
    context: 'device' as const,
    durationMs: 1_000,
    outcome: 'success' as const,
    restart: 'none' as const,
  }));
  return { ...base, workload: { ...base.workload, apps } };
}

const perSize = SIZES.map((n) => {
  const scenario = withApps(n);
  progress(`${BASE_ID} with ${n} Win32 apps`);
  const runs = n >= 1_000 ? 11 : 21;
  for (let i = 0; i < 5; i += 1) runScenario(scenario);
  return { apps: n, wallMs: fastest(Array.from({ length: runs }, () => timeSync(() => runScenario(scenario)))) };
});
const baseline = fastest(Array.from({ length: 15 }, () => timeSync(() => runScenario(withApps(0)))));
report({ scenario: BASE_ID, baselineMs: baseline, sizes: perSize });
