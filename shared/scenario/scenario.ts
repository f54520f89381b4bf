import { autoEnrollProblems, comanagementProblems } from './comanagement-checks';
import { autoEnrollSchema } from './auto-enroll';
import { z } from 'zod';
import { SCREEN_IDS } from '../screen-ids';
import { deviceNameTemplateProblems } from './device-name';
import { devicePrepProblems } from './device-prep-checks';
import { deviceSchema, registrationSchema, updatesSchema, windowsSchema } from './device';
import { scenarioFaultSchema } from './faults';
import { environmentSchema } from './network';
import { exerciseSchema } from './exercise';
import { existingDeviceChecks, existingDeviceSchema } from './existing-device';
import { policiesSchema } from './policies';
import { selfDeployingChecks } from './self-deploying-checks';
import { scriptStepSchema } from './script';
import { tenantSchema } from './tenant';
import { workloadSchema } from './workload';

/**
 * What a device is made of and what happens to it: hardware, network, registration, tenant,
 * policies, workload and faults. The core builds a device from this ("device setup"); a scenario
 * file adds who it is for (id, title, description), the person's script and the expected end.
 */
export const scenarioBodySchema = z
  .object({
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 32 - 1)
      .default(1),
    windows: windowsSchema.default(windowsSchema.parse({})),
    device: deviceSchema.default(deviceSchema.parse({})),
    environment: environmentSchema.default(environmentSchema.parse({})),
    registration: registrationSchema.default(registrationSchema.parse({})),
    tenant: tenantSchema.default(tenantSchema.parse({})),
    policies: policiesSchema.default(policiesSchema.parse({})),
    workload: workloadSchema.default(workloadSchema.parse({})),
    updates: updatesSchema.default(updatesSchema.parse({})),
    faults: z.array(scenarioFaultSchema).default([]),
    /** Windows Autopilot deployment for existing devices: the Configuration Manager task sequence and the Autopilot JSON it places. */
    existingDevice: existingDeviceSchema.optional(),
    /** Auto-enrollment of an existing Configuration Manager client into Intune: the device starts at its desktop (seed 002). */
    autoEnroll: autoEnrollSchema.optional(),
  })
  .strict();

export const SCENARIO_MODES = [
  'user-driven',
  'pre-provisioning',
  'self-deploying',
  'existing-devices',
  'device-preparation',
  'autopilot-reset',
  'not-autopilot',
] as const;

export const scenarioSchema = scenarioBodySchema
  .extend({
    $schema: z.string().optional(),
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case id such as "user-driven-entra"'),
    title: z.string().min(1).max(120),
    /** What a trainer reads before starting. */
    description: z.string().min(1),
    mode: z.enum(SCENARIO_MODES),
    script: z.array(scriptStepSchema).default([]),
    /** The end the scenario is meant to reach: a run that gets there has outcome "success" (or "failure" when `failure` is true). */
    expect: z.object({ finalScreen: z.enum(SCREEN_IDS), failure: z.boolean().default(false) }).strict(),
    /** A training exercise on this device (issue 13): briefing, objectives checked from the run, hints, debrief. */
    exercise: exerciseSchema.optional(),
  })
  .strict()
  .superRefine(checkReferences);

export type ScenarioBody = z.infer<typeof scenarioBodySchema>;
export type ScenarioBodyInput = z.input<typeof scenarioBodySchema>;
export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;
export type ScenarioMode = (typeof SCENARIO_MODES)[number];

/** The device setup inside a scenario: everything but its id, title, description, script and expected end. */
export function scenarioBody(scenario: Scenario): ScenarioBody {
  // The body's own keys, so a field added to the body schema is carried without touching this function.
  const keys = Object.keys(scenarioBodySchema.shape) as (keyof ScenarioBody)[];
  return Object.fromEntries(keys.map((key) => [key, scenario[key]])) as ScenarioBody;
}

type Ctx = z.RefinementCtx;

function issue(ctx: Ctx, path: (string | number)[], message: string): void {
  ctx.addIssue({ code: 'custom', path, message });
}

/** Rules that span several fields: every reference must resolve, every documented limit must hold. */
function checkReferences(s: Scenario, ctx: Ctx): void {
  const users = new Set(s.tenant.users.map((u) => u.upn.toLowerCase()));
  const apps = new Map(s.workload.apps.map((a) => [a.id, a]));
  const scripts = new Set(s.workload.scripts.map((x) => x.id));
  if (s.registration.assignedUser && !users.has(s.registration.assignedUser.toLowerCase())) {
    issue(ctx, ['registration', 'assignedUser'], `"${s.registration.assignedUser}" is not one of tenant.users`);
  }
  const profile = s.policies.deploymentProfile;
  if (profile?.deviceNameTemplate) {
    const path = ['policies', 'deploymentProfile', 'deviceNameTemplate'];
    if (profile.joinType === 'hybrid') {
      issue(
        ctx,
        path,
        'a device name template applies to Microsoft Entra join only; hybrid join uses the domain join profile prefix',
      );
    }
    for (const problem of deviceNameTemplateProblems(
      profile.deviceNameTemplate,
      s.device.smbios.serialNumber ?? null,
    )) {
      issue(ctx, path, problem);
    }
  }
  const esp = s.policies.enrollmentStatusPage;
  if (esp && esp.blockingApps !== 'all') {
    esp.blockingApps.selected.forEach((id, i) => {
      if (!apps.has(id))
        issue(
          ctx,
          ['policies', 'enrollmentStatusPage', 'blockingApps', 'selected', i],
          `no app "${id}" in workload.apps`,
        );
    });
  }
  s.policies.devicePreparation.forEach((policy, p) => {
    policy.apps.forEach((id, i) => {
      const app = apps.get(id);
      const path = ['policies', 'devicePreparation', p, 'apps', i];
      if (!app) issue(ctx, path, `no app "${id}" in workload.apps`);
      else if (app.context === 'user')
        issue(ctx, path, `"${id}" installs in user context; device preparation installs apps in device context only`);
    });
    policy.scripts.forEach((id, i) => {
      if (!scripts.has(id))
        issue(ctx, ['policies', 'devicePreparation', p, 'scripts', i], `no script "${id}" in workload.scripts`);
    });
  });
  for (const problem of devicePrepProblems(s.tenant, s.policies, s.workload)) issue(ctx, problem.path, problem.message);
  if (s.mode === 'device-preparation' && s.policies.devicePreparation.length === 0) {
    issue(
      ctx,
      ['policies', 'devicePreparation'],
      'a "device-preparation" scenario needs at least one device preparation policy',
    );
  }
  for (const p of existingDeviceChecks(s).problems) issue(ctx, p.path, p.message);
  for (const p of selfDeployingChecks(s).problems) issue(ctx, p.path, p.message);
  for (const p of comanagementProblems(s)) issue(ctx, p.path, p.message);
  for (const p of autoEnrollProblems(s)) issue(ctx, p.path, p.message);
  const faultIds = new Set<string>();
  s.faults.forEach((f, i) => {
    if (faultIds.has(f.id)) issue(ctx, ['faults', i, 'id'], `fault id "${f.id}" is used twice`);
    faultIds.add(f.id);
  });
  const manual = new Set(s.faults.filter((f) => f.trigger.kind === 'manual').map((f) => f.id));
  s.script.forEach((step, i) =>
    step.do.forEach((action, j) => {
      if ('fault' in action && !manual.has(action.fault)) {
        issue(ctx, ['script', i, 'do', j, 'fault'], `no manual fault "${action.fault}" in faults`);
      }
    }),
  );
}
