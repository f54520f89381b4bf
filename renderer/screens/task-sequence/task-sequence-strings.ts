/**
 * Text of Configuration Manager's client windows as the simulator draws them. Windows Autopilot's
 * docs name the places ("Software Center", "Operating Systems", "Install", "Show Task Sequence
 * progress", 001:11868–11878) but print none of the dialogs: the rest is our wording, recorded in
 * docs/FIDELITY.md "Existing devices".
 */
export const TASK_SEQUENCE_STRINGS = {
  softwareCenter: 'Software Center', // 001:11877
  operatingSystems: 'Operating Systems', // 001:11878
  install: 'Install', // 001:11878
  /** Software Center's navigation, as its current branch shows it (outside the seeds). */
  navigation: ['Applications', 'Updates', 'Operating Systems', 'Installation status', 'Device compliance', 'Options'],
  available: 'Available', // [UNVERIFIED] our wording for the entry's status
  confirmTitle: 'Install the operating system?', // [UNVERIFIED] our wording
  confirmText:
    'This reinstalls Windows on this computer. Apps, files and settings on this computer are removed, and the computer restarts several times. Save your work before you continue.', // [UNVERIFIED] our wording
  confirmInstall: 'Install Operating System', // [UNVERIFIED] our wording
  cancel: 'Cancel',
  progressTitle: 'Installation Progress', // [UNVERIFIED] the title Configuration Manager's progress window is known by
  running: 'Running: {0}', // [UNVERIFIED] our wording
  runningAction: 'Running action: {0}', // [UNVERIFIED] our wording
  starting: 'Starting the task sequence…', // [UNVERIFIED] our wording
} as const;
