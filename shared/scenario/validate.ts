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

/** Every problem zod found, not just the first, each with its path. */
export function problemsOf(error: z.ZodError): ScenarioProblem[] {
  return error.issues.map((issue) => ({ path: formatJsonPath(issue.path), message: issue.message }));
}

/** Validates parsed JSON as a scenario: every problem is reported, with its JSON path. */
export function validateScenario(json: unknown): ScenarioValidation {
  const result = scenarioSchema.safeParse(json);
  return result.success ? { ok: true, scenario: result.data } : { ok: false, problems: problemsOf(result.error) };
}
