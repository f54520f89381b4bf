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
    timeoutMinutes: z
      .number()
      .int()
      .min(15, 'at least 15 minutes ("Minutes allowed before showing installation error" takes 15 to 720)')
      .max(720, 'at most 720 minutes ("Minutes allowed before showing installation error" takes 15 to 720)')
      .default(60),
    customErrorMessage: z.string().max(1000).optional(),
    allowSkip: z.boolean().default(false),
    showDiagnosticsLink: z.boolean().default(false),
    /** "Deployment mode": "User-driven" is the only documented value (device-preparation.md §2.2). */
    deploymentMode: z.enum(['user-driven']).default('user-driven'),
    /** "Deployment type": "Single user" is the only documented value. */
    deploymentType: z.enum(['single-user']).default('single-user'),
    /** "Join type": "Microsoft Entra joined" is the only documented value (no hybrid join). */
    joinType: z.enum(['entra']).default('entra'),
    /** "User account type": "Standard User" removes the user from local Administrators before the desktop. */
    userAccountType: z.enum(['standard', 'administrator']).default('standard'),
    apps: z.array(z.string()).max(10, 'at most 10 apps').default([]),
    scripts: z.array(z.string()).max(10, 'at most 10 scripts').default([]),
    /** How the percentage is computed: the observed elapsed-time model, or weighted by steps (docs/FIDELITY.md). */
    percentageModel: z.enum(['elapsed-time', 'step-weighted']).default('elapsed-time'),
  })
  .strict();
export type DevicePreparationPolicy = z.infer<typeof devicePreparationPolicySchema>;

/**
 * Co-management settings policy (Devices > Enroll devices > Windows enrollment > Co-management settings,
 * device-model.md §12.1). Several may apply: Intune picks the one with the lowest priority number (000:133).
 */
export const coManagementPolicySchema = z
  .object({
    name: z.string().min(1).default('Co-management settings'),
    priority: z.number().int().min(1).default(1),
    /** "Automatically install the Configuration Manager client". */
    autoInstallConfigMgrClient: z.boolean().default(true),
    /** The client command line copied from the console's Enablement tab: CCMHOSTNAME, SMSSITECODE, AADTENANTID, optional PROVISIONTS. */
    commandLine: z.string().max(1024, 'at most 1024 characters (a longer command line fails the install)').default(''),
    /** Advanced: "Override co-management policy and use Intune for all workloads". */
    overrideUseIntuneForAllWorkloads: z.boolean().default(false),
  })
  .strict();
export type CoManagementPolicy = z.infer<typeof coManagementPolicySchema>;

/** Domain join profile for hybrid join (user-driven.md §6.3). */
export const domainJoinProfileSchema = z
  .object({
    computerNamePrefix: z
      .string()
      .min(1)
      .max(14)
      .regex(/^[A-Za-z0-9-]+$/, 'letters, digits and hyphens only (%SERIAL% and %RAND:x% are not supported here)'),
    domain: z
      .string()
      .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i, 'a fully qualified domain name such as contoso.com, not CONTOSO'),
    organizationalUnit: z.string().optional(),
  })
  .strict();

/** Intune "Device restrictions" template, the settings the simulator uses (provisioning-modes.md §4.3). */
export const deviceRestrictionsSchema = z
  .object({
    /** General > "Autopilot Reset": "Allow" sets CredentialProviders/DisableAutomaticReDeploymentCredentials = 0. */
    autopilotReset: z.enum(['allow', 'not-configured']).default('not-configured'),
  })
  .strict();

/** The kiosk's single full-screen app. */
const kioskAppSchema = z
  .object({
    type: z.enum(['kiosk-browser', 'store-app', 'edge']).default('kiosk-browser'),
    name: z.string().min(1).max(80).default('Kiosk Browser'),
    /** Start page of Kiosk Browser or Edge. */
    url: z.string().url().optional(),
  })
  .strict();

/**
 * Kiosk profile (Intune "Kiosk" device restriction, single-app full-screen) for self-deploying
 * kiosks and digital signage (provisioning-modes.md §2.4 step 6, 001:11150–11160): the device signs
 * in automatically to the local account KioskUser0 (001:2558) and shows one app full screen.
 */
export const kioskProfileSchema = z
  .object({
    name: z.string().min(1).default('Kiosk profile'),
    /** "User logon type: Auto logon": the device signs in as KioskUser0 by itself (001:11211–11213). */
    autologon: z.boolean().default(true),
    /** The single app: Kiosk Browser, a Microsoft Store app or Microsoft Edge (the kinds Autopilot's kiosk mode supports, 001:11152). */
    app: kioskAppSchema.default(kioskAppSchema.parse({})),
  })
  .strict();
export type KioskProfile = z.infer<typeof kioskProfileSchema>;

export const policiesSchema = z
  .object({
    deploymentProfile: deploymentProfileSchema.optional(),
    enrollmentStatusPage: espProfileSchema.optional(),
    devicePreparation: z.array(devicePreparationPolicySchema).default([]),
    /** One co-management settings policy, or several (the lowest priority number wins). */
    coManagement: z.union([coManagementPolicySchema, z.array(coManagementPolicySchema).min(1)]).optional(),
    domainJoin: domainJoinProfileSchema.optional(),
    deviceRestrictions: deviceRestrictionsSchema.optional(),
    /** Self-deploying kiosk: autologon as KioskUser0 into one full-screen app. */
    kiosk: kioskProfileSchema.optional(),
  })
  .strict();
