import { readBuiltinHeadings } from '../scenarios/builtin-summaries';
import { formatProblems } from './format-problems';
import type { Io } from './io';

/**
 * `oobe-sim list [--json]`: the built-ins' ids, modes and titles. Reads headings only (no zod); a file
 * whose heading cannot be read is validated in full, so its problems are reported as before.
 */
export async function listCommand(io: Io, json: boolean): Promise<number> {
  const { headings: summaries, unreadable } = readBuiltinHeadings();
  const problems = [];
  if (unreadable.length > 0) {
    const { loadScenarioFile } = await import('../scenarios/load-scenario');
    for (const file of unreadable) {
      const loaded = loadScenarioFile(file);
      if (!loaded.ok) problems.push(...loaded.problems);
    }
  }
  if (json)
    io.out(
      `${JSON.stringify(
        summaries.map(({ id, mode, title, description }) => ({ id, mode, title, description })),
        null,
        2,
      )}\n`,
    );
  else {
    const width = Math.max(...summaries.map((s) => s.id.length), 2);
    const modeWidth = Math.max(...summaries.map((s) => s.mode.length), 4);
    for (const s of summaries) io.out(`${s.id.padEnd(width)}  ${s.mode.padEnd(modeWidth)}  ${s.title}\n`);
  }
  if (problems.length > 0) io.err(`Some built-in scenarios are broken:\n${formatProblems(problems)}`);
  return problems.length > 0 ? 1 : 0;
}
