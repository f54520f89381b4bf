/**
 * The WIN ×5 menu's row 1, "Install provisioning package" (oobe-ui.md §14): one screen in three
 * stages. Strings: shared/strings-local-oobe.ts.
 *
 * Controls the core accepts:
 * - stage 'confirm': `device.click` "yes" (install) and "cancel" (back to the page WIN ×5 was pressed on);
 * - stage 'installing': none (the install ends on the virtual clock);
 * - stage 'status': `device.click` each id in `buttons`: "try-again" (install again), "reset-pc"
 *   (Windows reset, as the menu's "Reset device"), "get-logs" (writes the provisioning logs to the
 *   removable drive) and "continue" (back to the page WIN ×5 was pressed on).
 */

export type ProvisioningPackageStage = 'confirm' | 'installing' | 'status';
export type ProvisioningPackageButton = 'try-again' | 'reset-pc' | 'get-logs' | 'continue';

/** A package found on removable media. */
export interface FoundPackageView {
  /** Drive letter as Windows gave it ("D:"). */
  drive: string;
  label: string;
  file: string;
}

export interface ProvisioningPackageScreenView {
  id: 'provisioning-package';
  stage: ProvisioningPackageStage;
  packages: FoundPackageView[];
  /** The last install's outcome (stage 'status'), else null. */
  result: 'success' | 'errors' | null;
  /** The status page's buttons, left to right (the last one is the primary). */
  buttons: ProvisioningPackageButton[];
  /** Where "Get logs" wrote the logs (trainer information), or null. */
  logsWrittenTo: string | null;
}
