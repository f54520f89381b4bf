import { describe, expect, it } from 'vitest';
import { createDevice } from '../../electron/core/device';
import { runScenario } from '../../electron/core/scenario/runner';
import type { Fault } from '../../shared/faults';
import { scenarioBody, type Scenario } from '../../shared/scenario/scenario';
import type { ScenarioFault } from '../../shared/scenario/faults';
import { loadBuiltin } from '../scenarios/builtin-library';

/** Hang or fail a script (issue 13's catalogue): device preparation's PowerShell scripts (device-preparation.md F2). */
const SCRIPT = 'Set the Contoso power plan';
const STARTED = `Device preparation: running PowerShell script "${SCRIPT}"`;
const RAN = `PowerShell script "${SCRIPT}" ran`;

async function runWith(trigger: ScenarioFault['trigger'], effect: Fault) {
  const scenario: Scenario = await loadBuiltin('device-prep-entra');
  scenario.faults = [...scenario.faults, { id: 'script', label: 'Script fault', trigger, effect }];
  const { result } = runScenario(scenario);
  const texts = result.timeline.map((t) => t.text);
  const at = (text: string) => result.timeline.find((t) => t.text === text)?.atMs;
  return { result, texts, at };
}

describe('device-prep.script fault', () => {
  it('a failure fails the deployment when the script reports back: the failure page with the code', async () => {
    const failing = await runWith(
      { kind: 'on-screen', screen: 'device-prep-progress' },
      { kind: 'device-prep.script', script: SCRIPT, outcome: 'failure', code: '0x80070001' },
    );
    expect(failing.texts).toContain(`PowerShell script "${SCRIPT}" fails (0x80070001)`);
    expect(failing.texts).not.toContain(RAN);
    expect(failing.result.finalScreen).toBe('device-prep-failure');
    expect(failing.result.errors.at(-1)?.code).toBe('0x80070001');
  });

  it('a hang fired while the script runs: it never reports back, the policy time limit ends the deployment', async () => {
    // The built-in runs the script from 30:06 (1,806,000 ms) for 30 s: 10 s in, it hangs.
    const hung = await runWith(
      { kind: 'at', atMs: 1_816_000 },
      { kind: 'device-prep.script', script: SCRIPT, outcome: 'hang' },
    );
    expect(hung.at(STARTED)).toBe(1_806_000);
    expect(hung.texts).toContain(`PowerShell script "${SCRIPT}" hangs`);
    expect(hung.texts).not.toContain(RAN);
    expect(hung.result.finalScreen).toBe('device-prep-failure');
    expect(hung.result.errors.at(-1)?.code?.toLowerCase()).toBe('0x800705b4');
  });

  it('a script the policy does not run is refused by name', async () => {
    const device = createDevice(scenarioBody(await loadBuiltin('device-prep-entra')));
    expect(() =>
      device.execute('fault.fire', { fault: { kind: 'device-prep.script', script: 'Nothing', outcome: 'hang' } }),
    ).toThrow('Device preparation runs no PowerShell script named "Nothing" that is not done yet.');
  });
});
