import type { DeviceSetup } from '../../../shared/device-setup';
import type { DeviceIdentity } from '../hardware/identity';
import { setValue, type RegistryState } from './registry';

const sz = (data: string) => ({ type: 'REG_SZ' as const, data });
const dword = (data: number) => ({ type: 'REG_DWORD' as const, data });

/** The Windows feature update a build number belongs to, as DisplayVersion shows it. */
function displayVersion(build: string): string {
  const major = Number(build.split('.')[0]);
  if (major >= 26200) return '25H2';
  if (major >= 26100) return '24H2';
  if (major >= 22631) return '23H2';
  if (major >= 22621) return '22H2';
  if (major >= 22000) return '21H2';
  return '22H2';
}

const EDITION_IDS: Record<string, string> = {
  Pro: 'Professional',
  'Pro Education': 'ProfessionalEducation',
  'Pro for Workstations': 'ProfessionalWorkstation',
  Enterprise: 'Enterprise',
  Education: 'Education',
  'Enterprise LTSC': 'EnterpriseS',
};

/**
 * What an OEM image already holds before OOBE: computer name, Windows version, and the SMBIOS
 * copy Windows keeps under HARDWARE\DESCRIPTION\System\BIOS.
 */
export function writeBaselineRegistry(
  reg: RegistryState,
  setup: DeviceSetup,
  _id: DeviceIdentity,
  computerName: string,
): void {
  const {
    device: { smbios },
    windows,
  } = setup;
  const [build = '26100', ubr = '0'] = windows.build.split('.');
  const nameKey = 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\ComputerName\\ComputerName';
  setValue(reg, nameKey, 'ComputerName', sz(computerName));
  const cv = 'HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion';
  // Windows 11 still reports "Windows 10 …" in ProductName; tools read CurrentBuild instead.
  setValue(reg, cv, 'ProductName', sz(`Windows 10 ${windows.edition}`));
  setValue(reg, cv, 'EditionID', sz(EDITION_IDS[windows.edition] ?? 'Professional'));
  setValue(reg, cv, 'CurrentBuild', sz(build));
  setValue(reg, cv, 'CurrentBuildNumber', sz(build));
  setValue(reg, cv, 'UBR', dword(Number(ubr)));
  setValue(reg, cv, 'DisplayVersion', sz(windows.version === '10' ? '22H2' : displayVersion(windows.build)));
  setValue(reg, cv, 'InstallationType', sz('Client'));
  const bios = 'HKLM\\HARDWARE\\DESCRIPTION\\System\\BIOS';
  setValue(reg, bios, 'BIOSVendor', sz(smbios.biosVendor));
  setValue(reg, bios, 'BIOSVersion', sz(smbios.biosVersion));
  setValue(reg, bios, 'SystemManufacturer', sz(smbios.manufacturer));
  setValue(reg, bios, 'SystemProductName', sz(smbios.model));
  setValue(reg, bios, 'SystemFamily', sz(smbios.systemFamily));
  setValue(reg, bios, 'SystemSKU', sz(smbios.skuNumber));
  setValue(reg, bios, 'BaseBoardManufacturer', sz(smbios.manufacturer));
}
