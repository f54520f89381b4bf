/**
 * On-screen strings of pre-provisioning (en-US), quoted exactly where a source shows them
 * (provisioning-modes.md §1.4–1.5, oobe-ui.md §13–§17). Strings marked "ours" are [UNVERIFIED]
 * in the spec (Windows reads them from a resource no public source shows); they are listed in
 * docs/FIDELITY.md, "Pre-provisioning". Apostrophes are typographic where the source is.
 */
export const PREPROVISION_STRINGS = {
  menu: {
    /** 001:6611, same on both versions. */
    title: 'What would you like to do?',
    rows: {
      'provisioning-package': {
        name: { '10': 'Install provisioning package', '11': 'Install provisioning package' },
        description: 'Install a provisioning package for work or school',
      },
      'pre-provision': {
        /** 001:6615 (Windows 10) / 001:6616 (Windows 11). */
        name: { '10': 'Windows Autopilot provisioning', '11': 'Pre-provision with Windows Autopilot' },
        description: 'Pre-provision the device with settings and apps',
      },
      'reset-device': {
        name: { '10': 'Reset device', '11': 'Reset device' },
        description: 'Reset the device but keep any user accounts',
      },
    },
    /** Windows 10 "Continue", Windows 11 "Next" (001:6615–6616). */
    accept: { '10': 'Continue', '11': 'Next' },
    cancel: 'Cancel',
    /** oobe-ui.md §14, row 1 with no package on removable media. */
    noPackages: 'We couldn’t find any provisioning packages',
  },
  config: {
    /** 001:6618. */
    title: { '10': 'Windows Autopilot Configuration', '11': 'Pre-provision with Windows Autopilot' },
    /** Ours (`WhiteGloveLeadingTextLite` [UNVERIFIED]). */
    subtitle: 'Check the details below before you provision this device.',
    /** Ours (`WhiteGloveOrganizationTitle`, `…ProfileTitle`, `…AssignedUserTitle` [UNVERIFIED]). */
    labels: { organization: 'Organization', profile: 'Profile', assignedUser: 'Assigned user' },
    /** Ours: Windows 11 shows a "not assigned" text where Windows 10 leaves the line out (oobe-ui.md §15). */
    notAssigned: 'Not assigned',
    /** Ours (`WhiteGloveInstructionsIntroText`, `…ScanQRCodeWithAppText`, `…MakeAnyNeededChangesText`, `…SelectText` [UNVERIFIED]). */
    instructionsIntro: 'To change these details:',
    instructions: ['Scan the QR code with your Autopilot app.', 'Make any changes you need.', 'Select Refresh.'],
    /** 003:54. */
    refresh: 'Refresh',
    /** Windows 10 "Provision", Windows 11 "Next" (001:6625). */
    provision: { '10': 'Provision', '11': 'Next' },
    cancel: 'Cancel',
  },
  result: {
    /** Ours (`WhiteGloveResultSuccessTitle` [UNVERIFIED]). */
    successTitle: 'Pre-provisioning complete',
    /** Ours (`WhiteGloveResultFailureTitle` [UNVERIFIED]). */
    failureTitle: 'Pre-provisioning failed',
    /** Ours (`WhiteGloveCompletedText` [UNVERIFIED]): what Reseal does (003:58). */
    successText: 'Select Reseal to shut down the device. It is then ready to ship to the user.',
    /** Ours: shown with an ESP that tracked nothing (003:60: success then only proves enrollment). */
    enrollmentOnlyText:
      'Enrollment succeeded. Apps and settings were not tracked because no Enrollment Status Page applies to this device.',
    /** Ours (`WhiteGloveFailureText` [UNVERIFIED]). */
    failureText: 'Select Retry to try again, or Reset to start over.',
    /** Ours (`WhiteGloveTimeText` [UNVERIFIED], "{0} hours {1} minutes"-style per oobe-ui.md §17). */
    elapsedLabel: 'Elapsed time',
    elapsed: '{0} hours {1} minutes',
    /** 003:58, 001:6656. */
    reseal: 'Reseal',
    retry: 'Retry',
    reset: 'Reset',
    /** 001:6653 (Windows 10 link). */
    viewDiagnostics: 'View diagnostics',
    /** 001:6654 (Windows 11: CTRL + SHIFT + D, then this button on the diagnostics page). */
    exportLogs: 'Export Logs',
    /** Ours: the Windows 11 hint line that names the chord (001:6654 says only "press CTRL + SHIFT + D"). */
    ctrlShiftDHint: 'Press Ctrl+Shift+D to view diagnostics and export logs.',
  },
  /**
   * Error lines of the failure page (oobe-ui.md §17, STR `unifiedEnrollment/*` [LEGACY-KEY]). `{0}` is
   * the code as "0x" + 8 lowercase hex digits; the legacy template's own "0x" is dropped (see FIDELITY).
   */
  errors: {
    tpmTimeout: 'Something happened, and TPM attestation timed out.',
    tpmFailed: 'TPM attestation failed. Error: {0}',
    timeUp: 'Something happened, and we couldn’t complete the provisioning process in the required time.',
    noProfile:
      'We couldn’t find an Autopilot profile. Please check that your device has an Autopilot profile assigned.',
    mdmFinish: 'We couldn’t finish MDM enrollment. Error: {0}',
    mdmEnroll: 'We couldn’t enroll this device into MDM. Error: {0}',
    espProvider:
      'Something went wrong and we weren’t able to install the enrollment status policy provider. Error: {0}',
    deviceTicket: 'We couldn’t create an Azure AD device ticket for the MDM. Error: {0}',
    deviceJoin: 'We couldn’t perform a device-based Azure AD join. Error: {0}',
    mdmInfo: 'We couldn’t find the corresponding MDM information for this Azure AD device. Error: {0}',
    aadConfig: 'We couldn’t find a valid Azure AD configuration for this device. Error: {0}',
    /** Ours (`WhiteGloveNoInternetText` [UNVERIFIED]). */
    noInternet: 'We couldn’t connect to the internet. Check your network connection, then select Retry.',
    /** Ours (`WhiteGloveAdControllerNotReachedError` [UNVERIFIED], oobe-ui.md §15): hybrid, no domain controller in 25 minutes. */
    adControllerNotReached: 'We couldn’t reach a domain controller for your organization. Error: {0}',
    /** 001:2963: the ESP error for Win32 and LOB apps targeted together. */
    anotherInstallation: 'Another installation is in progress, please try again later.',
  },
} as const;

/** Fills "{0}" (and "{1}") in a template. */
export function fillTemplate(template: string, ...values: string[]): string {
  return values.reduce((text, value, i) => text.replace(`{${i}}`, value), template);
}

/** The elapsed-time line, e.g. "1 hours 7 minutes" (ours: Windows's format is [UNVERIFIED]). */
export function formatElapsed(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  return fillTemplate(PREPROVISION_STRINGS.result.elapsed, String(Math.floor(minutes / 60)), String(minutes % 60));
}
