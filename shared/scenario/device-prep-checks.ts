import type { z } from 'zod';
import type { policiesSchema } from './policies';
import type { tenantSchema } from './tenant';
import type { workloadSchema } from './workload';

/**
 * What Intune refuses when an admin saves a Windows Autopilot device preparation policy
 * (device-preparation.md §2.3, §3.1, K13). Problems carry the JSON path inside the scenario.
 * What Intune accepts but the device then skips (an app not assigned to the device group) is not a
 * problem here: the deployment report shows it "Skipped".
 */

/** The service principal that must own the device group: name, the name some tenants show (K11), AppId. */
export const PROVISIONING_CLIENT_NAMES = [
  'Intune Provisioning Client',
  'Intune Autopilot ConfidentialClient',
  'f1346770-5b25-470b-88bd-d5744ab7952c',
] as const;

export function ownedByProvisioningClient(owners: readonly string[]): boolean {
  return owners.some((o) =>
    (PROVISIONING_CLIENT_NAMES as readonly string[]).some((n) => n.toLowerCase() === o.trim().toLowerCase()),
  );
}

type Tenant = z.infer<typeof tenantSchema>;
type Policies = z.infer<typeof policiesSchema>;
type Workload = z.infer<typeof workloadSchema>;
export type CheckProblem = { path: (string | number)[]; message: string };

export function devicePrepProblems(tenant: Tenant, policies: Policies, workload: Workload): CheckProblem[] {
  const problems: CheckProblem[] = [];
  const groups = new Map(tenant.groups.map((g) => [g.name.toLowerCase(), g]));
  const priorities = new Map<number, number>();
  const names = new Map<string, number>();
  policies.devicePreparation.forEach((policy, p) => {
    const at = (...rest: (string | number)[]) => ['policies', 'devicePreparation', p, ...rest];
    const samePriority = priorities.get(policy.priority);
    if (samePriority !== undefined) {
      problems.push({
        path: at('priority'),
        message: `priority ${policy.priority} is already policy ${samePriority}'s: each policy has its own place in the list`,
      });
    }
    priorities.set(policy.priority, p);
    const sameName = names.get(policy.name.toLowerCase());
    if (sameName !== undefined)
      problems.push({ path: at('name'), message: `policy ${sameName} already has the name "${policy.name}"` });
    names.set(policy.name.toLowerCase(), p);
    if (policy.deviceGroup) {
      const group = groups.get(policy.deviceGroup.toLowerCase());
      if (!group)
        problems.push({ path: at('deviceGroup'), message: `no group "${policy.deviceGroup}" in tenant.groups` });
      else if (group.kind !== 'device')
        problems.push({
          path: at('deviceGroup'),
          message: `"${group.name}" is a user group; the device group must be a security group of devices`,
        });
      else if (group.membership !== 'assigned') {
        problems.push({
          path: at('deviceGroup'),
          message: `"${group.name}" has dynamic membership; the device group must be Assigned`,
        });
      } else if (!ownedByProvisioningClient(group.owners)) {
        // K13: Intune refuses to save the policy; the admin center shows "0 groups assigned".
        problems.push({
          path: at('deviceGroup'),
          message: `"${group.name}" is not owned by the "Intune Provisioning Client" service principal (AppId f1346770-5b25-470b-88bd-d5744ab7952c): There was a problem with the device security group for ${policy.name}. Check the group meets the requirements.`,
        });
      }
    }
    if (policy.userGroup) {
      const group = groups.get(policy.userGroup.toLowerCase());
      if (!group) problems.push({ path: at('userGroup'), message: `no group "${policy.userGroup}" in tenant.groups` });
      else if (group.kind !== 'user')
        problems.push({
          path: at('userGroup'),
          message: `"${group.name}" is a device group; device preparation policies are assigned to user groups`,
        });
    }
  });
  workload.apps.forEach((app, i) =>
    (app.assignedGroups ?? []).forEach((name, j) => {
      if (!groups.has(name.toLowerCase()))
        problems.push({
          path: ['workload', 'apps', i, 'assignedGroups', j],
          message: `no group "${name}" in tenant.groups`,
        });
    }),
  );
  workload.scripts.forEach((script, i) =>
    (script.assignedGroups ?? []).forEach((name, j) => {
      if (!groups.has(name.toLowerCase()))
        problems.push({
          path: ['workload', 'scripts', i, 'assignedGroups', j],
          message: `no group "${name}" in tenant.groups`,
        });
    }),
  );
  return problems;
}
