/**
 * Windows's on-screen strings for sign-in, enrollment, the ESP and the desktop (en-US), quoted
 * exactly, with where the spec found them. [UNVERIFIED] marks wording the spec could not source;
 * docs/FIDELITY.md lists those choices.
 */
export const ENROLLMENT_STRINGS = {
  password: {
    /** external-facts.md §6.1 item 8: "Password box under Enter password → Sign in". */
    title: 'Enter password',
    placeholder: 'Password',
    /** [UNVERIFIED] Entra's page; its wording is not in the spec. */
    forgot: 'Forgot my password',
    wrong: "Your account or password is incorrect. If you don't remember your password, reset it now.",
    empty: 'Please enter your password.',
    /** [UNVERIFIED] Entra's answer to an unknown username. */
    unknownUser: 'This username may be incorrect. Make sure you typed it correctly. Otherwise, contact your admin.',
  },
  mfa: {
    /** oobe-ui.md §22 / external-facts.md §6.2: "Verify your identity", "Enter code" → "Verify". */
    title: 'Enter code',
    verifyTitle: 'Verify your identity',
    verify: 'Verify',
    /** [UNVERIFIED] Entra's page. */
    sent: 'We texted your phone {0}. Please enter the code to sign in.',
    placeholder: 'Code',
    wrong: "You didn't enter the expected verification code. Please try again.",
  },
  error: {
    /** oobe-ui.md §20 (STR oobeError/*) */
    title: 'Something went wrong',
    tryAgainOrSkip: 'You can try again, or skip for now.',
    tryAgainOnly: 'But you can try again.',
    tryAgain: 'Try again',
    /** user-driven.md §5 / errors.md B9: the licensing page. */
    mdmTermsOfUse:
      "Can't connect to the URL of your organization's MDM terms of use. Try again, or contact your system administrator with the problem information from this page.",
    /** errors.md B4 */
    notAuthorized: "This user isn't authorized to enroll",
  },
  esp: {
    /** oobe-ui.md §12.1 */
    title: 'Setting up for work or school',
    subtitle: 'This will take a few minutes. Your device might need to restart as we complete the setup.',
    categories: {
      'device-preparation': 'Device preparation',
      'device-setup': 'Device setup',
      'account-setup': 'Account setup',
    },
    /** oobe-ui.md §12.2 */
    categoryStatus: {
      waiting: 'Waiting',
      working: 'Working on it...',
      complete: 'Complete',
      failed: 'Error',
      'previous-failed': 'Previous step failed',
    },
    /** oobe-ui.md §12.3 */
    items: {
      tpm: 'Securing your hardware',
      aadj: 'Joining your organization’s network',
      mdm: 'Registering your device for mobile management',
      'prepare-mdm': 'Preparing your device for mobile management',
      policies: 'Security policies',
      certificates: 'Certificates',
      network: 'Network connections',
      apps: 'Apps',
    },
    itemStatus: {
      waiting: 'Waiting',
      identifying: 'Identifying',
      working: 'Working on it...',
      complete: 'Complete',
      notRequired: 'No setup needed',
      previousFailed: 'Previous step failed',
      applied: '{0} of {1} applied',
      added: '{0} of {1} added',
      installed: '{0} of {1} installed',
    },
    /** Windows 10's detail toggles (user-driven.md §2 notes); Windows 11 uses a chevron with these accessible names. */
    showDetails: 'Show details',
    hideDetails: 'Hide details',
    continueAnyway: 'Continue anyway',
    /** oobe-ui.md §12.6 and esp.md §3 */
    defaultError: 'Setup could not be completed. Please try again or contact your support person for help.',
    /** Intune's label (oobe-ui.md §12.6 gives the legacy "Reset Device"; docs/FIDELITY.md). */
    resetDevice: 'Reset device',
    tryAgain: 'Try again',
    /** [UNVERIFIED] sentence around the link; the link text is the docs' "View diagnostics". */
    diagnosticsLead: 'For more details, ',
    viewDiagnostics: 'View diagnostics',
    /** Windows 10 without the diagnostics page. */
    collectLogs: 'Collect logs',
    signOut: 'Sign out',
  },
  privacy: {
    /** oobe-ui.md §21 */
    title: 'Choose privacy settings for your device',
    subtitle:
      'Microsoft puts you in control of your privacy. Choose your settings, then select Accept to save them. You can change these settings at any time.',
    next: 'Next',
    nextAccessibleName: 'Next, tab through all privacy settings to continue',
    accept: 'Accept',
    learnMore: 'Learn more',
    yes: 'Yes',
    no: 'No',
    requiredOnly: 'Required only',
    includeOptional: 'Include Optional',
  },
  signon: {
    /** user-driven.md §3 row 11: CTRL+ALT+DEL, on-premises credentials. [UNVERIFIED] lock-screen wording. */
    pressCtrlAltDel: 'Press Ctrl+Alt+Delete to unlock.',
    otherUser: 'Other user',
    username: 'User name',
    password: 'Password',
    signInTo: 'Sign in to: {0}',
    wrong: 'The user name or password is incorrect. Try again.',
    /**
     * [GAP] The spec has no text for a first sign-in that can't reach Entra ID; this is the
     * documented OOBE error for unreachable Entra URLs (device-model.md:155, oobe-ui.md §20).
     */
    unreachable: 'Something went wrong. But you can try again.',
  },
  hybrid: {
    /** user-driven.md §3 rows 14–15 */
    staySignedIn: 'Stay signed in to all your apps',
    allowManage: 'Allow my organization to manage my device',
    ok: 'OK',
    allSet: "You're all set!",
    done: 'Done',
  },
  desktop: {
    /** [UNVERIFIED] Settings wording (not in the spec). */
    settings: 'Settings',
    accessWorkOrSchool: 'Access work or school',
    accounts: 'Accounts',
    workOrSchoolAccount: 'Work or school account',
    connectedTo: 'Connected to {0} Microsoft Entra ID',
    connectedToDomain: 'Connected to {0} AD domain',
    info: 'Info',
    disconnect: 'Disconnect',
    close: 'Close',
  },
  diagnostics: {
    /** oobe-ui.md §19.1: docs call the page "Windows Autopilot diagnostics". */
    title: 'Windows Autopilot diagnostics',
    deploymentInfo: 'Deployment info',
    networkConnectivity: 'Network Connectivity',
    autopilotSettings: 'Autopilot Settings',
    enrollmentStatus: 'Enrollment Status',
    appsAndPolicies: 'Apps and policies',
    showDetails: 'Show details',
    hideDetails: 'Hide details',
    exportLogs: 'Export logs',
    /** [UNVERIFIED] labels (oobe-ui.md §19.1). */
    close: 'Close',
    exported: 'Logs were exported to {0}',
    noUsb: 'Insert a USB drive and try again.',
    complete: 'Complete',
    error: 'Error',
    working: 'Still working on it...',
  },
} as const;

/** Fills {0}, {1} … placeholders. */
export function format(template: string, ...args: (string | number)[]): string {
  return template.replace(/\{(\d)\}/g, (m, i: string) => (args[Number(i)] === undefined ? m : String(args[Number(i)])));
}
