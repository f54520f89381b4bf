// Regenerates assets/scenario.schema.json and assets/tenant-change.schema.json from the zod schemas (npm run schema).
import { writeFileSync } from 'node:fs';
import { scenarioJsonSchema } from '../shared/scenario/json-schema';
import { tenantChangeJsonSchema } from '../shared/tenant-commands';
import { SCENARIO_JSON_SCHEMA, TENANT_CHANGE_JSON_SCHEMA } from '../electron/scenarios/paths';

writeFileSync(SCENARIO_JSON_SCHEMA, `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
console.log(`wrote ${SCENARIO_JSON_SCHEMA}`);
writeFileSync(TENANT_CHANGE_JSON_SCHEMA, `${JSON.stringify(tenantChangeJsonSchema(), null, 2)}\n`);
console.log(`wrote ${TENANT_CHANGE_JSON_SCHEMA}`);
