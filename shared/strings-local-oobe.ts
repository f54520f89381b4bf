/**
 * Strings of the two offline OOBE paths: the WIN ×5 menu's "Install provisioning package" (row 1)
 * and the local account a pre-provisioned device asks for when `wlidsvc` was disabled in the
 * technician flow (provisioning-modes.md §1.6, 003:80, 001:2948).
 */

/** oobe-ui.md §14 (STR oobeProvisioningEntry/*, oobeProvisioningStatus/*): quoted exactly. */
export const PROVISIONING_PACKAGE_STRINGS = {
  confirm: {
    title: 'Set up your PC?',
    body: 'It looks like there are some provisioning packages on your removable media. Do you want to install them now?',
    yes: 'Yes',
    cancel: 'Cancel',
  },
  installing: {
    title: 'Setting up your PC',
    status: 'Installing provisioning packages...',
    detail: 'Don’t remove your removable media just yet.',
  },
  status: {
    errors: 'Setup completed with errors',
    success: 'Setup completed successfully',
    tryAgain: 'Try again',
    resetPc: 'Reset PC',
    getLogs: 'Get logs',
    continue: 'Continue',
  },
} as const;

/**
 * The Windows 11 local-account pages. [UNVERIFIED] every string: neither oobe-ui.md nor
 * external-facts.md documents them (only that the user is asked to "create a local account",
 * 003:80). Plain wording of our own, recorded in docs/FIDELITY.md "Offline OOBE paths".
 */
export const LOCAL_ACCOUNT_STRINGS = {
  name: {
    title: 'Who’s going to use this device?', // [UNVERIFIED]
    subtitle: 'Enter the name of the person who will use this device.', // [UNVERIFIED]
    field: 'Name', // [UNVERIFIED]
  },
  password: {
    title: 'Create a password', // [UNVERIFIED]
    subtitle: 'Choose a password you will remember. You can leave it empty.', // [UNVERIFIED]
    field: 'Password', // [UNVERIFIED]
  },
  confirm: {
    title: 'Confirm your password', // [UNVERIFIED]
    subtitle: 'Enter the same password again.', // [UNVERIFIED]
    field: 'Confirm password', // [UNVERIFIED]
  },
  next: 'Next', // [UNVERIFIED]
  back: 'Back', // [UNVERIFIED]
  errors: {
    emptyName: 'Enter a name.', // [UNVERIFIED]
    longName: 'The name can be at most 20 characters.', // [UNVERIFIED]
    badCharacters: 'The name can’t contain any of these characters: " / \\ [ ] : ; | = , + * ? < > @', // [UNVERIFIED]
    reservedName: 'That name is reserved by Windows. Choose another name.', // [UNVERIFIED]
    mismatch: 'The passwords don’t match. Try again.', // [UNVERIFIED]
  },
} as const;
