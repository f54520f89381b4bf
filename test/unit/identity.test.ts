import { describe, it, expect } from 'vitest';
import { deviceSetupSchema, type DeviceSetupInput } from '../../shared/device-setup';
import { deriveIdentity, formatMac, randomDigits } from '../../electron/core/hardware/identity';
import {
  decodeHardwareHash,
  fromBase64,
  HARDWARE_HASH_BYTES,
  isPaddedBase64,
  padBase64,
  toBase64,
} from '../../electron/core/hardware/hardware-hash';

/** Hardware input as the tests write it (flat); the setup nests it under `device`. */
type HwInput = { seed?: number } & NonNullable<DeviceSetupInput['device']>;
const setup = ({ seed, ...device }: HwInput = {}) => deviceSetupSchema.parse({ seed, device });

describe('deriveIdentity', () => {
  it('gives the same identity for the same seed', () => {
    expect(deriveIdentity(setup({ seed: 42 }))).toEqual(deriveIdentity(setup({ seed: 42 })));
  });

  it('gives a different value in every derived field for a different seed', () => {
    const a = deriveIdentity(setup({ seed: 1 }));
    const b = deriveIdentity(setup({ seed: 2 }));
    for (const field of [
      'serialNumber',
      'uuid',
      'ethernetMac',
      'wifiMac',
      'diskSerial',
      'ekPub',
      'productKeyId',
      'hardwareHash',
    ] as const) {
      expect(a[field], field).not.toBe(b[field]);
    }
  });

  it('honours the serial number, UUID and disk serial the setup gives', () => {
    const id = deriveIdentity(
      setup({
        seed: 1,
        smbios: { serialNumber: 'PF3ABCDE', uuid: '4c4c4544-0042-3510-8052-b4c04f563432' },
        disk: { serialNumber: 'S4EWNX0R123456' },
      }),
    );
    expect(id.serialNumber).toBe('PF3ABCDE');
    expect(id.uuid).toBe('4C4C4544-0042-3510-8052-B4C04F563432');
    expect(id.diskSerial).toBe('S4EWNX0R123456');
    const fields = decodeHardwareHash(id.hardwareHash);
    expect(fields.SmbiosSystemSerialNumber).toBe('PF3ABCDE');
    expect(fields.SmbiosUuid).toBe('4C4C4544-0042-3510-8052-B4C04F563432');
    expect(fields.DiskSerialNumber).toBe('S4EWNX0R123456');
  });

  it('keeps other fields stable when one is given explicitly', () => {
    const derived = deriveIdentity(setup({ seed: 9 }));
    const explicit = deriveIdentity(setup({ seed: 9, smbios: { serialNumber: 'GIVEN12345' } }));
    expect(explicit.uuid).toBe(derived.uuid);
    expect(explicit.ethernetMac).toBe(derived.ethernetMac);
    expect(explicit.hardwareHash).not.toBe(derived.hardwareHash);
  });

  it('formats identities as Windows shows them', () => {
    const id = deriveIdentity(setup({ seed: 3 }));
    expect(id.serialNumber).toMatch(/^[0-9A-HJ-NP-Z]{10}$/);
    expect(id.uuid).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/);
    for (const mac of [id.ethernetMac, id.wifiMac]) {
      expect(mac).toMatch(/^[0-9A-F]{2}(-[0-9A-F]{2}){5}$/);
      // Locally administered, unicast: bit 1 set, bit 0 clear in the first octet.
      expect(parseInt(mac.slice(0, 2), 16) & 0b11).toBe(0b10);
    }
    expect(id.ethernetMac).not.toBe(id.wifiMac);
    // The default disk is an NVMe drive: EUI-64 in groups of four with a trailing period.
    expect(id.diskSerial).toMatch(/^[0-9A-F]{4}(_[0-9A-F]{4}){3}\.$/);
    expect(id.productKeyId).toMatch(/^[1-9]\d{12}$/);
    const ek = fromBase64(id.ekPub!);
    expect(ek.length).toBe(256);
    expect(ek[0]! & 0x80).toBe(0x80);
  });

  it('gives a VM Hyper-V style serial numbers and MACs', () => {
    const id = deriveIdentity(setup({ seed: 3, smbios: { virtualMachine: true } }));
    expect(id.serialNumber).toMatch(/^\d{4}-\d{4}-\d{4}-\d{4}-\d{4}-\d{4}-\d{2}$/);
    expect(id.ethernetMac.startsWith('00-15-5D-')).toBe(true);
    expect(id.wifiMac.startsWith('00-15-5D-')).toBe(true);
  });

  it('has no EK without a TPM', () => {
    const id = deriveIdentity(setup({ tpm: { presence: 'absent' } }));
    expect(id.ekPub).toBeNull();
    const fields = decodeHardwareHash(id.hardwareHash);
    expect(fields.TPM).toBeUndefined();
    expect(fields.EkPub).toBeUndefined();
  });

  it('derives a new EK when the TPM vendor changes (a TPM swap)', () => {
    const ifx = deriveIdentity(setup({ seed: 5, tpm: { manufacturerId: 'IFX' } }));
    const ntc = deriveIdentity(setup({ seed: 5, tpm: { manufacturerId: 'NTC' } }));
    expect(ifx.ekPub).not.toBe(ntc.ekPub);
    expect(ifx.serialNumber).toBe(ntc.serialNumber);
  });
});

describe('hardware hash', () => {
  it('is 4096 bytes of unpadded Base64 that starts like Windows’ hashes', () => {
    const { hardwareHash } = deriveIdentity(setup({ seed: 11 }));
    expect(hardwareHash).toMatch(/^[A-Za-z0-9+/]+$/);
    expect(hardwareHash.length).toBe(5462);
    // 'OA' magic, a length, version 1 and a 28-byte header, as the docs' sample `T0HLAQEAHAAA…` starts.
    expect(hardwareHash).toMatch(/^T0[E-H][A-Za-z0-9+/]AQEAHAAAAAA/);
    expect(isPaddedBase64(hardwareHash)).toBe(false);
    const padded = padBase64(hardwareHash);
    expect(padded).toBe(`${hardwareHash}==`);
    expect(isPaddedBase64(padded)).toBe(true);
    expect(fromBase64(padded).length).toBe(HARDWARE_HASH_BYTES);
    expect(fromBase64(hardwareHash)).toEqual(fromBase64(padded));
  });

  it('is identical for the same setup and different for another seed', () => {
    expect(deriveIdentity(setup({ seed: 11 })).hardwareHash).toBe(deriveIdentity(setup({ seed: 11 })).hardwareHash);
    expect(deriveIdentity(setup({ seed: 11 })).hardwareHash).not.toBe(deriveIdentity(setup({ seed: 12 })).hardwareHash);
  });

  it('carries the fields the docs list', () => {
    const s = setup({ seed: 4 });
    const id = deriveIdentity(s);
    expect(decodeHardwareHash(id.hardwareHash)).toEqual({
      SmbiosSystemManufacturer: s.device.smbios.manufacturer,
      SmbiosSystemProductName: s.device.smbios.model,
      SmbiosSystemSerialNumber: id.serialNumber,
      SmbiosSkuNumber: s.device.smbios.skuNumber,
      SmbiosSystemFamily: s.device.smbios.systemFamily,
      MacAddress: [id.ethernetMac, id.wifiMac],
      SmbiosUuid: id.uuid,
      DiskSerialNumber: id.diskSerial,
      TPM: '2.0',
      EkPub: id.ekPub,
      ProductKeyID: id.productKeyId,
    });
  });

  it('uses only the NICs the device has', () => {
    const id = deriveIdentity(
      setup({ network: { ethernet: { present: false, cableConnected: false, internet: true } } }),
    );
    expect(decodeHardwareHash(id.hardwareHash).MacAddress).toEqual([id.wifiMac]);
  });

  it('pads Base64 the way the service expects, and refuses impossible lengths', () => {
    expect(padBase64('QQ')).toBe('QQ==');
    expect(padBase64('QUI')).toBe('QUI=');
    expect(padBase64('QUJD')).toBe('QUJD');
    expect(padBase64('QQ==')).toBe('QQ==');
    expect(() => padBase64('QUJDR')).toThrow('Invalid length for a Base-64 char array or string.');
    expect(toBase64(new Uint8Array([0x4f, 0x41]), false)).toBe('T0E');
    expect(toBase64(new Uint8Array([0x4f, 0x41]))).toBe('T0E=');
  });
});

describe('helpers', () => {
  it('formats MACs in each notation', () => {
    expect(formatMac('02-1a-2b-3c-4d-5e', 'colon')).toBe('02:1A:2B:3C:4D:5E');
    expect(formatMac('02:1A:2B:3C:4D:5E', 'dash')).toBe('02-1A-2B-3C-4D-5E');
    expect(formatMac('02-1A-2B-3C-4D-5E', 'bare')).toBe('021A2B3C4D5E');
    expect(formatMac('021A2B3C4D5E', 'dash')).toBe('02-1A-2B-3C-4D-5E');
  });

  it('draws %RAND:x% digits deterministically', () => {
    expect(randomDigits(1, 'device-name', 5)).toMatch(/^\d{5}$/);
    expect(randomDigits(1, 'device-name', 5)).toBe(randomDigits(1, 'device-name', 5));
    expect(randomDigits(1, 'device-name', 8)).not.toBe(randomDigits(2, 'device-name', 8));
  });
});
