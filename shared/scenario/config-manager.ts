import { z } from 'zod';

/**
 * The organization's Configuration Manager site as co-management sees it (device-model.md §12,
 * external-diagnostics.md §5): the site code, its cloud management gateway, how clients authenticate,
 * the workloads' authority and the task sequences deployed to "All Provisioning Devices".
 */

/** The co-management workloads in the order the console lists them (external-diagnostics.md §5.1). */
export const WORKLOADS = [
  'compliance-policies',
  'windows-update-policies',
  'resource-access-policies',
  'endpoint-protection',
  'device-configuration',
  'office-click-to-run-apps',
  'client-apps',
] as const;
export type Workload = (typeof WORKLOADS)[number];

/** Configuration Manager, Pilot Intune or Intune: the three positions of a workload's slider. */
export const workloadAuthoritySchema = z.enum(['configmgr', 'pilot-intune', 'intune']);

/** One step of a task sequence: how long it runs, how it ends, whether it restarts the device. */
export const taskSequenceStepSchema = z
  .object({
    name: z.string().min(1).max(120),
    durationMs: z.number().int().min(0).max(86_400_000),
    outcome: z.enum(['success', 'failure']).default('success'),
    /** The step's exit code when it fails (smsts.log): a Windows error such as 0x80070002. */
    errorCode: z
      .string()
      .regex(/^0x[0-9a-fA-F]{8}$/, 'a code such as 0x80070002')
      .default('0x80004005'),
    /** "Restart Computer": the device restarts after the step and the ESP comes back (000:57). */
    restartAfter: z.boolean().default(false),
  })
  .strict();

/** A task sequence deployed to the All Provisioning Devices collection, named by its deployment ID. */
export const taskSequenceDeploymentSchema = z
  .object({
    /** The deployment ID that `PROVISIONTS=` names, such as PRI20001. */
    deploymentId: z.string().regex(/^[A-Z0-9]{3}[0-9A-F]{5}$/, 'a deployment ID such as PRI20001'),
    name: z.string().min(1).max(120),
    steps: z.array(taskSequenceStepSchema).min(1),
  })
  .strict();

const defaultWorkloads = Object.fromEntries(WORKLOADS.map((w) => [w, 'configmgr'])) as Record<
  Workload,
  'configmgr' | 'pilot-intune' | 'intune'
>;

export const configManagerSchema = z
  .object({
    siteCode: z.string().regex(/^[A-Z0-9]{3}$/, 'three letters or digits such as PRI'),
    /** The CMG as CCMHOSTNAME names it: <name>.CLOUDAPP.NET/CCM_Proxy_MutualAuth/<number> (external-diagnostics.md §5.3). */
    cmgHostName: z
      .string()
      .regex(
        /^[A-Za-z0-9-]+\.cloudapp\.net\/CCM_Proxy_MutualAuth\/\d+$/i,
        'a CMG address such as contoso.cloudapp.net/CCM_Proxy_MutualAuth/72186325152220500',
      ),
    /** Size of the full client content the CMG serves (the device downloads it after CCMSetup.msi). */
    clientContentMb: z.number().min(1).max(2000).default(120),
    /** The CMG's throughput to this device; the client content download takes size ÷ speed. */
    cmgMbps: z.number().min(0.01).max(10_000).default(20),
    /** How clients authenticate to the CMG: Microsoft Entra ID, or PKI certificates (unsupported here, 000:107). */
    clientAuthentication: z.enum(['entra', 'pki']).default('entra'),
    workloads: z
      .object(Object.fromEntries(WORKLOADS.map((w) => [w, workloadAuthoritySchema.default('configmgr')])))
      .strict()
      .default(defaultWorkloads),
    taskSequences: z.array(taskSequenceDeploymentSchema).default([]),
    /**
     * The id of a Win32 app in the workload that installs the client (ccmsetup.exe packaged by the
     * admin) instead of the co-management policy's auto-install: the authority stays Intune (000:75).
     */
    clientWin32AppId: z.string().min(1).optional(),
    /**
     * The same Win32 app also sets ConfigInfo = 2 under HKLM\SOFTWARE\Microsoft\DeviceManageabilityCSP\Provider\MS DM Server:
     * the documented mitigation that makes Configuration Manager the authority (000:101).
     */
    setConfigInfoWithClient: z.boolean().default(false),
  })
  .strict();
export type ConfigManagerSetup = z.infer<typeof configManagerSchema>;
export type TaskSequenceDeployment = z.infer<typeof taskSequenceDeploymentSchema>;
