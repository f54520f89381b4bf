/**
 * Windows's own on-screen strings (en-US), quoted exactly, with where the spec found them.
 * The renderer and the CLI timeline read them from here; nothing else spells them.
 * Citations point into ../shared/spec (file §section).
 */
export const OOBE_STRINGS = {
  /** oobe-ui.md §1 (STR resources/Progress) */
  justAMoment: 'Just a moment...',
  region: {
    /** oobe-ui.md §4 */
    title: 'Is this the right country or region?',
    yes: 'Yes',
    listLabel: 'Country or Region Selection',
  },
  keyboard: {
    /** oobe-ui.md §5 panel 1 */
    title: 'Is this the right keyboard layout or input method?',
    subtitle: 'If you also use another keyboard layout, you can add that next.',
    yes: 'Yes',
  },
  secondKeyboard: {
    /** oobe-ui.md §5 panels 2–4 */
    title: 'Want to add a second keyboard layout?',
    addLayout: 'Add layout',
    skip: 'Skip',
    skipAccessibleName: 'Skip adding a second keyboard layout',
    languageTitle: 'What language do you want to use for your second keyboard layout?',
    layoutTitle: 'Which keyboard layout or input method would you like to use?',
    next: 'Next',
  },
  network: {
    /** oobe-ui.md §6 and user-driven.md §2 row 5 */
    title: "Let's connect you to a network",
    next: 'Next',
    /** oobe-ui.md §6: [UNVERIFIED], shown only after the BYPASSNRO tweak [3P] (see docs/FIDELITY.md) */
    noInternet: "I don't have internet",
    /** [UNVERIFIED] the network flow's own strings are not in the spec (oobe-ui.md §6); Windows's wording. */
    connect: 'Connect',
    enterKey: 'Enter the network security key',
    keyNext: 'Next',
    keyCancel: 'Cancel',
    wrongKey: "The network security key isn't correct. Please try again.",
    connected: 'Connected',
    connectedNoInternet: 'No internet',
    securedNetwork: 'Secured',
    openNetwork: 'Open',
  },
  autopilotProfile: {
    /** ActivationErrorText lives in a non-public Autopilot resource (oobe-ui.md §7): [UNVERIFIED], our wording. */
    activationError: "We couldn't get your organization's settings. Let's check your network connection.",
  },
  updates: {
    /** oobe-ui.md §8 (STR oobeZdp/*) */
    scanning: 'Checking for updates',
    downloading: 'Just a moment, checking for updates',
    loop: [
      'Please keep your PC on',
      'Sit back and relax while the magic happens',
      'Getting things ready for you',
      'Thanks for your patience',
    ],
    finished: 'Good things coming your way',
    finishedReboot: 'Your PC will restart before you continue',
    finishedFinal: 'Almost there! Just finishing up this step',
  },
  signIn: {
    /** oobe-ui.md §11, external-facts.md §6.1 */
    placeholder: 'someone@example.com',
    heading: 'Sign in',
    nextWin10: 'Next',
    signInWin11: 'Sign in',
    next: 'Next',
    /** [UNVERIFIED] the sign-in page is served by Entra ID; its format check wording is not in the spec. */
    invalidUsername: 'Enter a valid email address, phone number, or Skype name.',
    /** user-driven.md §4 */
    otherTenant:
      'That username looks like it belongs to another organization. Try signing in again or start over with a different account',
  },
  consumer: {
    /** external-facts.md §6.1 item 7 (Windows 11 Pro stock page) */
    title: 'How would you like to set up this device?',
    personal: 'Set up for personal use',
    workOrSchool: 'Set up for work or school',
    next: 'Next',
  },
  footer: {
    /** oobe-ui.md §1 (STR oobeCommon/*AccName) */
    accessibility: 'Accessibility',
    volume: 'Volume',
    input: 'Input indicator',
  },
} as const;
