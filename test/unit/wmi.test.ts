import { describe, it, expect } from 'vitest';
import { deviceSetupSchema, type DeviceSetupInput } from '../../shared/device-setup';
import { deriveIdentity } from '../../electron/core/hardware/identity';
import { buildWmi, cimDateTime, diskSizeBytes, queryWmi, type WmiOptions } from '../../electron/core/hardware/wmi';

/** Hardware input as the tests write it (flat); the setup nests it under `device`. */
type HwInput = { seed?: number } & NonNullable<DeviceSetupInput['device']>;
const setup = ({ seed, ...device }: HwInput = {}) => deviceSetupSchema.parse({ seed, device });
const view = (input: HwInput = {}, options: WmiOptions = { computerName: 'DESKTOP-7K2QF9B' }) => {
  const s = setup(input);
  const id = deriveIdentity(s);
  return { s, id, wmi: buildWmi(s, id, options) };
};

describe('WMI', () => {
  it('builds Win32_BIOS from the firmware settings', () => {
    const { id, wmi } = view({
      smbios: { biosVendor: 'Contoso Firmware', biosVersion: '1.12.0', biosReleaseDate: '20260315' },
    });
    expect(wmi['root\\cimv2'].Win32_BIOS).toEqual([
      {
        Manufacturer: 'Contoso Firmware',
        Name: '1.12.0',
        SMBIOSBIOSVersion: '1.12.0',
        SerialNumber: id.serialNumber,
        ReleaseDate: '20260315000000.000000+000',
        Version: 'CONTOS - 1120',
      },
    ]);
    expect(cimDateTime('20240101')).toBe('20240101000000.000000+000');
  });

  it('builds Win32_ComputerSystem with the name and workgroup', () => {
    const { wmi } = view({ smbios: { memoryGb: 16, processors: 8 } });
    const cs = wmi['root\\cimv2'].Win32_ComputerSystem[0]!;
    expect(cs).toMatchObject({
      Manufacturer: 'Contoso Devices',
      Model: 'Contoso Laptop 14',
      SystemFamily: 'Contoso Laptop',
      SystemSKUNumber: 'CL14-2026',
      NumberOfProcessors: 1,
      NumberOfLogicalProcessors: 8,
      HypervisorPresent: false,
      Name: 'DESKTOP-7K2QF9B',
      Domain: 'WORKGROUP',
      PartOfDomain: false,
    });
    expect(cs.TotalPhysicalMemory).toBeLessThan(16 * 2 ** 30);
    expect(cs.TotalPhysicalMemory).toBeGreaterThan(15.5 * 2 ** 30);
    expect(cs.TotalPhysicalMemory % 4096).toBe(0);
  });

  it('reports a domain after a hybrid join and a hypervisor on a VM', () => {
    const joined = view({}, { computerName: 'CONTOSO-0042', domain: 'corp.contoso.com' }).wmi['root\\cimv2']
      .Win32_ComputerSystem[0]!;
    expect(joined).toMatchObject({ Domain: 'corp.contoso.com', PartOfDomain: true, Workgroup: null });
    const vm = view({ smbios: { virtualMachine: true } }).wmi['root\\cimv2'].Win32_ComputerSystem[0]!;
    expect(vm.HypervisorPresent).toBe(true);
    expect(vm.Model).toBe('Contoso Laptop 14');
  });

  it('builds the product, enclosure and disk views', () => {
    const { id, wmi } = view();
    expect(wmi['root\\cimv2'].Win32_ComputerSystemProduct[0]).toEqual({
      IdentifyingNumber: id.serialNumber,
      Name: 'Contoso Laptop 14',
      UUID: id.uuid,
      Vendor: 'Contoso Devices',
      Version: '',
    });
    expect(wmi['root\\cimv2'].Win32_SystemEnclosure[0]).toEqual({
      ChassisTypes: [10],
      SerialNumber: id.serialNumber,
      Manufacturer: 'Contoso Devices',
    });
    expect(wmi['root\\cimv2'].Win32_DiskDrive[0]).toMatchObject({
      DeviceID: '\\\\.\\PHYSICALDRIVE0',
      Model: 'Contoso NVMe SSD 512GB',
      SerialNumber: id.diskSerial,
      Size: 512_105_932_800,
    });
    expect(diskSizeBytes(256, false)).toBe(256_052_966_400);
  });

  it('lists the NICs with colon MACs and link state', () => {
    const { id, wmi } = view({ network: { ethernet: { present: true, cableConnected: true, internet: true } } });
    const nics = wmi['root\\cimv2'].Win32_NetworkAdapter;
    expect(nics.map((n) => [n.NetConnectionID, n.MACAddress, n.NetConnectionStatus])).toEqual([
      ['Ethernet', id.ethernetMac.replace(/-/g, ':'), 2],
      ['Wi-Fi', id.wifiMac.replace(/-/g, ':'), 7],
    ]);
    const vmNics = view({ smbios: { virtualMachine: true }, network: { wifi: { present: false, networks: [] } } }).wmi[
      'root\\cimv2'
    ].Win32_NetworkAdapter;
    expect(vmNics.map((n) => n.Name)).toEqual(['Microsoft Hyper-V Network Adapter']);
  });

  it('answers queries case-insensitively, including the TPM namespace', () => {
    const { wmi } = view();
    expect(queryWmi(wmi, 'win32_bios')).toHaveLength(1);
    expect(queryWmi(wmi, 'Win32_Tpm', 'root/cimv2/security/microsofttpm')).toHaveLength(1);
    expect(queryWmi(wmi, 'Win32_Nope')).toBeNull();
    expect(queryWmi(wmi, 'Win32_BIOS', 'root\\nope')).toBeNull();
    expect(
      queryWmi(view({ tpm: { presence: 'absent' } }).wmi, 'Win32_Tpm', 'ROOT\\CIMV2\\Security\\MicrosoftTpm'),
    ).toEqual([]);
  });

  it('is deterministic and plain JSON', () => {
    const a = view({ seed: 99 }).wmi;
    expect(view({ seed: 99 }).wmi).toEqual(a);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });
});
