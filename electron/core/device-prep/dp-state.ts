import type { DeploymentPhase, DeploymentStatus, ReportItemStatus } from '../../../shared/report';

/** One step behind "Setting up for work or school", in the documented order (device-preparation.md §1.3). */
export type DevicePrepStep =
  | { kind: 'join'; durationMs: number }
  | { kind: 'management-extension'; durationMs: number }
  | { kind: 'remove-admin'; durationMs: number }
  | { kind: 'sync'; durationMs: number }
  | { kind: 'app'; id: string; durationMs: number }
  | { kind: 'script'; id: string; durationMs: number };

/**
 * Where the deployment stands:
 * running — a step is under way; finishing — the work is done, 100 % holds 3 s;
 * hung — known issue K7, 100 % until the user restarts; reboot-pending — the reboot message shows;
 * complete — "Required setup complete" on screen; failed — the failure page;
 * finished — left to the desktop (after "Next", or failed and "Continue anyway").
 */
export type DevicePrepPhase = 'running' | 'finishing' | 'hung' | 'reboot-pending' | 'complete' | 'failed' | 'finished';

/** The device-preparation deployment of this device: plain JSON, kept across restarts (Windows stores its progress). */
export interface DevicePrepState {
  /** Index of the applied policy in setup.policies.devicePreparation. */
  policyIndex: number;
  attempt: number;
  /** Virtual ms the current attempt started: the elapsed-time percentage counts from here. */
  attemptStartMs: number;
  /** Virtual ms the deployment started (first attempt) and ended, for the report's "Deployment time". */
  deploymentStartMs: number;
  deploymentEndMs: number | null;
  steps: DevicePrepStep[];
  stepIndex: number;
  stepStartMs: number;
  phase: DevicePrepPhase;
  /** Why the last attempt failed: the code on the failure page and a trainer's explanation. */
  failure: { code: string | null; reason: string } | null;
  /** Last reported status of each selected app and script, by id (null: nothing reported yet). */
  items: Record<string, { status: ReportItemStatus | null; note: string | null }>;
  /** Device time (ISO) of the Intune enrollment. */
  enrollmentDate: string | null;
  status: DeploymentStatus;
  reportPhase: DeploymentPhase | null;
  /** The device was added to the policy's device group at enrollment (enrollment time grouping). */
  inDeviceGroup: boolean;
  /** "Export logs" is running (the link is grey), and where the last export went (trainer information). */
  exportBusy: boolean;
  lastExport: { writtenTo: string | null } | null;
  /** The post-desktop sync has delivered what the policy did not select. */
  secondSyncDone: boolean;
  /** The user left the failure page with "Continue anyway". */
  continuedAnyway: boolean;
  /** Virtual ms the device lost its internet connection during this attempt (null while online). */
  offlineSinceMs: number | null;
  /** Virtual ms the percentage clock stood still in this attempt (offline beyond the 5 s grace). */
  pausedMs: number;
}
