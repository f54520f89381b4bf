import type { ReturnablePage } from '../../preprovision/preprovision-state';

/** The page state of "Install provisioning package" (WIN ×5 row 1, oobe-ui.md §14). */
export interface ProvisioningPackagePage {
  id: 'provisioning-package';
  stage: 'confirm' | 'installing' | 'status';
  result: 'success' | 'errors' | null;
  /** Counts installs on this page, so a stale install timer is recognised. */
  attempt: number;
  /** Where "Get logs" wrote the logs, once it has. */
  logsWrittenTo: string | null;
  /** The OOBE page WIN ×5 was pressed on: "Cancel" and "Continue" go back to it as it was. */
  returnTo: ReturnablePage;
}

/** Virtual durations; oobe-ui.md gives none. Choices recorded in docs/FIDELITY.md "Offline OOBE paths". */
export const PPKG_TIMINGS = {
  /** Installing one package from removable media. Choice. */
  installPerPackageMs: 20_000,
} as const;
