/**
 * Windows Hello and the PIN at the first sign-in (en-US), oobe-ui.md §22 and external-facts.md
 * §6.2. [UNVERIFIED] marks wording the spec does not give; docs/FIDELITY.md lists those choices.
 */
export const HELLO_STRINGS = {
  biometric: {
    /** oobe-ui.md §22 (STR oobeHello/*). */
    titleFace: 'Want to use your face to sign in faster and more securely?',
    titleFingerprint: 'Want to use your fingerprint to sign in faster and more securely?',
    titleBoth: 'Want to set up Windows Hello to sign in faster and more securely?',
    bodyFace:
      'Your camera works with Windows Hello to recognize you, giving you a simple, password-free way to verify your identity.',
    /** [UNVERIFIED] the spec gives only the camera's body text; the fingerprint's and both's follow its pattern. */
    bodyFingerprint:
      'Your fingerprint reader works with Windows Hello to recognize you, giving you a simple, password-free way to verify your identity.',
    bodyBoth:
      'Your camera and fingerprint reader work with Windows Hello to recognize you, giving you a simple, password-free way to verify your identity.',
    yes: 'Yes, set up',
    skip: 'Skip for now',
    done: 'That’s it, you’re all set!',
    /** [UNVERIFIED] the button under "That’s it, you’re all set!". */
    doneButton: 'OK',
  },
  entra: {
    /** oobe-ui.md §22; external-facts.md §6.2 (MD-102 labs). */
    title: 'Use Windows Hello with your account',
    /** [3P] oobe-ui.md §22: community excerpts only (external-facts.md §6.2 marks it [UNVERIFIED]). */
    body: 'Your organization requires you to set up your work or school account with Windows Hello Face, Fingerprint, or PIN',
    ok: 'OK',
    setUpPin: 'Set up a PIN',
    newPin: 'New PIN',
    confirmPin: 'Confirm PIN',
    allSet: 'All set!',
    /** [UNVERIFIED] the line under "All set!" on the Entra-joined page. */
    allSetBody: 'You can sign in with your PIN now.',
    /** [3P] oobe-ui.md §22. */
    errorTitle: 'Something went wrong',
    errorBody: "We weren't able to set up your PIN. You can try again later.",
    skip: 'Skip for now',
  },
  hybrid: {
    /** oobe-ui.md §22 (STR enterpriseNgcEnrollment/*). */
    title: 'Your organization requires Windows Hello',
    /** [UNVERIFIED] the hybrid page's body text. */
    body: 'Windows Hello lets you sign in with a PIN instead of a password.',
    setUpPin: 'Set up PIN',
    errorTitle: 'Something went wrong',
    tryAgain: 'Try again',
    skip: 'Skip for now',
    errorCode: 'Error code:',
    correlationId: 'Correlation ID:',
    timestamp: 'Timestamp:',
    allSet: 'All set!',
    allSetBody: 'You can sign in with your PIN now.',
    ok: 'OK',
  },
  /** [UNVERIFIED] Windows's PIN messages; the spec has none. {0} is a number of characters. */
  pin: {
    empty: 'Please enter a PIN.',
    tooShort: 'Your PIN must be at least {0} characters long.',
    tooLong: "Your PIN can't be longer than {0} characters.",
    mismatch: "The PINs don't match. Try again.",
    digitsOnly: 'Your PIN can only contain numbers.',
    needsUppercase: 'Your PIN must include at least one uppercase letter.',
    noUppercase: "Your PIN can't include uppercase letters.",
    needsLowercase: 'Your PIN must include at least one lowercase letter.',
    noLowercase: "Your PIN can't include lowercase letters.",
    needsSpecial: 'Your PIN must include at least one special character.',
    noSpecial: "Your PIN can't include special characters.",
    simplePattern: "Your PIN can't be a simple pattern, such as 123456 or 111111.",
    requirements: 'PIN requirements',
  },
} as const;
