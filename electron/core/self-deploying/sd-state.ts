import type { KioskAutologonIssue } from '../../../shared/faults';

/**
 * What a self-deploying deployment keeps on the device besides the ESP (provisioning-modes.md §2):
 * the userless join's attempts and failure, the kiosk autologon problems armed by faults, and who
 * is signed in at the end. Plain JSON; it survives restarts like the rest of the device state.
 */
export interface SelfDeployingState {
  /** Join attempts without an ESP so far (1 = the first; "Try again" adds one). With an ESP, the ESP counts. */
  joinAttempts: number;
  /** The join without an ESP failed with this code ("Try again" runs it again). */
  joinFailure: { code: string } | null;
  /** The boot the deployment (the device ESP) started on: a later boot at the end means the device restarted during it. */
  espBoot: number | null;
  /** Kiosk autologon problems armed by faults (provisioning-modes.md §2.6); they act when the device ESP ends. */
  kioskIssues: KioskAutologonIssue[];
  /** The kiosk profile's autologon values have been written to Winlogon. */
  kioskProfileApplied: boolean;
  /** KioskUser0 is signed in (automatically, or by hand with the documented workaround). */
  kioskSignedIn: 'autologon' | 'manual' | null;
}

export function initialSelfDeploying(): SelfDeployingState {
  return {
    joinAttempts: 0,
    joinFailure: null,
    espBoot: null,
    kioskIssues: [],
    kioskProfileApplied: false,
    kioskSignedIn: null,
  };
}
