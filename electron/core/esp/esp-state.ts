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
}

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
