import { describe, expect, it } from 'vitest';
import { runScenario } from '../../electron/core/scenario/runner';
import { loadScenarioRef } from '../../electron/scenarios/library';

function builtIn(id: string) {
  const loaded = loadScenarioRef(id);
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('; '));
  return loaded.scenario;
}

/** What `oobe-sim run` and the lab report as a run's outcome: a red result screen is a failure. */
describe('run outcome', () => {
  it('a pre-provisioning run that ends on the red screen it expected is a failure', () => {
    const { result } = runScenario(builtIn('preprovision-vm'));
    expect(result.finalScreen).toBe('preprovision-failure');
    expect(result.outcome).toBe('failure');
  });

  it('a run stuck on the red screen when it expected the green one is a failure, not incomplete', () => {
    const scenario = builtIn('preprovision-vm');
    const { result } = runScenario({
      ...scenario,
      expect: { ...scenario.expect, finalScreen: 'preprovision-success', failure: false },
    });
    expect(result.finalScreen).toBe('preprovision-failure');
    expect(result.outcome).toBe('failure');
  });
});
