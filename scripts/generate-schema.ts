// Regenerates assets/scenario.schema.json from the zod schema (npm run schema).
import { writeFileSync } from 'node:fs';
import { scenarioJsonSchema } from '../shared/scenario/json-schema';
import { SCENARIO_JSON_SCHEMA } from '../electron/scenarios/paths';

writeFileSync(SCENARIO_JSON_SCHEMA, `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
console.log(`wrote ${SCENARIO_JSON_SCHEMA}`);
