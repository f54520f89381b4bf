import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import type { Scenario } from '../../shared/scenario/scenario';
import type { ScenarioLibrary } from '../runtime/scenario-library';
import { diskScenarioLibrary } from './disk-library';
import { loadScenarioText, type FileProblem } from './load-scenario';
import { readZip, ZipError } from './zip-reader';

/** An opened exercise pack: its name (the folder's or zip's) and its exercises' scenarios, in file order. */
export interface ExercisePack {
  name: string;
  scenarios: Scenario[];
}

export type PackResult = { ok: true; pack: ExercisePack } | { ok: false; problems: FileProblem[] };

/** The files a pack's scenarios are in. */
const SCENARIO_FILE = /\.(json|oobe-scenario)$/i;

/**
 * Issue 13: "An exercise pack is a folder (or zip) of scenarios." Reads every `*.json` /
 * `*.oobe-scenario` of the folder (not its subfolders) or of the zip, validates each like any
 * scenario file, and reports every problem by file (as named inside the pack) and JSON path. A
 * scenario without an `exercise`, two files with one id, or a pack with no exercise is a problem too.
 */
export function loadExercisePack(path: string): PackResult {
  const full = resolve(path);
  let files: { name: string; text: string }[];
  try {
    files = statSync(full).isDirectory() ? folderFiles(full) : zipFiles(full);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message =
      code === 'ENOENT'
        ? 'no such folder or zip'
        : error instanceof ZipError
          ? `not a readable zip: ${error.message}`
          : (error as Error).message;
    return { ok: false, problems: [{ file: path, path: '(pack)', message }] };
  }
  const problems: FileProblem[] = [];
  const scenarios: Scenario[] = [];
  const seen = new Map<string, string>();
  for (const { name, text } of files) {
    const loaded = loadScenarioText(text, name, statSync(full).isDirectory() ? full : process.cwd());
    if (!loaded.ok) {
      problems.push(...loaded.problems);
      continue;
    }
    const { scenario } = loaded;
    if (!scenario.exercise) {
      problems.push({
        file: name,
        path: 'exercise',
        message: 'this scenario has no exercise (a pack holds exercises)',
      });
      continue;
    }
    const other = seen.get(scenario.id);
    if (other) {
      problems.push({ file: name, path: 'id', message: `"${scenario.id}" is also the id of ${other}` });
      continue;
    }
    seen.set(scenario.id, name);
    scenarios.push(scenario);
  }
  if (problems.length === 0 && scenarios.length === 0)
    problems.push({ file: path, path: '(pack)', message: 'the pack holds no *.json or *.oobe-scenario exercise' });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, pack: { name: basename(full, extname(full)), scenarios } };
}

function folderFiles(dir: string) {
  return readdirSync(dir)
    .filter((f) => SCENARIO_FILE.test(f))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8') }));
}

function zipFiles(file: string) {
  return readZip(readFileSync(file))
    .filter((f) => SCENARIO_FILE.test(f.name) && !f.name.startsWith('__MACOSX/'))
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((f) => ({ name: f.name, text: f.bytes.toString('utf8') }));
}

/**
 * The library a session gets when the host opened a pack: it lists the pack's scenarios (so
 * `exercise.list` lists the pack's exercises) and loads them by id; anything else (a built-in by
 * id, a file's text) loads as it would without the pack.
 */
export function packScenarioLibrary(
  pack: ExercisePack,
  fallback: ScenarioLibrary = diskScenarioLibrary(),
): ScenarioLibrary {
  return {
    list: () => pack.scenarios.map(({ id, mode, title, description }) => ({ id, mode, title, description })),
    load: (request) => {
      if ('id' in request) {
        const scenario = pack.scenarios.find((s) => s.id === request.id);
        // A copy: the session may change what it loads.
        if (scenario) return { ok: true, scenario: structuredClone(scenario) };
      }
      return fallback.load(request);
    },
  };
}
