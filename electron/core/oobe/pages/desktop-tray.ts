import type { DesktopNetworkView, DesktopView } from '../../../../shared/snapshot';
import { deviceTimeIso } from '../../context';
import { ethernetUp, hasInternet, visibleWifi } from '../../network/connectivity';
import type { DeviceState } from '../../state';

/**
 * The notification area's network icon: Windows shows the wired connection when the cable carries
 * one, else the joined Wi-Fi network, else "no connection"; "No internet" is a separate overlay.
 */
export function desktopNetwork(state: DeviceState): DesktopNetworkView {
  const internet = hasInternet(state);
  if (ethernetUp(state)) return { kind: 'ethernet', internet, ssid: null, signal: null };
  const ssid = state.network.connectedSsid;
  if (ssid !== null && state.network.wifiIpv4 !== null) {
    const signal = visibleWifi(state).find((n) => n.ssid === ssid)?.signal ?? null;
    return { kind: 'wifi', internet, ssid, signal };
  }
  return { kind: 'none', internet: false, ssid: null, signal: null };
}

/** Adds the taskbar's clock (the device's own clock, drift included) and network icon to the desktop's view. */
export function withDesktopTray(state: DeviceState, view: DesktopView): DesktopView {
  return {
    ...view,
    deviceTime: deviceTimeIso(state),
    timeZone: state.setup.device.timeZone,
    network: desktopNetwork(state),
  };
}
