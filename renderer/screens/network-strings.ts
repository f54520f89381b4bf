/**
 * Network-page texts that shared/strings.ts doesn't have: the page is a separate hosted app whose
 * strings no public source shows (oobe-ui.md §6). Worded after the Windows 11 network flyout.
 */
export const NETWORK_TEXT = {
  connect: 'Connect', // [UNVERIFIED]
  keyLabel: 'Enter the network security key', // [UNVERIFIED]
  cancel: 'Cancel', // [UNVERIFIED]
  ethernet: 'Ethernet', // [UNVERIFIED]
  connected: 'Connected', // [UNVERIFIED]
  notConnected: 'Not connected', // [UNVERIFIED]
  connecting: 'Connecting', // [UNVERIFIED]
  secured: 'Secured', // [UNVERIFIED]
  open: 'Open', // [UNVERIFIED]
  connectedSecured: 'Connected, secured', // [UNVERIFIED]
} as const;
