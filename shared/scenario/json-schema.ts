import { z } from 'zod';
import { scenarioSchema } from './scenario';

/**
 * The JSON Schema editors use to autocomplete scenario files (assets/scenario.schema.json).
 * Generated from the zod schema, so the two can't drift; cross-field rules stay zod-only.
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(scenarioSchema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
  return {
    ...schema,
    $id: 'https://oobe-simulator.invalid/scenario.schema.json',
    title: 'OOBE Simulator scenario',
    description: 'A virtual Windows device, its tenant, policies, workload, faults and the script a person follows.',
  };
}
