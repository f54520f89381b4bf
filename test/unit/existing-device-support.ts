import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runScenario, type RunOptions } from '../../electron/core/scenario/runner';
import type { Scenario } from '../../shared/scenario/scenario';
import { validateScenario } from '../../shared/scenario/validate';

/** A built-in existing-devices scenario as raw JSON, to be varied by a test before it is validated. */
export function scenarioJson(id: 'existing-device-json' | 'existing-device-json-utf8'): Record<string, unknown> & {
  existingDevice: {
    taskSequence: Record<string, unknown>;
    autopilotJson: Record<string, unknown> & { content: Record<string, unknown> };
  };
  registration: Record<string, unknown>;
  policies: Record<string, unknown>;
  script: { on?: string; do: unknown[] }[];
  expect: Record<string, unknown>;
} {
  const text = readFileSync(resolve(import.meta.dirname, '../../assets/scenarios', `${id}.json`), 'utf8');
  return JSON.parse(text) as ReturnType<typeof scenarioJson>;
}

export function validated(json: unknown): Scenario {
  const checked = validateScenario(json);
  if (!checked.ok) throw new Error(`invalid scenario: ${JSON.stringify(checked.problems)}`);
  return checked.scenario;
}

/** Runs a scenario headless; the device is returned for inspection of its registry, files and state. */
export function run(json: unknown, options: RunOptions = {}) {
  return runScenario(validated(json), options);
}
