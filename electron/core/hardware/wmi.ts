import type { DeviceSetup } from '../../../shared/device-setup';
import { formatMac, type DeviceIdentity } from './identity';
import { TPM_NAMESPACE, win32Tpm, type Win32Tpm } from './tpm';

/**
 * WMI classes built from the setup and the identity, with Windows' class and property names, so
 * `wmic`, `Get-CimInstance` and Get-WindowsAutopilotInfo-style readers can be answered as a
 * real device would. Values are plain JSON (uint64 sizes fit in a double below 2^53).
 */

export const CIMV2_NAMESPACE = 'root\\cimv2';

export interface Win32Bios {
  Manufacturer: string;
  Name: string;
  SMBIOSBIOSVersion: string;
  SerialNumber: string;
  /** CIM datetime, e.g. '20260315000000.000000+000'. */
  ReleaseDate: string;
  /** ACPI OEM id (6 characters) and revision, e.g. 'CONTOS - 1120'. */
  Version: string;
}

export interface Win32ComputerSystem {
  Manufacturer: string;
  Model: string;
  SystemFamily: string;
  SystemSKUNumber: string;
  NumberOfProcessors: number;
  NumberOfLogicalProcessors: number;
  /** Bytes usable by Windows: installed memory less what firmware and graphics reserve. */
  TotalPhysicalMemory: number;
  HypervisorPresent: boolean;
  Name: string;
  Domain: string;
  PartOfDomain: boolean;
  Workgroup: string | null;
}

export interface Win32ComputerSystemProduct {
  IdentifyingNumber: string;
  Name: string;
  UUID: string;
  Vendor: string;
  Version: string;
}

export interface Win32SystemEnclosure {
  ChassisTypes: number[];
  SerialNumber: string;
  Manufacturer: string;
}

export interface Win32DiskDrive {
  DeviceID: string;
  Index: number;
  InterfaceType: string;
  MediaType: string;
  Model: string;
  SerialNumber: string;
  Size: number;
}

export interface Win32NetworkAdapter {
  DeviceID: string;
  Name: string;
  Manufacturer: string;
  AdapterType: string;
  /** WMI writes MACs with colons: '02:1A:2B:3C:4D:5E'. */
  MACAddress: string;
  NetConnectionID: string;
  /** 2 = Connected, 7 = Media disconnected. */
  NetConnectionStatus: number;
  NetEnabled: boolean;
  PhysicalAdapter: boolean;
}

/** Runtime facts the setup alone doesn't know. */
export interface WmiOptions {
  /** The computer name (Win32_ComputerSystem.Name), e.g. 'DESKTOP-1A2B3C4' or a template result. */
  computerName: string;
  /** An Active Directory domain after a hybrid join; otherwise the device is in WORKGROUP. */
  domain?: string;
  /** Link state per adapter; defaults: Ethernet = cable connected in the setup, Wi-Fi = not associated. */
  links?: { ethernet?: boolean; wifi?: boolean };
}

/** 'yyyymmdd' -> CIM datetime 'yyyymmdd000000.000000+000'. */
export function cimDateTime(yyyymmdd: string): string {
  return `${yyyymmdd}000000.000000+000`;
}

/** The ACPI OEM id: six characters, space-padded (as Dell's 'DELL  '). Hyper-V's is 'VRTUAL'. [INF] */
function acpiOemId(setup: DeviceSetup): string {
  if (setup.device.smbios.virtualMachine) return 'VRTUAL';
  const letters = setup.device.smbios.manufacturer.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return letters.slice(0, 6).padEnd(6, ' ');
}

export function win32Bios(setup: DeviceSetup, identity: DeviceIdentity): Win32Bios {
  const revision = Number(setup.device.smbios.biosVersion.replace(/\D/g, '').slice(0, 9)) || 1;
  return {
    Manufacturer: setup.device.smbios.biosVendor,
    // OEMs put the firmware version in both Name and SMBIOSBIOSVersion.
    Name: setup.device.smbios.biosVersion,
    SMBIOSBIOSVersion: setup.device.smbios.biosVersion,
    SerialNumber: identity.serialNumber,
    ReleaseDate: cimDateTime(setup.device.smbios.biosReleaseDate),
    Version: `${acpiOemId(setup)} - ${revision}`,
  };
}

/**
 * Usable memory: firmware, and on laptops the integrated GPU, keep part of the installed RAM
 * (16 GB shows as about 15.7 GB usable); a VM loses little. Rounded down to 4 KiB pages. [INF]
 */
function usableMemoryBytes(setup: DeviceSetup): number {
  const installed = setup.device.smbios.memoryGb * 2 ** 30;
  const kept = setup.device.smbios.virtualMachine ? 0.995 : 0.982;
  return Math.floor((installed * kept) / 4096) * 4096;
}

export function win32ComputerSystem(
  setup: DeviceSetup,
  _identity: DeviceIdentity,
  options: WmiOptions,
): Win32ComputerSystem {
  const joined = options.domain !== undefined && options.domain.toUpperCase() !== 'WORKGROUP';
  return {
    Manufacturer: setup.device.smbios.manufacturer,
    Model: setup.device.smbios.model,
    SystemFamily: setup.device.smbios.systemFamily,
    SystemSKUNumber: setup.device.smbios.skuNumber,
    // Processor packages (sockets); a laptop or a default VM has one.
    NumberOfProcessors: 1,
    NumberOfLogicalProcessors: setup.device.smbios.processors,
    TotalPhysicalMemory: usableMemoryBytes(setup),
    // True in a VM. (On hardware with virtualization-based security Windows also reports True;
    // the simulator keeps the flag for VMs, where it matters to Autopilot.)
    HypervisorPresent: setup.device.smbios.virtualMachine,
    Name: options.computerName,
    Domain: joined ? options.domain! : 'WORKGROUP',
    PartOfDomain: joined,
    Workgroup: joined ? null : 'WORKGROUP',
  };
}

export function win32ComputerSystemProduct(setup: DeviceSetup, identity: DeviceIdentity): Win32ComputerSystemProduct {
  return {
    IdentifyingNumber: identity.serialNumber,
    Name: setup.device.smbios.model,
    UUID: identity.uuid,
    Vendor: setup.device.smbios.manufacturer,
    // SMBIOS Type 1 "Version"; the setup has no such field and many OEMs leave it empty.
    Version: '',
  };
}

export function win32SystemEnclosure(setup: DeviceSetup, identity: DeviceIdentity): Win32SystemEnclosure {
  return {
    ChassisTypes: [setup.device.smbios.chassisType],
    SerialNumber: identity.serialNumber,
    Manufacturer: setup.device.smbios.manufacturer,
  };
}

/**
 * Win32_DiskDrive.Size is cylinders x 255 heads x 63 sectors x 512 bytes, a little under the
 * drive's capacity. A physical drive of N GB has the IDEMA sector count 97,696,368 + 1,953,504 x (N - 50)
 * (512 GB -> 1,000,215,216 sectors -> Size 512,105,932,800); a virtual disk is N GiB exactly.
 */
export function diskSizeBytes(sizeGb: number, virtual: boolean): number {
  const sectors = virtual ? (sizeGb * 2 ** 30) / 512 : 97_696_368 + 1_953_504 * (sizeGb - 50);
  const cylinders = Math.floor(sectors / (255 * 63));
  return cylinders * 255 * 63 * 512;
}

export function win32DiskDrive(setup: DeviceSetup, identity: DeviceIdentity): Win32DiskDrive[] {
  return [
    {
      DeviceID: '\\\\.\\PHYSICALDRIVE0',
      Index: 0,
      // NVMe drives sit behind the storport SCSI layer, so WMI calls them SCSI.
      InterfaceType: 'SCSI',
      MediaType: 'Fixed hard disk media',
      Model: setup.device.disk.model,
      SerialNumber: identity.diskSerial,
      Size: diskSizeBytes(setup.device.disk.sizeGb, setup.device.smbios.virtualMachine),
    },
  ];
}

/** Adapter names as Device Manager shows them: Hyper-V's synthetic NIC in a VM, Intel parts otherwise. */
const ADAPTER_NAMES = {
  virtual: {
    ethernet: 'Microsoft Hyper-V Network Adapter',
    wifi: 'Microsoft Hyper-V Network Adapter #2',
    vendor: 'Microsoft',
  },
  physical: {
    ethernet: 'Intel(R) Ethernet Connection (16) I219-LM',
    wifi: 'Intel(R) Wi-Fi 6E AX211 160MHz',
    vendor: 'Intel Corporation',
  },
} as const;

export function win32NetworkAdapter(
  setup: DeviceSetup,
  identity: DeviceIdentity,
  links: WmiOptions['links'] = {},
): Win32NetworkAdapter[] {
  const names = setup.device.smbios.virtualMachine ? ADAPTER_NAMES.virtual : ADAPTER_NAMES.physical;
  const out: Win32NetworkAdapter[] = [];
  const add = (kind: 'ethernet' | 'wifi', mac: string, up: boolean): void => {
    out.push({
      DeviceID: String(out.length + 1),
      Name: names[kind],
      Manufacturer: names.vendor,
      // Wi-Fi adapters report 'Ethernet 802.3' too: NDIS presents them as Ethernet.
      AdapterType: 'Ethernet 802.3',
      MACAddress: formatMac(mac, 'colon'),
      NetConnectionID: kind === 'ethernet' ? 'Ethernet' : 'Wi-Fi',
      NetConnectionStatus: up ? 2 : 7,
      NetEnabled: up,
      PhysicalAdapter: true,
    });
  };
  if (setup.device.network.ethernet.present)
    add('ethernet', identity.ethernetMac, links.ethernet ?? setup.device.network.ethernet.cableConnected);
  if (setup.device.network.wifi.present) add('wifi', identity.wifiMac, links.wifi ?? false);
  return out;
}

/** Every class the simulator answers, by namespace then class name. */
export interface WmiView {
  'root\\cimv2': {
    Win32_BIOS: Win32Bios[];
    Win32_ComputerSystem: Win32ComputerSystem[];
    Win32_ComputerSystemProduct: Win32ComputerSystemProduct[];
    Win32_SystemEnclosure: Win32SystemEnclosure[];
    Win32_DiskDrive: Win32DiskDrive[];
    Win32_NetworkAdapter: Win32NetworkAdapter[];
  };
  'root\\CIMV2\\Security\\MicrosoftTpm': { Win32_Tpm: Win32Tpm[] };
}

export function buildWmi(setup: DeviceSetup, identity: DeviceIdentity, options: WmiOptions): WmiView {
  const tpm = win32Tpm(setup.device.tpm);
  return {
    [CIMV2_NAMESPACE]: {
      Win32_BIOS: [win32Bios(setup, identity)],
      Win32_ComputerSystem: [win32ComputerSystem(setup, identity, options)],
      Win32_ComputerSystemProduct: [win32ComputerSystemProduct(setup, identity)],
      Win32_SystemEnclosure: [win32SystemEnclosure(setup, identity)],
      Win32_DiskDrive: win32DiskDrive(setup, identity),
      Win32_NetworkAdapter: win32NetworkAdapter(setup, identity, options.links),
    },
    [TPM_NAMESPACE]: { Win32_Tpm: tpm ? [tpm] : [] },
  };
}

/**
 * Instances of a class, looked up case-insensitively like WMI does (`win32_bios` works, and so do
 * `root/cimv2` and `ROOT\CIMV2`). Null when the namespace or class doesn't exist (WMI's
 * "Invalid namespace" / "Invalid class"); an empty list when it exists with no instances.
 */
export function queryWmi(view: WmiView, className: string, namespace = CIMV2_NAMESPACE): object[] | null {
  const ns = namespace.replace(/\//g, '\\').toUpperCase();
  const nsKey = Object.keys(view).find((k) => k.toUpperCase() === ns);
  if (nsKey === undefined) return null;
  const classes = view[nsKey as keyof WmiView] as Record<string, object[]>;
  const classKey = Object.keys(classes).find((k) => k.toUpperCase() === className.toUpperCase());
  return classKey === undefined ? null : classes[classKey]!.map((i) => ({ ...i }));
}
