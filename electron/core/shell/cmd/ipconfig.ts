import { CRLF, fail, ok, type ShellCommand } from '../command-result';
import { deviceDate, longDateTime } from '../device-time';
import { adapters, type AdapterFacts } from '../network-facts';

/** Labels Windows writes with two spaces before the dots. */
const DOUBLE_SPACED = new Set(['Connection-specific DNS Suffix', 'Primary Dns Suffix']);

/**
 * `Label . . . : value`: dots on every other column from the label, `:` at column 37
 * (external-diagnostics.md §7.1). An empty value leaves the line ending at the colon, as the spec's capture shows.
 */
function field(label: string, value: string): string {
  let s = DOUBLE_SPACED.has(label) ? `${label} ` : label;
  while (s.length < 33) s += s.length % 2 === 0 ? '.' : ' ';
  return value === '' ? `   ${s} :` : `   ${s} : ${value}`;
}

function heading(a: AdapterFacts): string {
  return a.kind === 'wifi' ? `Wireless LAN adapter ${a.alias}:` : `Ethernet adapter ${a.alias}:`;
}

function shortBlock(a: AdapterFacts): string[] {
  if (!a.up || !a.ipv4)
    return [field('Media State', 'Media disconnected'), field('Connection-specific DNS Suffix', '')];
  return [
    field('Connection-specific DNS Suffix', ''),
    field('Link-local IPv6 Address', a.linkLocal),
    field('IPv4 Address', a.ipv4),
    field('Subnet Mask', '255.255.255.0'),
    field('Default Gateway', a.gateway ?? ''),
  ];
}

/** ipconfig /all's block for an adapter. */
function longBlock(a: AdapterFacts, leaseStart: Date): string[] {
  if (!a.up || !a.ipv4)
    return [
      field('Media State', 'Media disconnected'),
      field('Connection-specific DNS Suffix', ''),
      field('Description', a.description),
      field('Physical Address', a.mac),
      field('DHCP Enabled', 'Yes'),
      field('Autoconfiguration Enabled', 'Yes'),
    ];
  const expires = new Date(leaseStart.getTime() + 24 * 3600 * 1000);
  const duid = `00-01-00-01-2E-${a.mac.slice(0, 5)}-${a.mac}`;
  return [
    field('Connection-specific DNS Suffix', ''),
    field('Description', a.description),
    field('Physical Address', a.mac),
    field('DHCP Enabled', 'Yes'),
    field('Autoconfiguration Enabled', 'Yes'),
    field('Link-local IPv6 Address', `${a.linkLocal}(Preferred)`),
    field('IPv4 Address', `${a.ipv4}(Preferred)`),
    field('Subnet Mask', '255.255.255.0'),
    field('Lease Obtained', longDateTime(leaseStart)),
    field('Lease Expires', longDateTime(expires)),
    field('Default Gateway', a.gateway ?? ''),
    field('DHCP Server', a.gateway ?? ''),
    field('DHCPv6 IAID', String(100_000_000 + parseInt(a.mac.replace(/-/g, '').slice(6), 16))),
    field('DHCPv6 Client DUID', duid),
    field('DNS Servers', a.gateway ?? ''),
    field('NetBIOS over Tcpip', 'Enabled'),
  ];
}

/** `ipconfig` and `ipconfig /all`, from the device's adapters as they are now. */
export const ipconfigCommand: ShellCommand = ({ ctx }, args) => {
  const flags = args.map((a) => a.toLowerCase());
  const all = flags.includes('/all');
  if (flags.some((f) => f !== '/all'))
    return fail(
      `${CRLF}Error: unrecognized or incomplete command line.${CRLF}${CRLF}USAGE:${CRLF}    ipconfig [/allcompartments] [/? | /all | ${CRLF}`,
    );
  const state = ctx.state;
  const out: string[] = ['', 'Windows IP Configuration', ''];
  if (all) {
    out.push(
      field('Host Name', state.computerName),
      field('Primary Dns Suffix', ''),
      field('Node Type', 'Hybrid'),
      field('IP Routing Enabled', 'No'),
      field('WINS Proxy Enabled', 'No'),
      '',
    );
  } else out.push('');
  // The lease starts when the device last booted (DHCP runs at each boot).
  const lease = deviceDate(state, Math.max(0, state.clock.now - (state.clock.now % 1000)));
  for (const a of adapters(state)) {
    out.push(heading(a), '', ...(all ? longBlock(a, lease) : shortBlock(a)), '');
  }
  return ok(out.map((l) => `${l}${CRLF}`).join(''));
};
