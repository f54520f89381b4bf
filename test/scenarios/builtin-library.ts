import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Scenario } from '../../shared/scenario/scenario';
import { loadScenarioFile } from '../../electron/scenarios/load-scenario';
import { BUILTIN_SCENARIOS_DIR } from '../../electron/scenarios/paths';

/** Every built-in scenario file name (`<id>.json`), sorted. */
export const BUILTIN_FILES: readonly string[] = readdirSync(BUILTIN_SCENARIOS_DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();

/** Built-in ids as their file names spell them, in the order `oobe-sim list` prints them. */
export const BUILTIN_IDS: readonly string[] = BUILTIN_FILES.map((f) => f.replace(/\.json$/, '')).sort((a, b) =>
  a.localeCompare(b),
);

export function builtinPath(id: string): string {
  return join(BUILTIN_SCENARIOS_DIR, `${id}.json`);
}

/** Loads a built-in through the same loader the CLI and the app use; throws with every problem listed. */
export function loadBuiltin(id: string): Promise<Scenario> {
  const loaded = loadScenarioFile(builtinPath(id));
  if (!loaded.ok)
    return Promise.reject(new Error(loaded.problems.map((p) => `${p.file}: ${p.path}: ${p.message}`).join('\n')));
  return Promise.resolve(loaded.scenario);
}

/**
 * How a run result is written to a golden file: valid JSON with one top-level field, and one
 * screen, event or timeline entry, per line, so a review (and a diff) reads like the timeline.
 */
export function goldenText(result: object): string {
  // A run that is not a device preparation deployment has report null: left out, so older goldens keep their bytes.
  const entries = Object.entries(result).filter(([key, value]) => !(key === 'report' && value === null));
  const fields = entries.map(([key, value]) => {
    const body =
      Array.isArray(value) && value.length > 0
        ? `[\n${value.map((item) => `    ${JSON.stringify(item)}`).join(',\n')}\n  ]`
        : JSON.stringify(value);
    return `  ${JSON.stringify(key)}: ${body}`;
  });
  return `{\n${fields.join(',\n')}\n}\n`;
}
