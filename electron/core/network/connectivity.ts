import type { ServiceEndpoint, WifiNetworkSetup } from '../../../shared/device-setup';
import type { DeviceState } from '../state';

/** The Wi-Fi networks in range, as the scenario set them up. */
export function visibleWifi(state: DeviceState): WifiNetworkSetup[] {
  return state.setup.device.network.wifi.present ? state.setup.device.network.wifi.networks : [];
}

export function ethernetUp(state: DeviceState): boolean {
  return (
    state.setup.device.network.ethernet.present && state.network.cableConnected && state.network.ethernetIpv4 !== null
  );
}

function wifiHasInternet(state: DeviceState): boolean {
  const ssid = state.network.connectedSsid;
  if (!ssid || !state.network.wifiIpv4) return false;
  return visibleWifi(state).find((n) => n.ssid === ssid)?.internet ?? false;
}

/** Whether the device has a route to the internet over any adapter. */
export function hasInternet(state: DeviceState): boolean {
  return state.network.uplink && ((ethernetUp(state) && state.network.ethernetInternet) || wifiHasInternet(state));
}

/** Whether a named service endpoint answers: internet, and not cut by a firewall rule or fault. */
export function canReach(state: DeviceState, endpoint: ServiceEndpoint): boolean {
  return hasInternet(state) && !state.network.blockedEndpoints.includes(endpoint);
}

/** Whether the organization's domain controller answers: the scenario's setting, unless a fault changed it. */
export function domainControllerReachable(state: DeviceState): boolean {
  return state.network.domainControllerReachable ?? state.setup.environment.domainControllerReachable;
}

/** Round-trip time used to pace cloud requests. */
export function latencyMs(state: DeviceState): number {
  return state.setup.environment.latencyMs;
}
