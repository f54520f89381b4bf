import { z } from 'zod';
import { TPM_FAULTS } from './hardware-constants';

/** The device's hardware, named after what Windows reports (Win32_BIOS, Win32_ComputerSystem, Win32_Tpm …). */

export const smbiosSchema = z
  .object({
    manufacturer: z.string().min(1).default('Contoso Devices'),
    model: z.string().min(1).default('Contoso Laptop 14'),
    systemFamily: z.string().default('Contoso Laptop'),
    skuNumber: z.string().default('CL14-2026'),
    /** Left out: derived from the seed. */
    serialNumber: z.string().min(1).max(64).optional(),
    /** Left out: derived from the seed. */
    uuid: z.string().uuid().optional(),
    biosVendor: z.string().default('Contoso Firmware'),
    biosVersion: z.string().default('1.12.0'),
    biosReleaseDate: z
      .string()
      .regex(/^\d{8}$/, 'a date as YYYYMMDD')
      .default('20260315'),
    /** SMBIOS chassis type as Win32_SystemEnclosure.ChassisTypes reports it (10 = Notebook, 3 = Desktop). */
    chassisType: z.number().int().min(1).max(36).default(10),
    /** A virtual machine: TPM attestation fails even with a virtual TPM (device-model.md §2). */
    virtualMachine: z.boolean().default(false),
    processors: z.number().int().min(1).max(256).default(8),
    memoryGb: z.number().min(1).max(4096).default(16),
  })
  .strict();

// The constants live in a zod-free module the renderer can import (issue 16); re-exported here for old importers.
export { TPM_FAULTS, type TpmFault } from './hardware-constants';

export const tpmSchema = z
  .object({
    presence: z.enum(['absent', '1.2', '2.0']).default('2.0'),
    /** The vendor's ASCII id as Win32_Tpm.ManufacturerIdTxt shows it (IFX, NTC, STM, INTC, AMD …). */
    manufacturerId: z.string().min(1).max(4).default('IFX'),
    manufacturerVersion: z.string().default('15.23.17821.0'),
    ready: z.boolean().default(true),
    owned: z.boolean().default(true),
    ekCertificatePresent: z.boolean().default(true),
    attestationSupported: z.boolean().default(true),
    reducedFunctionalityMode: z.boolean().default(false),
    /** A documented attestation failure this TPM produces (spec/errors.md C-rows). */
    fault: z.enum(TPM_FAULTS).default('none'),
  })
  .strict();

export const diskSchema = z
  .object({
    model: z.string().default('Contoso NVMe SSD 512GB'),
    serialNumber: z.string().optional(),
    sizeGb: z.number().int().min(16).max(65_536).default(512),
  })
  .strict();

export const usbDriveSchema = z
  .object({
    label: z.string().min(1).max(32),
    sizeGb: z.number().int().min(1).default(32),
    /** A Windows Configuration Designer provisioning package on the drive (Autopilot Reset applies it: provisioning-modes.md §4.2). */
    provisioningPackage: z
      .string()
      .regex(/^[^\\/:*?"<>|]+\.ppkg$/i, 'a file name ending in .ppkg, such as "Contoso.ppkg"')
      .optional(),
    /**
     * The package does not apply cleanly: the WIN ×5 menu's "Install provisioning package" ends on
     * "Setup completed with errors" (oobe-ui.md §14). Ignored without `provisioningPackage`.
     */
    provisioningPackageFails: z.boolean().default(false),
  })
  .strict();
