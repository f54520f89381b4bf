import { z } from 'zod';

/** Intune policies that shape the deployment, with the labels and values the admin center uses. */

/** Autopilot deployment profile (user-driven.md §6.1, provisioning-modes.md). */
export const deploymentProfileSchema = z
  .object({
    name: z.string().min(1).default('Autopilot profile'),
    /** "Convert all targeted devices to Autopilot". */
    convertAllTargetedDevices: z.boolean().default(false),
    deploymentMode: z.enum(['user-driven', 'self-deploying']).default('user-driven'),
    /** "Join to Microsoft Entra ID as". */
    joinType: z.enum(['entra', 'hybrid']).default('entra'),
    skipAdConnectivityCheck: z.boolean().default(false),
    /** "Microsoft Software License Terms". */
    licenseTerms: z.enum(['show', 'hide']).default('hide'),
    privacySettings: z.enum(['show', 'hide']).default('hide'),
    hideChangeAccountOptions: z.enum(['show', 'hide']).default('hide'),
    userAccountType: z.enum(['administrator', 'standard']).default('standard'),
    allowPreProvisionedDeployment: z.boolean().default(false),
    /** "Language (Region)": "os-default" for "Operating system default", else a language tag such as en-US. */
    language: z.string().default('os-default'),
    automaticallyConfigureKeyboard: z.boolean().default(false),
    /** "Apply device name template": %SERIAL% and %RAND:x% macros, at most 15 characters. */
    deviceNameTemplate: z.string().min(1).optional(),
  })
  .strict();
export type DeploymentProfile = z.infer<typeof deploymentProfileSchema>;

/** Enrollment Status Page profile (esp.md §3). */
export const espProfileSchema = z
  .object({
    name: z.string().min(1).default('Default ESP'),
    showProgress: z.boolean().default(true),
    /** "Show an error when installation takes longer than specified number of minutes". */
    timeoutMinutes: z.number().int().min(1).max(1440).default(60),
    /** "Show custom message when time limit or error occur": null shows the default text. */
    customMessage: z.string().max(1000).nullable().default(null),
    /** "Turn on log collection and diagnostics page for end users". */
    logCollection: z.boolean().default(false),
    onlyShowForOobe: z.boolean().default(false),
    blockDeviceUse: z.boolean().default(true),
    allowReset: z.boolean().default(false),
    allowUseOnError: z.boolean().default(false),
    /** Which required apps block: all of them, or the listed app ids. */
    blockingApps: z
      .union([z.literal('all'), z.object({ selected: z.array(z.string()).min(1) }).strict()])
      .default('all'),
    onlyFailSelectedAppsInTechnicianPhase: z.boolean().default(false),
  })
  .strict();

/** Windows Autopilot device preparation policy (device-preparation.md §2). */
export const devicePreparationPolicySchema = z
  .object({
    name: z.string().min(1).default('Device preparation policy'),
    version: z.number().int().min(1).default(1),
    priority: z.number().int().min(1).default(1),
    deviceGroup: z.string().min(1).optional(),
    userGroup: z.string().min(1).optional(),
    /** "Minutes allowed before showing installation error": one budget for the whole deployment. */
    timeoutMinutes: z.number().int().min(15, 'at least 15 minutes').max(720, 'at most 720 minutes').default(60),
    customErrorMessage: z.string().max(1000).optional(),
    allowSkip: z.boolean().default(false),
    showDiagnosticsLink: z.boolean().default(false),
    userAccountType: z.enum(['standard', 'administrator']).default('standard'),
    apps: z.array(z.string()).max(10, 'at most 10 apps').default([]),
    scripts: z.array(z.string()).max(10, 'at most 10 scripts').default([]),
    /** How the percentage is computed: the observed elapsed-time model, or weighted by steps (docs/FIDELITY.md). */
    percentageModel: z.enum(['elapsed-time', 'step-weighted']).default('elapsed-time'),
  })
  .strict();

/** Co-management settings policy (device-model.md §12.1). */
export const coManagementPolicySchema = z
  .object({
    autoInstallConfigMgrClient: z.boolean().default(true),
    commandLine: z.string().default(''),
    overrideUseIntuneForAllWorkloads: z.boolean().default(false),
  })
  .strict();

/** Domain join profile for hybrid join (user-driven.md §6.3). */
export const domainJoinProfileSchema = z
  .object({
    computerNamePrefix: z
      .string()
      .min(1)
      .max(14)
      .regex(/^[A-Za-z0-9-]+$/, 'letters, digits and hyphens only (%SERIAL% and %RAND:x% are not supported here)'),
    domain: z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i, 'a fully qualified domain name such as contoso.com, not CONTOSO'),
    organizationalUnit: z.string().optional(),
  })
  .strict();

export const policiesSchema = z
  .object({
    deploymentProfile: deploymentProfileSchema.optional(),
    enrollmentStatusPage: espProfileSchema.optional(),
    devicePreparation: z.array(devicePreparationPolicySchema).default([]),
    coManagement: coManagementPolicySchema.optional(),
    domainJoin: domainJoinProfileSchema.optional(),
  })
  .strict();
