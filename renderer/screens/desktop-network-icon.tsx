import {
  Desktop20Regular,
  GlobeError20Regular,
  GlobeProhibited20Regular,
  Wifi120Regular,
  Wifi220Regular,
  Wifi320Regular,
  Wifi420Regular,
  WifiWarning20Regular,
} from '@fluentui/react-icons';
import type { DesktopNetworkView } from '../../shared/snapshot';

// [UNVERIFIED] the notification area's network tooltips (Windows 11 en-US wording, not in the spec).
const TIP = {
  internet: 'Internet access',
  noInternet: 'No internet access',
  wired: 'Network',
  none: 'Not connected - No connections are available',
} as const;

/** Fluent's Wi-Fi glyphs count arcs down from full (Wifi1 = strongest): pick by the scenario's 1–4 bars. */
function WifiBars({ signal }: { signal: number | null }) {
  const bars = signal ?? 4;
  if (bars >= 4) return <Wifi120Regular />;
  if (bars === 3) return <Wifi220Regular />;
  if (bars === 2) return <Wifi320Regular />;
  return <Wifi420Regular />;
}

/** What the network icon says when hovered or read by a screen reader: the connection, then its internet state. */
export function networkLabel(network: DesktopNetworkView): string {
  if (network.kind === 'none') return TIP.none;
  const name = network.kind === 'wifi' ? (network.ssid ?? '') : TIP.wired;
  return `${name}, ${network.internet ? TIP.internet : TIP.noInternet}`;
}

/**
 * The notification area's network icon, from the emulated adapters: a monitor for a wired
 * connection, arcs for Wi-Fi by signal, a warning when the link has no internet, and a barred
 * globe when nothing is connected.
 */
export function NetworkIcon({ network }: { network: DesktopNetworkView }) {
  const label = networkLabel(network);
  let glyph;
  if (network.kind === 'none') glyph = <GlobeProhibited20Regular />;
  else if (network.kind === 'ethernet') glyph = network.internet ? <Desktop20Regular /> : <GlobeError20Regular />;
  else glyph = network.internet ? <WifiBars signal={network.signal} /> : <WifiWarning20Regular />;
  return (
    <span
      className="taskbar__tray-icon"
      role="img"
      aria-label={label}
      title={label.replace(', ', '\n')}
      data-network={network.kind}
      data-internet={network.internet ? 'yes' : 'no'}
    >
      {glyph}
    </span>
  );
}
