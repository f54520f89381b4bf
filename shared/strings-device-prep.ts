/**
 * On-screen strings of Windows Autopilot device preparation (en-US), quoted exactly where a source
 * shows them (device-preparation.md, oobe-ui.md §18, external-facts.md §5). Every other string is
 * OURS: Windows reads it from a resource no public source shows ([UNVERIFIED] in the spec). Those
 * are marked "ours" below and listed in docs/FIDELITY.md, "Device preparation".
 */
export const DEVICE_PREP_STRINGS = {
  progress: {
    /** oobe-ui.md §18 (`DevicePrepPageTitleInProgress`), device-preparation.md S6. */
    title: 'Setting up for work or school',
    /** Ours (`DevicePrepPageSubheaderInProgress` [UNVERIFIED]). */
    subheader: 'This might take a while. Keep your device turned on and connected.',
    /** Ours (`DevicePrepCompletionPercentage` [UNVERIFIED], "{0}% complete" per oobe-ui.md §18). */
    percent: '{0}% complete',
    /** Ours (`DevicePrepDefaultStatusSubtextAgentInstalling` [UNVERIFIED]): before the management extension is in. */
    statusAgentInstalling: 'Getting your device ready for management',
    /** Ours (`DevicePrepDefaultStatusSubtextProvisioning` [UNVERIFIED]): apps and scripts. */
    statusProvisioning: 'Installing what your organization requires',
    /** Ours (`DevicePrepPageSubheaderConnectivityError` [UNVERIFIED]), shown in red while offline > 5 s. */
    connectivityError: "We can't reach your organization right now. Check your network connection.",
    /** Ours (`DevicePrepRebootRequired` [UNVERIFIED]): replaces the percentage line for 3 s before a restart. */
    rebootRequired: 'Your device needs to restart to finish setup.',
  },
  complete: {
    /** device-preparation.md S7a (`DevicePrepPageTitleSuccess`). */
    title: 'Required setup complete',
    /** Ours (`DevicePrepPageSubheaderSuccess` [UNVERIFIED]); says what the docs say the page is for. */
    subheader: 'Your device is ready. Some apps and settings may keep installing after you sign in.',
    /** Ours (`DevicePrepNextButton` [UNVERIFIED], "likely Next" per oobe-ui.md §18). */
    next: 'Next',
  },
  failure: {
    /** Ours (`DevicePrepPageTitleError` [UNVERIFIED]). */
    title: "Setup couldn't be completed",
    /**
     * Default when the policy's "Custom error message" is empty: Intune's default text as a third
     * party reports it (external-facts.md §5, [3P] TFDP; [UNVERIFIED] by Microsoft docs).
     */
    defaultMessage: "Contact your organization's support person for help.",
    /** device-preparation.md §1.4: the documented button names (see docs/FIDELITY.md for the reset reading). */
    retry: 'Retry',
    continueAnyway: 'Continue anyway',
    /** Ours (`DevicePrepResetButtonDescription` [UNVERIFIED]): the paragraph explaining Retry. */
    retryDescription: 'Select Retry to try setting up your device again.',
    /** Ours (`DevicePrepSkipButtonDescription` [UNVERIFIED]): the paragraph explaining Continue anyway. */
    continueAnywayDescription: 'Select Continue anyway to go to the desktop. Some apps and settings might be missing.',
    /** device-preparation.md K1 / oobe-ui.md §18 (`DevicePrepExportLogsLink`): the diagnostics link. */
    exportLogs: 'Export logs',
    /** oobe-ui.md §18: the timeout code (the percentage reached 100 % by the clock). */
    timeoutCode: '0x800705B4',
    /** Ours: the error-code line under the message. */
    errorCode: 'Error code: {0}',
  },
  report: {
    /** device-preparation.md §4.1 (report name and screen title). */
    reportName: 'Windows Autopilot device preparation deployments',
    screenTitle: 'Device enrollment - Autopilot deployments',
    detailsTitle: 'Device deployment details',
  },
} as const;

/** "{0}" replaced, as the resource strings are formatted. */
export function formatDevicePrep(template: string, value: string | number): string {
  return template.replace('{0}', String(value));
}
