import type { EspCategoryId, EspCategoryState, EspItemState } from '../../../shared/views/esp-view';

/** One thing the ESP waits for: an app, a certificate, a network profile, a policy or a device step. */
export interface EspWork {
  /** The workload id (or a step name such as "ime"). */
  ref: string;
  name: string;
  durationMs: number;
  outcome: 'success' | 'failure' | 'hang';
  errorCode: string | null;
  restart: 'none' | 'soft' | 'hard';
  /** Win32 apps are tracked by the Intune management extension (Sidecar) in the registry. */
  win32: boolean;
  state: 'waiting' | 'working' | 'done' | 'failed';
  /** When a blocker first held this step (a blocker with a deadline counts from it). */
  waitingSinceMs?: number;
}

/**
 * Who the ESP runs for. 'user-driven': Device preparation's first steps were done by the sign-in and
 * report complete at once. 'technician' (pre-provisioning) and 'self-deploying': no user signed in,
 * so Device preparation does the work itself (TPM attestation, device join, enrollment), only the
 * device categories run, and (technician) a failure opens the result page instead of esp-error.
 */
export type EspMode = 'user-driven' | 'technician' | 'self-deploying';

export type EspItemId = 'tpm' | 'aadj' | 'mdm' | 'prepare-mdm' | 'policies' | 'certificates' | 'network' | 'apps';

export interface EspItem {
  id: EspItemId;
  state: EspItemState;
  works: EspWork[];
  errorCode: string | null;
}

export interface EspCategory {
  id: EspCategoryId;
  state: EspCategoryState;
  items: EspItem[];
  expanded: boolean;
}

/** The ESP as the device keeps it on disk: it survives restarts and resumes where it was. */
export interface EspState {
  categories: EspCategory[];
  mode: EspMode;
  /** Which part is on screen: the device ESP (OOBE) or the user ESP (first sign-in). */
  phase: 'device' | 'user';
  running: EspCategoryId | null;
  /** Increments with every page session; a page timeout from an older session is stale. */
  session: number;
  failure: { code: string; category: EspCategoryId } | null;
  /** A soft reboot is due when the running category ends. */
  restartPending: boolean;
  /** Hybrid: the ESP finished Account setup and waits for "Sign out". */
  awaitingSignOut: boolean;
  /** Hybrid: the Entra pages in Account setup have been answered. */
  hybridPagesDone: boolean;
  logsWrittenTo: string | null;
  /** The device part has left the screen (done, or "Continue anyway"). */
  deviceLeft: boolean;
  /** The user part has left the screen. */
  userLeft: boolean;
}

export const SETUP_CATEGORIES: readonly EspCategoryId[] = ['device-setup', 'account-setup'];
