import { describe, expect, it } from 'vitest';
import { selfDeployingChecks } from '../../shared/scenario/self-deploying-checks';
import { validateScenario } from '../../shared/scenario/validate';

/** What `oobe-sim validate` says about self-deploying profiles (provisioning-modes.md §2.2, §2.5). */

function scenario(profile: Record<string, unknown>, more: Record<string, unknown> = {}) {
  return {
    id: 'sd-check',
    title: 'Self-deploying check',
    description: 'A scenario for the validation tests.',
    mode: 'self-deploying',
    tenant: { users: [{ upn: 'adele@contoso.com', password: 'Pa55w.rd' }] },
    policies: { deploymentProfile: { deploymentMode: 'self-deploying', ...profile } },
    expect: { finalScreen: 'signon' },
    ...more,
  };
}

describe('self-deploying profile validation', () => {
  it('accepts a profile with the locked values', () => {
    expect(validateScenario(scenario({}))).toMatchObject({ ok: true });
  });

  it('rejects hybrid join with the reason', () => {
    const result = validateScenario(scenario({ joinType: 'hybrid' }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContainEqual({
      path: 'policies.deploymentProfile.joinType',
      message:
        '"hybrid" is not possible: self-deploying mode supports Microsoft Entra join only; Microsoft Entra hybrid join is not supported (001:11148, 001:8246)',
    });
  });

  it.each([
    ['licenseTerms', 'show', 'Microsoft Software License Terms'],
    ['privacySettings', 'show', 'Privacy settings'],
    ['hideChangeAccountOptions', 'show', 'Hide change account options'],
    ['userAccountType', 'administrator', 'User account type'],
  ])('rejects %s = %s: Intune locks "%s"', (field, value, label) => {
    const result = validateScenario(scenario({ [field]: value }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const problem = result.problems.find((p) => p.path === `policies.deploymentProfile.${field}`);
    expect(problem?.message).toContain(`Intune locks "${label}"`);
  });

  it('accepts an assigned user but notes that it is ignored', () => {
    const input = scenario({}, { registration: { assignedUser: 'adele@contoso.com' } });
    const result = validateScenario(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(selfDeployingChecks(result.scenario).notes).toEqual([
      {
        path: ['registration', 'assignedUser'],
        message:
          '"adele@contoso.com" is ignored: a self-deploying deployment has no user affinity and Intune sets no primary user (001:8911, 001:11165)',
      },
    ]);
  });

  it('needs a self-deploying profile in a self-deploying scenario, and a self-deploying profile for a kiosk', () => {
    const result = validateScenario({
      ...scenario({ deploymentMode: 'user-driven' }),
      policies: { deploymentProfile: { deploymentMode: 'user-driven' }, kiosk: {} },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path)).toEqual(['policies.deploymentProfile.deploymentMode', 'policies.kiosk']);
  });
});
