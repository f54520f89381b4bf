import type { DeviceSetup } from '../../../shared/device-setup';
import { Rng } from '../rng';
import type { DeviceIdentity } from './device-identity';
import { buildHardwareHash, toBase64 } from './hardware-hash';

/**
 * The device's hardware identity: what the firmware, the NICs, the disk and the TPM report.
 * Every field not given by the setup comes from its own seeded stream (`Rng.derive(seed, label)`),
 * so adding a field never shifts the others and the same setup always gives the same device.
 */
export type { DeviceIdentity };

/** Labels of the seeded streams; changing one changes every device's value for that field. */
const LABELS = {
  serial: 'smbios.serialNumber',
  uuid: 'smbios.uuid',
  ethernetMac: 'nic.ethernet.mac',
  wifiMac: 'nic.wifi.mac',
  disk: 'disk.serialNumber',
  productKeyId: 'oa3.productKeyId',
} as const;

/** OEM serials avoid I and O, which read as 1 and 0 on a label. */
const SERIAL_ALPHABET = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const HEX = '0123456789ABCDEF';

function hexByte(n: number): string {
  return n.toString(16).toUpperCase().padStart(2, '0');
}

/** Ten uppercase alphanumerics like an OEM service tag; a Hyper-V style serial on a VM. */
function deriveSerial(setup: DeviceSetup): string {
  const rng = Rng.derive(setup.seed, LABELS.serial);
  if (setup.device.smbios.virtualMachine) {
    // Hyper-V reports 30 characters: six groups of four digits and one of two.
    const groups = [4, 4, 4, 4, 4, 4, 2].map((n) => rng.digits(n));
    return groups.join('-');
  }
  return rng.chars(10, SERIAL_ALPHABET);
}

/** A random (version 4, RFC 4122 variant) GUID in uppercase. */
function deriveUuid(seed: number): string {
  const b = Rng.derive(seed, LABELS.uuid).bytes(16);
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = Array.from(b, hexByte).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** Microsoft's OUI, which Hyper-V uses for the virtual NICs it creates. */
const HYPER_V_OUI = [0x00, 0x15, 0x5d];

/**
 * MAC choice: a VM gets Hyper-V's 00-15-5D prefix, as a Hyper-V guest shows. A physical device gets
 * a locally administered unicast address (first octet x2, x6, xA or xE) rather than a real
 * vendor's OUI, so a simulated address can never be taken for, or collide with, real hardware.
 */
function deriveMac(seed: number, label: string, virtual: boolean, avoid?: string): string {
  const rng = Rng.derive(seed, label);
  for (;;) {
    const b = Array.from(rng.bytes(6));
    if (virtual) b.splice(0, 3, ...HYPER_V_OUI);
    else b[0] = (b[0]! & 0xfc) | 0x02;
    const mac = b.map(hexByte).join('-');
    if (mac !== avoid) return mac;
  }
}

/**
 * NVMe drives report their EUI-64 in groups of four hex digits with a trailing period
 * (`0025_3881_0A2B_4C5D.`); other drives a vendor string of uppercase alphanumerics.
 */
function deriveDiskSerial(setup: DeviceSetup): string {
  const rng = Rng.derive(setup.seed, LABELS.disk);
  if (/nvme/i.test(setup.device.disk.model)) {
    const groups = [0, 1, 2, 3].map(() => rng.chars(4, HEX));
    return `${groups.join('_')}.`;
  }
  return rng.chars(12, SERIAL_ALPHABET);
}

/**
 * The EK public key: a 2048-bit modulus (top bit set, odd) from the TPM's own stream. The label
 * carries the TPM vendor, so fitting a different TPM gives a different EK, as a TPM swap does.
 */
function deriveEkPub(setup: DeviceSetup): string | null {
  if (setup.device.tpm.presence === 'absent') return null;
  const modulus = Rng.derive(setup.seed, `tpm.ek:${setup.device.tpm.manufacturerId}`).bytes(256);
  modulus[0] = modulus[0]! | 0x80;
  modulus[255] = modulus[255]! | 0x01;
  return toBase64(modulus);
}

/** OA3 Product Key IDs are 13-digit numbers; the first digit is never 0. [UNVERIFIED format] */
function deriveProductKeyId(seed: number): string {
  const rng = Rng.derive(seed, LABELS.productKeyId);
  return `${1 + rng.int(9)}${rng.digits(12)}`;
}

/** Same field values as a MAC in another notation: `dash` (getmac, ipconfig), `colon` (WMI), `bare`. */
export function formatMac(mac: string, style: 'dash' | 'colon' | 'bare'): string {
  const octets = mac.toUpperCase().split(/[-:]/);
  const parts = octets.length === 6 ? octets : (mac.toUpperCase().match(/[0-9A-F]{2}/g) ?? []);
  return parts.join(style === 'dash' ? '-' : style === 'colon' ? ':' : '');
}

/**
 * `n` decimal digits from the stream `rand:<label>`, e.g. for the %RAND:x% macro of a device name
 * template. The prefix keeps these streams apart from the identity streams above.
 */
export function randomDigits(seed: number, label: string, n: number): string {
  return Rng.derive(seed, `rand:${label}`).digits(n);
}

/** Derives the full identity; fields the setup states explicitly win over derived ones. */
export function deriveIdentity(setup: DeviceSetup): DeviceIdentity {
  const virtual = setup.device.smbios.virtualMachine;
  const ethernetMac = deriveMac(setup.seed, LABELS.ethernetMac, virtual);
  const parts: Omit<DeviceIdentity, 'hardwareHash'> = {
    serialNumber: setup.device.smbios.serialNumber ?? deriveSerial(setup),
    uuid: (setup.device.smbios.uuid ?? deriveUuid(setup.seed)).toUpperCase(),
    ethernetMac,
    wifiMac: deriveMac(setup.seed, LABELS.wifiMac, virtual, ethernetMac),
    diskSerial: setup.device.disk.serialNumber ?? deriveDiskSerial(setup),
    ekPub: deriveEkPub(setup),
    productKeyId: deriveProductKeyId(setup.seed),
  };
  return { ...parts, hardwareHash: buildHardwareHash(setup, parts) };
}
