import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ScenarioMode } from '../../shared/scenario/scenario-types';
import { BUILTIN_SCENARIOS_DIR } from './paths';

/** A built-in scenario's heading, read without validating the whole file. */
export interface BuiltinHeading {
  id: string;
  mode: ScenarioMode;
  title: string;
  description: string;
  file: string;
}

/**
 * The headings of every built-in (sorted by id), for `oobe-sim list`: each file is parsed as JSON and
 * its four heading fields read, with no zod schema (validating all 52 files took ~110 ms just to print
 * titles). Files whose heading cannot be read this way are returned in `unreadable` for the caller to
 * validate properly and report; full validation of the built-ins is the test suite's job.
 */
export function readBuiltinHeadings(): { headings: BuiltinHeading[]; unreadable: string[] } {
  const headings: BuiltinHeading[] = [];
  const unreadable: string[] = [];
  const names = readdirSync(BUILTIN_SCENARIOS_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort();
  for (const name of names) {
    const file = join(BUILTIN_SCENARIOS_DIR, name);
    const heading = readHeading(file);
    if (heading) headings.push(heading);
    else unreadable.push(file);
  }
  headings.sort((a, b) => a.id.localeCompare(b.id));
  return { headings, unreadable };
}

function readHeading(file: string): BuiltinHeading | null {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
  if (typeof json !== 'object' || json === null) return null;
  const { id, mode, title, description } = json as Record<string, unknown>;
  if (typeof id !== 'string' || typeof mode !== 'string' || typeof title !== 'string') return null;
  if (typeof description !== 'string') return null;
  return { id, mode: mode as ScenarioMode, title, description, file };
}
