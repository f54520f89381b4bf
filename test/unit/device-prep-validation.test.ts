import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../shared/scenario/validate';
import { builtinPath } from '../scenarios/builtin-library';

/**
 * What `oobe-sim validate` refuses in a device preparation policy (device-preparation.md §2, §3.1,
 * K13), each problem at its JSON path. What Intune accepts but skips is not a problem.
 */

type Json = Record<string, unknown> & {
  policies: { devicePreparation: Record<string, unknown>[] };
  tenant: { groups: Record<string, unknown>[] };
  workload: { apps: Record<string, unknown>[] };
};

function base(): Json {
  return JSON.parse(readFileSync(builtinPath('device-prep-entra'), 'utf8')) as Json;
}

function problems(mutate: (s: Json) => void): { path: string; message: string }[] {
  const s = base();
  mutate(s);
  const result = validateScenario(s);
  return result.ok ? [] : result.problems;
}

describe('device preparation policy validation', () => {
  it('accepts the built-in policy', () => {
    expect(problems(() => {})).toEqual([]);
  });

  it.each([
    [14, 'at least 15 minutes'],
    [721, 'at most 720 minutes'],
  ])('rejects "Minutes allowed before showing installation error" = %i', (minutes, message) => {
    expect(problems((s) => (s.policies.devicePreparation[0]!.timeoutMinutes = minutes))).toEqual([
      { path: 'policies.devicePreparation[0].timeoutMinutes', message: expect.stringContaining(message) },
    ]);
  });

  it('accepts both ends of the range', () => {
    expect(problems((s) => (s.policies.devicePreparation[0]!.timeoutMinutes = 15))).toEqual([]);
    expect(problems((s) => (s.policies.devicePreparation[0]!.timeoutMinutes = 720))).toEqual([]);
  });

  it('rejects more than 10 apps and more than 10 scripts', () => {
    const many = Array.from({ length: 11 }, (_, i) => `x${i}`);
    const found = problems((s) => {
      s.policies.devicePreparation[0]!.apps = many;
      s.policies.devicePreparation[0]!.scripts = many;
    });
    expect(found).toContainEqual({
      path: 'policies.devicePreparation[0].apps',
      message: expect.stringContaining('at most 10 apps'),
    });
    expect(found).toContainEqual({
      path: 'policies.devicePreparation[0].scripts',
      message: expect.stringContaining('at most 10 scripts'),
    });
  });

  it('rejects an app that installs in user context', () => {
    expect(problems((s) => (s.workload.apps[1]!.context = 'user'))).toEqual([
      { path: 'policies.devicePreparation[0].apps[1]', message: expect.stringContaining('user context') },
    ]);
  });

  it('rejects a device group not owned by "Intune Provisioning Client", with the admin center error', () => {
    expect(problems((s) => (s.tenant.groups[1]!.owners = ['Adele Vance']))).toEqual([
      {
        path: 'policies.devicePreparation[0].deviceGroup',
        message: expect.stringContaining(
          'There was a problem with the device security group for Contoso device preparation.',
        ),
      },
    ]);
  });

  it('accepts the owner under its AppId or the name some tenants show', () => {
    expect(problems((s) => (s.tenant.groups[1]!.owners = ['f1346770-5b25-470b-88bd-d5744ab7952c']))).toEqual([]);
    expect(problems((s) => (s.tenant.groups[1]!.owners = ['Intune Autopilot ConfidentialClient']))).toEqual([]);
  });

  it('rejects a missing, dynamic or user-kind device group and a device-kind user group', () => {
    expect(problems((s) => (s.policies.devicePreparation[0]!.deviceGroup = 'Nope'))).toEqual([
      { path: 'policies.devicePreparation[0].deviceGroup', message: 'no group "Nope" in tenant.groups' },
    ]);
    expect(problems((s) => (s.tenant.groups[1]!.membership = 'dynamic'))[0]!.message).toContain('must be Assigned');
    expect(problems((s) => (s.policies.devicePreparation[0]!.deviceGroup = 'Contoso DP Users'))[0]!.message).toContain(
      'is a user group',
    );
    expect(problems((s) => (s.policies.devicePreparation[0]!.userGroup = 'Contoso DP Devices'))).toEqual([
      { path: 'policies.devicePreparation[0].userGroup', message: expect.stringContaining('assigned to user groups') },
    ]);
  });

  it('rejects two policies at the same priority', () => {
    expect(
      problems((s) => s.policies.devicePreparation.push({ ...s.policies.devicePreparation[0]!, name: 'Another' })),
    ).toEqual([{ path: 'policies.devicePreparation[1].priority', message: expect.stringContaining('priority 1') }]);
  });

  it('rejects values the policy does not offer', () => {
    expect(problems((s) => (s.policies.devicePreparation[0]!.joinType = 'hybrid'))[0]!.path).toBe(
      'policies.devicePreparation[0].joinType',
    );
    expect(problems((s) => (s.policies.devicePreparation[0]!.userAccountType = 'guest'))[0]!.path).toBe(
      'policies.devicePreparation[0].userAccountType',
    );
  });

  it('does not reject an app that is not assigned to the device group: the device reports it "Skipped"', () => {
    expect(
      problems((s) => {
        s.tenant.groups.push({ name: 'Other devices', kind: 'device' });
        s.workload.apps[0]!.assignedGroups = ['Other devices'];
      }),
    ).toEqual([]);
  });
});
