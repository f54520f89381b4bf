/** The device's hardware identity: what the firmware, the NICs, the disk and the TPM report (derived in identity.ts). */
export interface DeviceIdentity {
  /** SMBIOS Type 1 serial number (Win32_BIOS.SerialNumber). */
  serialNumber: string;
  /** SMBIOS UUID, uppercase as Win32_ComputerSystemProduct.UUID shows it. */
  uuid: string;
  /** Permanent MAC addresses in `getmac` form, `XX-XX-XX-XX-XX-XX`. */
  ethernetMac: string;
  wifiMac: string;
  /** The system disk's serial number (Win32_DiskDrive.SerialNumber). */
  diskSerial: string;
  /** Base64 of the TPM endorsement key's 2048-bit RSA modulus; null without a TPM. */
  ekPub: string | null;
  /** The OA3 Product Key ID of the firmware-injected key (13 digits). */
  productKeyId: string;
  /** The 4K hardware hash as Windows emits it: unpadded Base64. */
  hardwareHash: string;
}
