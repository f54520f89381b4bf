import {
  LockClosed12Filled,
  PlugConnected24Regular,
  PlugDisconnected24Regular,
  Wifi124Regular,
  Wifi224Regular,
  Wifi324Regular,
  Wifi424Regular,
} from '@fluentui/react-icons';
import type { WifiNetworkView } from '../../shared/snapshot';
import { NETWORK_TEXT as T } from './network-strings';

/** Fluent's Wifi1 is the strongest signal, Wifi4 the weakest; the device reports 1–4 bars. */
const SIGNAL_ICONS = [Wifi424Regular, Wifi324Regular, Wifi224Regular, Wifi124Regular] as const;

export function wifiState(network: WifiNetworkView, connecting: boolean): string {
  if (connecting) return T.connecting;
  if (network.connected) return T.connected;
  return network.secured ? T.secured : T.open;
}

/** The visible part of a Wi-Fi row: signal icon (with a lock when secured), name, state. */
export function WifiRow({ network, state }: { network: WifiNetworkView; state: string }) {
  const Icon = SIGNAL_ICONS[Math.min(4, Math.max(1, network.signal)) - 1] ?? Wifi124Regular;
  return (
    <>
      <span className="net-row__icon" aria-hidden="true">
        <Icon />
        {network.secured ? <LockClosed12Filled className="net-row__lock" /> : null}
      </span>
      <span className="net-row__text">
        <span className="net-row__name">{network.ssid}</span>
        {/* Said once, as the option's description (aria-describedby): in its name it would not match the label. */}
        <span className="net-row__state" aria-hidden="true">
          {state}
        </span>
      </span>
    </>
  );
}

/** Ethernet is listed but not selectable: it connects by cable, not by choice. */
export function EthernetRow({ connected }: { connected: boolean }) {
  const Icon = connected ? PlugConnected24Regular : PlugDisconnected24Regular;
  return (
    <div className="net-row net-row--static">
      <span className="net-row__icon" aria-hidden="true">
        <Icon />
      </span>
      <span className="net-row__text">
        <span className="net-row__name">{T.ethernet}</span>
        <span className="net-row__state">{connected ? T.connected : T.notConnected}</span>
      </span>
    </div>
  );
}
