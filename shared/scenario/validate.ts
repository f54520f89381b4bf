import type { z } from 'zod';
import { scenarioSchema, type Scenario } from './scenario';

/** One thing wrong with a scenario, at a JSON path such as `tenant.users[0].upn`. */
export interface ScenarioProblem {
  path: string;
  message: string;
}

export type ScenarioValidation = { ok: true; scenario: Scenario } | { ok: false; problems: ScenarioProblem[] };

/** Formats a zod path the way people write JSON paths: `policies.devicePreparation[0].apps[2]`. */
export function formatJsonPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(root)';
}

/**
 * Every problem zod found, not just the first, each with its path. Both are kept on one line: a
 * key or value with a newline in it ends up quoted in the message, and the CLI prints one line
 * per problem.
 */
export function problemsOf(error: z.ZodError): ScenarioProblem[] {
  return error.issues.map((issue) => ({ path: oneLine(formatJsonPath(issue.path)), message: oneLine(issue.message) }));
}

/** Control characters (and the JavaScript line separators) written as JSON escapes. */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) => {
    const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
    return named[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/** Validates parsed JSON as a scenario: every problem is reported, with its JSON path. */
export function validateScenario(json: unknown): ScenarioValidation {
  const result = scenarioSchema.safeParse(json);
  return result.success ? { ok: true, scenario: result.data } : { ok: false, problems: problemsOf(result.error) };
}
