import type { FileProblem } from '../scenarios/load-scenario';

/** One line per problem: `file: path: message`. */
export function formatProblems(problems: readonly FileProblem[]): string {
  return problems.map((p) => `${p.file}: ${p.path}: ${p.message}\n`).join('');
}
