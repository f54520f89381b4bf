import { runScenario } from '../../electron/core/scenario/runner';
import { loadScenarioRef } from '../../electron/scenarios/library';
import type { ScreenId } from '../../shared/screen-ids';
import { seriousViolations } from './axe';
import { expectScreen, test, expect } from './fixtures';

/**
 * Every screen the built-ins below reach, checked with axe through the web host: no serious or
 * critical violation. Each screen is reached by running the scenario headless up to it
 * (`runScenario … until`) and putting that device behind the host's session, so one test walks a
 * whole deployment without clicking through it (keyboard-only.spec.ts does the clicking).
 *
 * Rule set: axe's WCAG 2.0/2.1 A and AA rules (tags in ./axe.ts). No rule is excluded.
 *
 * axe-core is evaluated into the page directly rather than through @axe-core/playwright's
 * AxeBuilder: AxeBuilder opens a second page for every analyze() (runPartial + finishRun) and took
 * 12–30 s a screen here against 1–3 s for axe.run in the page, and its 4.14 line declares Node
 * >= 22.12 while the project supports Node 20 (page.evaluate also passes the renderer's strict CSP,
 * which refuses page.addScriptTag's inline script). The helper is ./axe.ts; accessibility-shell.spec.ts
 * walks the screens no built-in's timeline holds (desktop, Settings, Hello, the windows, trainer).
 */

/** Modes and branches between them: user-driven, failures, pre-provisioning, device prep, self-deploying, existing device. */
const SCENARIOS = [
  'user-driven-entra',
  'esp-blocking-app-failure',
  'wrong-tenant',
  'preprovision-entra',
  'device-prep-entra',
  'self-deploying',
  'existing-device-json',
  'no-internet-consumer',
];

for (const id of SCENARIOS) {
  test(`every screen of ${id} passes axe (no serious or critical violation)`, async ({ device, host }) => {
    test.setTimeout(180_000);
    const loaded = loadScenarioRef(id);
    if (!loaded.ok) throw new Error(`${id}: ${loaded.problems.map((p) => p.message).join('; ')}`);
    const screens = [...new Set(runScenario(loaded.scenario).result.screens.map((s) => s.id))] as ScreenId[];
    const found: string[] = [];
    for (const screen of screens) {
      if (screen === 'powered-off') continue;
      const reached = runScenario(loaded.scenario, { until: screen }).device;
      // `until` stops on the step that opened the screen; a screen opened by a user's action there
      // (esp-error's diagnostics page) is not re-entered that way: noted, checked by the specs that open it.
      if (reached.execute('device.snapshot', {}).screen.id !== screen) {
        test.info().annotations.push({ type: 'not reached by until', description: screen });
        continue;
      }
      host.session.replaceDevice(reached);
      await expectScreen(device, screen);
      for (const v of await seriousViolations(device)) found.push(`${screen}: ${v}`);
    }
    expect(found).toEqual([]);
  });
}
