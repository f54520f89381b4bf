import { formatMac } from '../hardware/identity';
import { ethernetUp, hasInternet, visibleWifi } from '../network/connectivity';
import type { DeviceState } from '../state';
import type { ServiceEndpoint } from '../../../shared/device-setup';
import { SERVICE_ENDPOINTS } from '../../../shared/scenario/network';

/**
 * The adapters as ipconfig, Get-NetAdapter and systeminfo show them, read from the live network
 * state. The LAN is a /24 whose gateway (.1) is also the DHCP and DNS server, as on a home or
 * small-office router; interface indexes and the link-local address are stable per device.
 */
export interface AdapterFacts {
  kind: 'ethernet' | 'wifi';
  /** NetConnectionID: Ethernet / Wi-Fi. */
  alias: string;
  description: string;
  /** XX-XX-XX-XX-XX-XX */
  mac: string;
  ifIndex: number;
  up: boolean;
  ipv4: string | null;
  gateway: string | null;
  linkLocal: string;
  linkSpeed: string;
  ssid: string | null;
}

const NAMES = {
  virtual: { ethernet: 'Microsoft Hyper-V Network Adapter', wifi: 'Microsoft Hyper-V Network Adapter #2' },
  physical: { ethernet: 'Intel(R) Ethernet Connection (16) I219-LM', wifi: 'Intel(R) Wi-Fi 6E AX211 160MHz' },
} as const;

function linkLocalFrom(mac: string, ifIndex: number): string {
  const b = mac.split('-').map((h) => parseInt(h, 16));
  const words = [((b[0]! ^ 2) << 8) | b[1]!, (b[2]! << 8) | 0xff, 0xfe00 | b[3]!, (b[4]! << 8) | b[5]!];
  return `fe80::${words.map((w) => w.toString(16)).join(':')}%${ifIndex}`;
}

export function adapters(state: DeviceState): AdapterFacts[] {
  const { setup, identity, network } = state;
  const names = setup.device.smbios.virtualMachine ? NAMES.virtual : NAMES.physical;
  const out: AdapterFacts[] = [];
  if (setup.device.network.ethernet.present) {
    const up = ethernetUp(state);
    out.push({
      kind: 'ethernet',
      alias: 'Ethernet',
      description: names.ethernet,
      mac: formatMac(identity.ethernetMac, 'dash'),
      ifIndex: 12,
      up,
      ipv4: up ? network.ethernetIpv4 : null,
      gateway: up && network.ethernetIpv4 ? gatewayOf(network.ethernetIpv4) : null,
      linkLocal: linkLocalFrom(formatMac(identity.ethernetMac, 'dash'), 12),
      linkSpeed: '1 Gbps',
      ssid: null,
    });
  }
  if (setup.device.network.wifi.present) {
    const up = network.connectedSsid !== null && network.wifiIpv4 !== null;
    out.push({
      kind: 'wifi',
      alias: 'Wi-Fi',
      description: names.wifi,
      mac: formatMac(identity.wifiMac, 'dash'),
      ifIndex: 17,
      up,
      ipv4: up ? network.wifiIpv4 : null,
      gateway: up && network.wifiIpv4 ? gatewayOf(network.wifiIpv4) : null,
      linkLocal: linkLocalFrom(formatMac(identity.wifiMac, 'dash'), 17),
      linkSpeed: '1.2 Gbps',
      ssid: up ? network.connectedSsid : null,
    });
  }
  return out;
}

function gatewayOf(ipv4: string): string {
  return `${ipv4.split('.').slice(0, 3).join('.')}.1`;
}

/** The adapter Windows routes through: the first one up with an address (Ethernet before Wi-Fi). */
export function primaryAdapter(state: DeviceState): AdapterFacts | null {
  return adapters(state).find((a) => a.up && a.ipv4 !== null) ?? null;
}

/** A stable public address for a host name (FNV-1a of the name), in Microsoft's 20.x/13.x/40.x ranges. */
export function hostAddress(name: string): string {
  let h = 0x811c9dc5;
  for (const ch of name.toLowerCase()) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  const first = [20, 13, 40, 52][h & 3]!;
  return `${first}.${(h >>> 8) & 0xff}.${(h >>> 16) & 0xff}.${Math.max(1, (h >>> 24) & 0xfe)}`;
}

/** The service endpoint a host name belongs to (`x.microsoftaik.azure.net` → microsoftaik.azure.net). */
export function endpointOf(host: string): ServiceEndpoint | null {
  const h = host.toLowerCase().replace(/\.$/, '');
  return SERVICE_ENDPOINTS.find((e) => h === e || h.endsWith(`.${e}`)) ?? null;
}

/**
 * Top-level domains a public name may end in. A name under any other (a typo such as `.cmo`, the
 * reserved `.invalid`/`.test`/`.example`/`.local` of RFC 2606/6762) or a single label (no DNS
 * suffix on an OOBE device) does not exist. The list is the simulator's choice: it keeps typos
 * visible without a DNS database.
 */
const PUBLIC_TLDS = new Set(
  'com net org edu gov mil int io co us uk de fr nl be ch at se no dk fi it es pt ie pl cz jp cn kr in au nz ca br mx za ru info biz app dev cloud online site tech ms'.split(
    ' ',
  ),
);

/** Whether DNS knows the name at all (an IPv4 literal always "resolves"). */
export function hostExists(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (/^\d+\.\d+\.\d+\.\d+$/.test(h)) return true;
  if (endpointOf(h) !== null) return true;
  const labels = h.split('.');
  if (labels.length < 2 || labels.some((l) => !/^[a-z0-9-*]+$/.test(l))) return false;
  return PUBLIC_TLDS.has(labels[labels.length - 1]!);
}

/**
 * How a name resolves from the device: null when DNS can't be asked (no internet) or the name
 * does not exist (`hostExists`; callers word the two cases apart where Windows does).
 */
export function resolveHost(state: DeviceState, host: string): string | null {
  if (/^\d+\.\d+\.\d+\.\d+$/.test(host)) return host;
  if (!hasInternet(state) || !hostExists(host)) return null;
  return hostAddress(host);
}

/** Whether a host answers (ping, TCP 443): internet, and its endpoint not cut by a fault. */
export function hostAnswers(state: DeviceState, host: string): boolean {
  if (!hasInternet(state)) return false;
  const endpoint = endpointOf(host);
  return endpoint === null || !state.network.blockedEndpoints.includes(endpoint);
}

/** Wi-Fi networks in range (used by netsh-like views). */
export { visibleWifi };
