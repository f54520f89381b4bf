import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarioFile, type FileProblem } from '../../electron/scenarios/load-scenario';

const FIXTURES = join(import.meta.dirname, 'fixtures');

/** A problem the loader must report: at this JSON path (or line/column), with a message matching this. */
type Expected = [path: string, message: RegExp];

/**
 * Each broken fixture and every problem it must produce. A fixture may give more problems than
 * listed (zod sometimes adds a consequence), but each listed one must be there, in this file.
 */
const CASES: Record<string, Expected[]> = {
  'invalid-json.json': [['line 7, column 41', /^not valid JSON: /]],
  'unknown-top-level-key.json': [['(root)', /Unrecognized key: "wallpaper"/]],
  'wrong-type-deep.json': [['tenant.users[0].upn', /expected string, received number/]],
  'several-problems.json': [
    ['id', /kebab-case id/],
    ['seed', /expected number to be >=0/],
    ['device.tpm.presence', /expected one of "absent"\|"1\.2"\|"2\.0"/],
    ['tenant.users[0].upn', /user principal name/],
    ['expect.finalScreen', /expected one of .*"branding-signin"/],
  ],
  'device-name-too-long.json': [
    ['policies.deploymentProfile.deviceNameTemplate', /25 characters long; Windows allows at most 15/],
  ],
  'device-name-forbidden-character.json': [
    ['policies.deploymentProfile.deviceNameTemplate', /only letters, digits and hyphens/],
  ],
  'device-name-all-digits.json': [['policies.deploymentProfile.deviceNameTemplate', /cannot be all digits/]],
  'device-name-unknown-macro.json': [['policies.deploymentProfile.deviceNameTemplate', /unknown macro %USERNAME%/]],
  'missing-logo.json': [['tenant.branding.logo', /missing asset "art\/fabrikam-logo-missing\.svg"/]],
  'unknown-fault-id.json': [['script[0].do[1].fault', /no manual fault "plug-cable" in faults/]],
  'assigned-user-not-in-tenant.json': [['registration.assignedUser', /"lee@contoso\.com" is not one of tenant\.users/]],
  'device-preparation-limits.json': [
    ['policies.devicePreparation[0].apps', /at most 10 apps/],
    ['policies.devicePreparation[0].timeoutMinutes', /at least 15 minutes/],
    ['policies.devicePreparation[1].timeoutMinutes', /at most 720 minutes/],
  ],
  'existing-device-json-utf8-unflagged.json': [
    [
      'existingDevice.autopilotJson.encoding',
      /saved as utf-8: OOBE reads only ASCII or ANSI .*set expectIgnoredByWindows: true/,
    ],
  ],
  'existing-device-json-wrong-name.json': [
    [
      'existingDevice.autopilotJson.fileName',
      /"AutopilotConfigurationFile\.json\.txt" is not named exactly "AutopilotConfigurationFile\.json"/,
    ],
  ],
  'existing-device-json-self-deploying.json': [
    [
      'existingDevice.autopilotJson.content.CloudAssignedOobeConfig',
      /126 sets the self-deploying bits .*Windows ignores the file/,
    ],
  ],
  'existing-device-json-bad-keys.json': [
    ['existingDevice.autopilotJson.content.ZtdCorrelationId', /required key "ZtdCorrelationId" is missing/],
    ['existingDevice.autopilotJson.content.CloudAssignedTenantId', /is not a GUID without braces/],
    ['existingDevice.autopilotJson.content.CloudAssignedDomainJoinMethod', /must be the number 0 or 1, not 2/],
  ],
  'existing-device-json-not-json.json': [['existingDevice.autopilotJson.content', /^not valid JSON \(/]],
  'existing-device-json-flag-on-good-file.json': [
    [
      'existingDevice.autopilotJson.expectIgnoredByWindows',
      /Windows would read this file .*remove expectIgnoredByWindows/,
    ],
  ],
  'device-preparation-user-app.json': [
    ['policies.devicePreparation[0].apps[1]', /"teams-user" installs in user context; .*device context only/],
  ],
};

function problemsOf(name: string): FileProblem[] {
  const loaded = loadScenarioFile(join(FIXTURES, name));
  expect(loaded.ok, `${name} should be rejected`).toBe(false);
  return loaded.ok ? [] : loaded.problems;
}

describe('broken scenario files', () => {
  it.each(Object.entries(CASES))('%s: every problem reported with file, path and message', (name, expected) => {
    const problems = problemsOf(name);
    const file = relative(process.cwd(), join(FIXTURES, name));
    for (const problem of problems) expect(problem.file).toBe(file);
    for (const [path, message] of expected) {
      expect(problems, `${name} should report ${path}: ${message}`).toContainEqual({
        file,
        path,
        message: expect.stringMatching(message),
      });
    }
  });

  it('reports all the problems of a file at once, not only the first', () => {
    expect(problemsOf('several-problems.json').length).toBeGreaterThanOrEqual(5);
    expect(problemsOf('device-preparation-limits.json').length).toBeGreaterThanOrEqual(3);
  });

  it.each(['too-long', 'forbidden-character', 'all-digits'])(
    'device-name-%s.json breaks exactly one rule and only that one is named',
    (rule) => {
      expect(problemsOf(`device-name-${rule}.json`)).toHaveLength(1);
    },
  );

  it('has a case for every fixture', () => {
    const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith('.json'));
    expect(fixtures.sort()).toEqual(Object.keys(CASES).sort());
  });

  it('reports a file that does not exist without throwing', () => {
    expect(problemsOf('no-such-file.json')).toEqual([
      { file: relative(process.cwd(), join(FIXTURES, 'no-such-file.json')), path: '(file)', message: 'file not found' },
    ]);
  });
});
