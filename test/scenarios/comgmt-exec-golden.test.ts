import { join, resolve } from 'node:path';
import { describe, it } from 'vitest';
import { createDevice } from '../../electron/core/device';
import { scenarioBody } from '../../shared/scenario/scenario';
import { goldenFileName, showExec } from '../support/exec-golden';
import { loadBuiltin } from './builtin-library';

/**
 * The evidence 002:80-90 names for an auto-enrolled client, read with the device's shell on
 * comanagement-auto-enroll before co-management is enabled (0:01:00) and once the device enrolled:
 * `dsregcmd /status` (hybrid joined, Tenant Details with the MDM URLs — which show the tenant's MDM
 * configuration, not the enrollment, external-diagnostics.md:97), the Enrollments key and the MDM
 * enrollment's registry and log. Update with `npx vitest run test/scenarios/comgmt-exec-golden.test.ts -u`.
 */
const GOLDEN_DIR = resolve(import.meta.dirname, '../golden/exec');
const SCENARIO = 'comanagement-auto-enroll';
const LINES = [
  'dsregcmd /status',
  'reg query HKLM\\SOFTWARE\\Microsoft\\Enrollments /s',
  'reg query "HKLM\\SOFTWARE\\Microsoft\\CCM" /s',
];

const fileName = (when: string, line: string) => goldenFileName(`comgmt-${when}`, line, 60);

describe(`co-management evidence on ${SCENARIO}`, async () => {
  const before = createDevice(scenarioBody(await loadBuiltin(SCENARIO)));
  before.execute('clock.advance', { ms: 60_000 });
  const after = createDevice(scenarioBody(await loadBuiltin(SCENARIO)));
  after.execute('clock.advance', { ms: 10 * 60_000 });

  it('enrolled within ten minutes (the "after" point)', ({ expect }) => {
    expect(after.execute('device.snapshot', {}).screen.id).toBe('desktop');
  });

  for (const [when, device] of [
    ['before', before],
    ['after', after],
  ] as const)
    for (const line of LINES)
      it(`${when}: ${line}`, async ({ expect }) => {
        const out = device.execute('shell.run', { line });
        await expect(showExec(line, out)).toMatchFileSnapshot(join(GOLDEN_DIR, fileName(when, line)));
      });
});
