import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../electron/core/scenario/runner';
import { loadScenarioFile } from '../../electron/scenarios/load-scenario';
import { SCENARIO_JSON_SCHEMA } from '../../electron/scenarios/paths';
import { scenarioJsonSchema } from '../../shared/scenario/json-schema';
import { BUILTIN_FILES, BUILTIN_IDS, builtinPath, goldenText, loadBuiltin } from './builtin-library';

/** The library trainers are promised; a scenario may be added, but none of these may disappear. */
const REQUIRED_IDS = [
  'first-pages-wifi',
  'not-registered',
  'wrong-tenant',
  'first-pages-wired-preset',
  'first-pages-wifi-hidden-pages',
  'ztd-endpoint-blocked',
  'ztd-endpoint-restored',
  'critical-update-restart',
  'no-profile-assigned',
  'profile-attention-required',
  'wifi-wrong-key',
  'no-internet-consumer',
  'assigned-user-prefilled',
  'wifi-no-internet',
  'cable-plugged-mid-oobe',
  // Issue 5: pre-provisioning, self-deploying, existing devices, Autopilot Reset.
  'preprovision-entra',
  'preprovision-hybrid',
  'preprovision-not-allowed',
  'preprovision-vm',
  'preprovision-redeploy-without-delete',
  'win5-not-reachable',
  'self-deploying',
  'self-deploying-no-tpm',
  'self-deploying-attestation-retry',
  'kiosk-autologon',
  'existing-device-json',
  'existing-device-json-utf8',
  'autopilot-reset-local',
  'autopilot-reset-winre-disabled',
  // Issue 6: Windows Autopilot device preparation.
  'device-prep-entra',
  'device-prep-app-failure',
  'device-prep-script-failure',
  'device-prep-timeout',
  'device-prep-continue-anyway',
  'device-prep-registered-v1-wins',
  'device-prep-standard-user-conflict',
  'device-prep-hang-at-100',
  // Issue 11: co-management (Autopilot into co-management, auto-enrollment of existing clients).
  'comanagement-autopilot',
  'comanagement-autopilot-provisionts',
  'comanagement-ccmsetup-timeout',
  'comanagement-ts-failure',
  'comanagement-hybrid-timeout',
  'comanagement-no-policy-win11',
  'comanagement-auto-enroll',
  'comanagement-auto-enroll-unlicensed',
];

const GOLDEN_DIR = join(import.meta.dirname, '../golden');

describe('built-in scenario library', () => {
  it('holds every promised scenario', () => {
    expect(BUILTIN_IDS).toEqual(expect.arrayContaining(REQUIRED_IDS));
    expect(BUILTIN_IDS.length).toBeGreaterThanOrEqual(12);
  });

  it.each(BUILTIN_FILES)('%s validates and its id is its file name', (file) => {
    const loaded = loadScenarioFile(builtinPath(file.replace(/\.json$/, '')));
    expect(loaded.ok ? [] : loaded.problems).toEqual([]);
    if (!loaded.ok) return;
    expect(`${loaded.scenario.id}.json`).toBe(file);
    expect(loaded.scenario.$schema).toBe('../scenario.schema.json');
    expect(loaded.scenario.script.length).toBeGreaterThan(0);
  });

  it('ships a JSON Schema generated from the current zod schema (run `npm run schema` when this fails)', () => {
    const shipped = readFileSync(SCENARIO_JSON_SCHEMA, 'utf8');
    expect(shipped, 'assets/scenario.schema.json is stale: run `npm run schema`').toBe(
      `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`,
    );
  });
});

describe.each(BUILTIN_IDS)('built-in %s', (id) => {
  it('runs unattended to its expected end', async () => {
    const scenario = await loadBuiltin(id);
    const { result } = runScenario(scenario);
    expect(result.scriptProblems).toEqual([]);
    expect(result.finalScreen).toBe(scenario.expect.finalScreen);
    expect(result.outcome).toBe(scenario.expect.failure ? 'failure' : 'success');
  });

  it('gives byte-identical JSON on every run (determinism)', async () => {
    const scenario = await loadBuiltin(id);
    const first = JSON.stringify(runScenario(scenario).result);
    const second = JSON.stringify(runScenario(await loadBuiltin(id)).result);
    expect(second).toBe(first);
  });

  it('matches its reviewed golden timeline (update with `npx vitest run test/scenarios -u`)', async () => {
    const { result } = runScenario(await loadBuiltin(id));
    await expect(goldenText(result)).toMatchFileSnapshot(join(GOLDEN_DIR, `${id}.json`));
  });
});

// A missing golden is written by the snapshot test itself (and fails under CI=true, where vitest writes
// no snapshots); this catches the other direction: a golden file whose scenario is gone or renamed.
describe('golden files', () => {
  it('belong to built-in scenarios', () => {
    const orphans = readdirSync(GOLDEN_DIR).filter((f) => f.endsWith('.json') && !BUILTIN_FILES.includes(f));
    expect(orphans, 'golden files without a built-in scenario: delete them').toEqual([]);
  });
});
