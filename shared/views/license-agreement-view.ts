/** The licence terms page (oobe-ui.md §10), shown when no Autopilot profile hides it. */
export interface LicenseAgreementView {
  id: 'license-agreement';
  /** "Please review the License Agreement" (Windows 11), "Windows 10 License Agreement" (Windows 10). */
  title: string;
  /** "Accept". */
  acceptLabel: string;
}
