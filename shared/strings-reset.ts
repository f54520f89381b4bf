/**
 * Windows Autopilot Reset strings (en-US). Strings quoted from the seeds carry their source; the
 * seeds give no wording for the reset sign-in screen, the progress screen or the lock screen
 * (provisioning-modes.md §4.3, §7 gaps), so those are the simulator's own, marked [OURS] and
 * listed in docs/FIDELITY.md "Autopilot Reset".
 */
export const RESET_STRINGS = {
  errors: {
    /** 001:2883–2887: the reset fails immediately when WinRE isn't configured and enabled. */
    winreDisabled: 'Ran into trouble. Please sign in with an administrator account to see why and reset manually.',
    /** 001:11357: what the logs report in that case. */
    winreLogLine: 'Error code: ERROR_NOT_SUPPORTED (0x80070032)',
    winreCode: '0x80070032',
    /** 001:3228–3232 (known issue, March 2022). */
    recoveryNotFound: 'Autopilot reset ran into trouble. Could not find the recovery environment',
    /** 001:3234: the known issue's advice, shown under the message as the reason the credentials are asked. */
    recoveryNotFoundAdvice:
      "If there isn't an issue with the recovery environment, enter administrator credentials to continue with the reset process.",
    /** 001:11253 (the seed's note; Windows's own on-screen text for this case is not documented). */
    hybridNotSupported:
      "Autopilot Reset doesn't support Microsoft Entra hybrid joined devices. For Microsoft Entra hybrid joined devices, a full device wipe is required.",
  },
  lock: {
    /** [OURS] the hint under the clock; Windows draws no text here that the seeds document. */
    hint: 'Press Ctrl+Alt+Delete or select the screen to sign in', // [OURS]
  },
  signIn: {
    title: 'Autopilot Reset', // [OURS] (the feature's name, 001:11231)
    intro: 'Sign in with a local administrator account to reset this device for the next user.', // [OURS]
    keeps:
      'Personal files, apps and settings will be removed. The connection to your organization, Wi-Fi networks and provisioning packages will be kept.', // [OURS] after 001:11237–11249
    packageFound: 'A provisioning package will be applied during the reset: {0} on {1} ({2})', // [OURS]
    noPackage: 'No provisioning package was found on a USB drive.', // [OURS]
    username: 'User name', // as the Windows sign-on screen
    password: 'Password', // as the Windows sign-on screen
    reset: 'Reset', // [OURS]
    cancel: 'Cancel', // [OURS]
    /** The Windows sign-on screen's wording for wrong credentials (strings-enrollment signon.wrong). */
    wrong: 'The user name or password is incorrect. Try again.',
    notAdmin:
      "This account isn't a local administrator on this device. Sign in with a local administrator account to reset it.", // [OURS]
  },
  progress: {
    titleLocal: 'Autopilot Reset', // [OURS]
    titleRemote: 'Autopilot Reset started by your organization', // [OURS]
    keepOn: "Don't turn off your device. It will restart a few times.", // [OURS]
    steps: {
      prepare: 'Checking the recovery environment', // [OURS]
      rebuild: 'Rebuilding Windows from the component store', // [OURS] after 001:10151
      migrate: 'Keeping your organization’s connection, Wi-Fi and provisioning packages', // [OURS] after 001:10152
      clean: 'Removing user profiles, personal files and apps', // [OURS] after 001:10153–10154
      provision: 'Reapplying provisioning packages and syncing with your organization', // [OURS] after 001:11251
    },
    percent: '{0}% complete', // [OURS]
  },
  errorScreen: {
    signIn: 'Sign in', // [OURS]: goes to the sign-on screen, as the message asks
    continueReset: 'Continue', // [OURS]
    logsAt: 'Details were written to {0}', // [OURS]
  },
  settings: {
    /** 001:10367–10371: Accounts > Access work or school > Managed by <organization> > Device sync status > Sync. */
    managedBy: 'Managed by {0}',
    deviceSyncStatus: 'Device sync status',
    sync: 'Sync',
    lastSync: 'Last sync: {0}', // [OURS]
    neverSynced: 'Not synced since sign-in', // [OURS]
    appsAfterReset: 'Required apps installing after the Autopilot Reset (not tracked by the Enrollment Status Page)', // [OURS] after 001:3132–3136
    appStates: { waiting: 'Waiting', installing: 'Installing', installed: 'Installed' }, // [OURS]
  },
  desktop: {
    lock: 'Lock', // [OURS] accessible name of the taskbar's lock control
  },
  intune: {
    /** Refusals of the remote action, in our words ([OURS]); the admin center hides the action on such devices. */
    notManaged: 'Autopilot Reset needs a device joined to Microsoft Entra ID and enrolled in Intune.', // [OURS]
  },
} as const;

export function fill(template: string, ...values: string[]): string {
  return template.replace(/\{(\d+)\}/g, (_, i: string) => values[Number(i)] ?? '');
}
