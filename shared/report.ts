/**
 * The Intune report an admin sees for one Windows Autopilot device preparation deployment
 * (device-preparation.md §4): the row of "Windows Autopilot device preparation deployments" and the
 * "Device deployment details" pane. Field names follow the column and field labels; values use the
 * labels Intune shows. One report per run, updated live while the deployment runs.
 */

/** "Deployment status": "In progress" → "Success" or "Failed" (device-preparation.md §4.2). */
export const DEPLOYMENT_STATUSES = ['In progress', 'Success', 'Failed'] as const;
export type DeploymentStatus = (typeof DEPLOYMENT_STATUSES)[number];

/**
 * "Phase": the last reported phase (external-facts.md §5, DPREP): "Policy installation" (initial
 * setup and LOB / Microsoft 365 apps), "Script installation", "App installation" (Win32 and Store).
 */
export const DEPLOYMENT_PHASES = ['Policy installation', 'Script installation', 'App installation'] as const;
export type DeploymentPhase = (typeof DEPLOYMENT_PHASES)[number];

/**
 * An app's or script's last reported status (§4.3) plus the documented quirk "Dependent" for
 * dependency/supersedence relationships (§4.4). null: nothing reported yet (the item was never
 * reached; the docs do not say what Intune shows — docs/FIDELITY.md).
 */
export type ReportItemStatus = 'Installed' | 'In progress' | 'Skipped' | 'Failed' | 'Dependent';

export interface ReportItem {
  id: string;
  name: string;
  /** "Win32", "Line-of-business app", "Microsoft Store app", "Microsoft 365 Apps", "PowerShell script". */
  type: string;
  status: ReportItemStatus | null;
  /** Trainer note: why the item has this status (e.g. "not assigned to the device group"); not an Intune field. */
  note: string | null;
}

/** One row of the deployments list (§4.2). */
export interface DeploymentReportRow {
  deviceName: string;
  /** "Enrollment date": device time (ISO 8601) of the Intune enrollment, null before it. */
  enrollmentDate: string | null;
  deploymentStatus: DeploymentStatus;
  phase: DeploymentPhase | null;
  serialNumber: string;
  /** "Deployment time": "In progress" while running, else the duration as h:mm:ss. */
  deploymentTime: string;
  upn: string;
}

/** The "Device" section of "Device deployment details" (§4.3). */
export interface DeploymentReportDevice {
  deviceName: string;
  deploymentStatus: DeploymentStatus;
  /** Intune device ID. */
  deviceId: string | null;
  /** Microsoft Entra device ID. */
  entraDeviceId: string | null;
  serialNumber: string;
  /** "Deployment policy": the policy the device received. */
  deploymentPolicy: string;
  policyVersion: number;
  osVersion: string;
}

export interface DeploymentReport {
  row: DeploymentReportRow;
  details: { device: DeploymentReportDevice; apps: ReportItem[]; scripts: ReportItem[] };
  /** Logs are collected automatically on any deployment error and downloadable from the details (§4.5). */
  logsAvailable: boolean;
  /**
   * The trainer's debrief: what happened and why, in plain words (including how the percentage was
   * computed). Simulator text, not Intune's.
   */
  debrief: string[];
}
