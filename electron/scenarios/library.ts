import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ScenarioMode } from '../../shared/scenario/scenario';
import { loadScenarioFile, type FileProblem, type LoadResult } from './load-scenario';
import { BUILTIN_SCENARIOS_DIR } from './paths';

/** A built-in scenario as `oobe-sim list` and the app's picker show it. */
export interface ScenarioSummary {
  id: string;
  mode: ScenarioMode;
  title: string;
  description: string;
  file: string;
}

/** Loads every built-in scenario (sorted by id); a broken one is reported, not skipped silently. */
export function loadBuiltins(): { summaries: ScenarioSummary[]; problems: FileProblem[] } {
  const files = readdirSync(BUILTIN_SCENARIOS_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const summaries: ScenarioSummary[] = [];
  const problems: FileProblem[] = [];
  for (const name of files) {
    const file = join(BUILTIN_SCENARIOS_DIR, name);
    const loaded = loadScenarioFile(file);
    if (!loaded.ok) problems.push(...loaded.problems);
    else {
      const { id, mode, title, description } = loaded.scenario;
      summaries.push({ id, mode, title, description, file });
    }
  }
  summaries.sort((a, b) => a.id.localeCompare(b.id));
  return { summaries, problems };
}

/** Resolves what a user typed: a built-in id, or a path to a scenario file. */
export function loadScenarioRef(ref: string): LoadResult {
  const builtin = join(BUILTIN_SCENARIOS_DIR, `${ref}.json`);
  if (/^[a-z0-9]+(-[a-z0-9]+)*$/.test(ref) && existsSync(builtin)) return loadScenarioFile(builtin);
  if (!existsSync(ref) && !ref.endsWith('.json')) {
    return {
      ok: false,
      problems: [
        {
          file: ref,
          path: '(file)',
          message: 'no built-in scenario has this id, and no such file exists (see "oobe-sim list")',
        },
      ],
    };
  }
  return loadScenarioFile(ref);
}
