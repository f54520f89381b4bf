/**
 * Words on the kiosk screen. The kiosk app is drawn by the simulator (our art, not Kiosk Browser's
 * or Edge's): none of these is a Windows string, so each is marked as simulator wording.
 */
export const KIOSK_STRINGS = {
  back: 'Back', // [UNVERIFIED] simulator wording: browser toolbar button
  forward: 'Forward', // [UNVERIFIED] simulator wording
  refresh: 'Refresh', // [UNVERIFIED] simulator wording
  home: 'Home', // [UNVERIFIED] simulator wording
  address: 'Address', // [UNVERIFIED] simulator wording: the read-only address box
  noStartPage: 'No start page configured', // [UNVERIFIED] simulator wording
  /** Accessible summary for screen readers and tests: app, account, how it signed in. */
  summary: '{0} running full screen as {1} ({2})', // [UNVERIFIED] simulator wording
  autologon: 'signed in automatically', // [UNVERIFIED] simulator wording
  manual: 'signed in by hand', // [UNVERIFIED] simulator wording
  welcome: 'Welcome to {0}', // [UNVERIFIED] simulator wording: the drawn start page
} as const;
