import type { PreprovisionCaveat } from '../../../shared/faults';
import type { PreprovisionMenuRowId } from '../../../shared/views/preprovision-views';

/** How a technician run ended. */
export type PreprovisionResult =
  | { kind: 'success'; atMs: number; enrollmentOnly: boolean }
  | { kind: 'failure'; atMs: number; text: string; code: string | null };

/**
 * Pre-provisioning as the device (and, for `tenant`, the Intune/Entra side) keeps it. The device
 * part survives restarts; `tenant` also survives a Windows reset, because it lives in the cloud.
 */
export interface PreprovisionState {
  /** Consecutive Windows key presses on the page on screen (another key or another page resets it). */
  winKeyPresses: number;
  /** The page the presses were counted on. */
  winKeyPage: string | null;
  /** Where the technician is: nothing yet, the technician flow, resealed (shipped), the user flow. */
  stage: 'none' | 'technician' | 'resealed' | 'user-flow';
  /** Profile details as last downloaded for the configuration page (null before the first download). */
  details: { organizationName: string; profileName: string | null; assignedUser: string | null } | null;
  /** Virtual time of "Provision"/"Next" (elapsed time is measured from it). */
  startedAtMs: number | null;
  result: PreprovisionResult | null;
  /** "Reset" on the failure page is starting the Windows reset. */
  resetting: boolean;
  resealedAtMs: number | null;
  /** What Device setup installed in the technician flow: the user flow's rerun only detects it. */
  installedRefs: string[];
  /** Where the last diagnostics export went (trainer information). */
  exportedTo: string | null;
  /** "Securing your hardware" attempts so far (each retry derives its own attestation stream). */
  attestationAttempt: number;
  /** The last ESP of the technician flow failed and the technician chose "Reset" (fault row 17). */
  resetAfterEspFailure: boolean;
  caveats: PreprovisionCaveat[];
  /**
   * Hybrid: the user flow made the restart the technician flow postponed (001:11416, 001:11524).
   * Left out until then, so a device saved before this field existed restarts as it should.
   */
  domainJoinRestarted?: true;
  /** What the tenant changed since the scenario started: Refresh shows it (003:54). */
  tenant: {
    profileName: string | null;
    /** Absent: as registered (left out, not undefined, so the state stays plain JSON); null: unassigned; a UPN: assigned to that user. */
    assignedUser?: string | null;
    /** The Autopilot record keeps the one-time pre-provisioning limit (001:2778–2782): enrollment fails 0x80180014. */
    oneTimeLimitReached: boolean;
    /** The device's Entra object was deleted (001:3392–3394): the device join fails 0x801c03f3. */
    entraDeviceDeleted: boolean;
  };
}

export function initialPreprovisionState(): PreprovisionState {
  return {
    winKeyPresses: 0,
    winKeyPage: null,
    stage: 'none',
    details: null,
    startedAtMs: null,
    result: null,
    resetting: false,
    resealedAtMs: null,
    installedRefs: [],
    exportedTo: null,
    attestationAttempt: 0,
    resetAfterEspFailure: false,
    caveats: [],
    tenant: { profileName: null, oneTimeLimitReached: false, entraDeviceDeleted: false },
  };
}

/** Page states of the four pre-provisioning screens (added to PageState in state.ts). */
export type PreprovisionPage =
  | { id: 'preprovision-menu'; selected: PreprovisionMenuRowId | null; notice: string | null; returnTo: ReturnablePage }
  | { id: 'preprovision-config'; refreshing: boolean }
  | { id: 'preprovision-success' }
  | { id: 'preprovision-failure' };

/** The pages WIN ×5 can open the menu from; "Cancel" goes back to the same page as it was. */
export type ReturnablePage =
  | { id: 'region'; selected: string }
  | { id: 'keyboard'; selected: string }
  | { id: 'branding-signin'; username: string; error: string | null };
