import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

/** The repository's assets folder (built-in scenarios, the JSON Schema, art). */
export const ASSETS_DIR = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../assets');
export const BUILTIN_SCENARIOS_DIR = resolve(ASSETS_DIR, 'scenarios');
export const SCENARIO_JSON_SCHEMA = resolve(ASSETS_DIR, 'scenario.schema.json');
/** The JSON Schema of the tenant.change command's `change` (shared/tenant-commands.ts). */
export const TENANT_CHANGE_JSON_SCHEMA = resolve(ASSETS_DIR, 'tenant-change.schema.json');
