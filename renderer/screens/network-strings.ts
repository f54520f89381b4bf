import { OOBE_STRINGS } from '../../shared/strings';

const N = OOBE_STRINGS.network;

/**
 * The network page's texts. Most come from shared/strings.ts; the page is a separate hosted app
 * whose strings no public source shows (oobe-ui.md §6), so the few shared/ lacks are ours,
 * worded after the Windows 11 network flyout.
 */
export const NETWORK_TEXT = {
  connect: N.connect,
  keyLabel: N.enterKey,
  keyNext: N.keyNext,
  cancel: N.keyCancel,
  connected: N.connected,
  secured: N.securedNetwork,
  open: N.openNetwork,
  ethernet: 'Ethernet', // [UNVERIFIED]
  notConnected: 'Not connected', // [UNVERIFIED]
  connecting: 'Connecting', // [UNVERIFIED]
} as const;
