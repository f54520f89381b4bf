/** The `task-sequence` screen: an existing device running Configuration Manager's task sequence. */

/** The task sequence as Software Center's Operating Systems page lists it. */
export interface SoftwareCenterEntry {
  name: string;
  /** The Software Center publisher line: the organization name. */
  publisher: string;
}

export interface TaskSequenceView {
  id: 'task-sequence';
  /**
   * What is behind the window: the full Windows (the old one, or the new one after its first boot)
   * or Windows PE.
   */
  environment: 'full-os' | 'winpe';
  /** Software Center (Operating Systems), its confirmation, or the "Installation Progress" dialog. */
  stage: 'software-center' | 'confirm' | 'running';
  /** The organization name Configuration Manager puts in its dialogs. */
  organizationName: string;
  taskSequenceName: string;
  entry: SoftwareCenterEntry;
  /** The running action, null before the task sequence starts. */
  stepName: string | null;
  /** Overall progress, 0–100. */
  percent: number;
}
