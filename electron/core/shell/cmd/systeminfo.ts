import type { DeviceState } from '../../state';
import { lines, ok, type ShellCommand } from '../command-result';
import { deviceDate, usDateTime } from '../device-time';
import { adapters } from '../network-facts';
import { liveWmi } from '../wmi-facts';

const COL = 27;
const row = (label: string, value: string) => `${`${label}:`.padEnd(COL)}${value}`;
const cont = (value: string) => `${' '.repeat(COL)}${value}`;

function biosDate(yyyymmdd: string): string {
  return `${Number(yyyymmdd.slice(4, 6))}/${Number(yyyymmdd.slice(6, 8))}/${yyyymmdd.slice(0, 4)}`;
}

/** `systeminfo`: the machine's properties, as the English tool prints them (27-column labels). */
export function systemInfo(state: DeviceState): string {
  const wmi = liveWmi(state)['root\\cimv2'];
  const cs = wmi.Win32_ComputerSystem[0]!;
  const bios = wmi.Win32_BIOS[0]!;
  const { windows } = state.setup;
  const build = windows.build.split('.')[0]!;
  const totalMb = Math.floor(cs.TotalPhysicalMemory / 2 ** 20);
  const nics = adapters(state);
  const nicLines: string[] = [];
  nics.forEach((a, i) => {
    nicLines.push(cont(`[${String(i + 1).padStart(2, '0')}]: ${a.description}`));
    nicLines.push(cont(`      Connection Name: ${a.alias}`));
    if (!a.up || !a.ipv4) nicLines.push(cont('      Status:          Media disconnected'));
    else
      nicLines.push(
        cont('      DHCP Enabled:    Yes'),
        cont(`      DHCP Server:     ${a.gateway}`),
        cont('      IP address(es)'),
        cont(`      [01]: ${a.ipv4}`),
        cont(`      [02]: ${a.linkLocal.replace(/%\d+$/, '')}`),
      );
  });
  const boot = deviceDate(state, 0);
  return lines(
    '',
    row('Host Name', state.computerName),
    row('OS Name', `Microsoft Windows ${windows.version} ${windows.edition}`),
    row('OS Version', `10.0.${build} N/A Build ${build}`),
    row('OS Manufacturer', 'Microsoft Corporation'),
    row('OS Configuration', cs.PartOfDomain ? 'Member Workstation' : 'Standalone Workstation'),
    row('OS Build Type', 'Multiprocessor Free'),
    row('Registered Owner', 'N/A'),
    row('Registered Organization', 'N/A'),
    row('Product ID', `00330-80000-00000-AA${state.identity.productKeyId.slice(-3)}`),
    row('Original Install Date', usDateTime(boot).replace(' ', ', ')),
    row('System Boot Time', usDateTime(boot).replace(' ', ', ')),
    row('System Manufacturer', cs.Manufacturer),
    row('System Model', cs.Model),
    row('System Type', 'x64-based PC'),
    row('Processor(s)', '1 Processor(s) Installed.'),
    cont(`[01]: Intel64 Family 6 Model 186 Stepping 2 GenuineIntel ~2100 Mhz`),
    row(
      'BIOS Version',
      `${bios.Manufacturer} ${bios.SMBIOSBIOSVersion}, ${biosDate(state.setup.device.smbios.biosReleaseDate)}`,
    ),
    row('Windows Directory', 'C:\\WINDOWS'),
    row('System Directory', 'C:\\WINDOWS\\system32'),
    row('Boot Device', '\\Device\\HarddiskVolume1'),
    row('System Locale', 'en-us;English (United States)'),
    row('Input Locale', 'en-us;English (United States)'),
    row(
      'Time Zone',
      state.setup.device.timeZone === 'UTC' ? '(UTC) Coordinated Universal Time' : state.setup.device.timeZone,
    ),
    row('Total Physical Memory', `${totalMb.toLocaleString('en-US')} MB`),
    row('Available Physical Memory', `${Math.floor(totalMb * 0.62).toLocaleString('en-US')} MB`),
    row('Virtual Memory: Max Size', `${Math.floor(totalMb * 1.25).toLocaleString('en-US')} MB`),
    row('Virtual Memory: Available', `${Math.floor(totalMb * 0.8).toLocaleString('en-US')} MB`),
    row(
      'Virtual Memory: In Use',
      `${(Math.floor(totalMb * 1.25) - Math.floor(totalMb * 0.8)).toLocaleString('en-US')} MB`,
    ),
    row('Page File Location(s)', 'C:\\pagefile.sys'),
    row('Domain', cs.Domain),
    row('Logon Server', 'N/A'),
    row('Hotfix(s)', 'N/A'),
    row('Network Card(s)', `${nics.length} NIC(s) Installed.`),
    ...nicLines,
    row(
      'Hyper-V Requirements',
      cs.HypervisorPresent
        ? 'A hypervisor has been detected. Features required for Hyper-V will not be displayed.'
        : 'VM Monitor Mode Extensions: Yes',
    ),
  );
}

export const systeminfoCommand: ShellCommand = ({ ctx }) => ok(systemInfo(ctx.state));
