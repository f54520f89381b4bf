import { z } from 'zod';
import { diskSchema, smbiosSchema, tpmSchema, usbDriveSchema } from './hardware';
import { adaptersSchema } from './network';

/** A local account on the device (lusrmgr's name and password; `administrator` = member of Administrators). */
export const localAccountSchema = z
  .object({
    name: z
      .string()
      .regex(/^[^\\/"[\]:;|=,+*?<>@]{1,20}$/, 'a local user name of at most 20 characters, such as "ITAdmin"'),
    password: z.string().min(1),
    administrator: z.boolean().default(false),
  })
  .strict();

/** The physical device and the state it is in when it is first switched on. */
export const deviceSchema = z
  .object({
    smbios: smbiosSchema.default(smbiosSchema.parse({})),
    tpm: tpmSchema.default(tpmSchema.parse({})),
    disk: diskSchema.default(diskSchema.parse({})),
    usbDrives: z.array(usbDriveSchema).default([]),
    /** Adapters, the cable and the Wi-Fi networks in range at first boot. */
    network: adaptersSchema.default(adaptersSchema.parse({})),
    /** Preset of the region and keyboard pages (what OOBE proposes). */
    region: z.string().default('United States'),
    keyboard: z.string().default('US'),
    /** Firmware clock offset from network time, in ms (positive = ahead; errors.md: clock far off). */
    clockDriftMs: z
      .number()
      .int()
      .min(-10 * 365 * 86_400_000)
      .max(10 * 365 * 86_400_000)
      .default(0),
    /** Network time when the device is first switched on (ISO 8601, UTC): the virtual clock's epoch. */
    startTime: z.string().datetime().default('2026-11-02T09:00:00Z'),
    /** Windows time zone id (Set-TimeZone -Id); device preparation known issue K5 fails outside UTC. */
    timeZone: z.string().min(1).default('UTC'),
    /** Fresh from the OEM, reimaged by IT, or an existing domain-joined device with a Configuration Manager client. */
    existingState: z.enum(['oem-fresh', 'reimaged', 'domain-joined-configmgr']).default('oem-fresh'),
    /** Local accounts on the device (a local administrator triggers a local Autopilot Reset: provisioning-modes.md §4.3). */
    localAccounts: z.array(localAccountSchema).default([]),
    /** Windows Recovery Environment: Autopilot Reset needs it configured and enabled (provisioning-modes.md §4.5). */
    winre: z.enum(['enabled', 'disabled', 'missing']).default('enabled'),
    /** Windows Hello biometric hardware: a face-recognition (IR) camera, a fingerprint reader (oobe-ui.md §22). */
    biometrics: z
      .object({ faceCamera: z.boolean().default(false), fingerprintReader: z.boolean().default(false) })
      .strict()
      .default({ faceCamera: false, fingerprintReader: false }),
  })
  .strict();

export const windowsSchema = z
  .object({
    version: z.enum(['10', '11']).default('11'),
    edition: z
      .enum(['Pro', 'Pro Education', 'Pro for Workstations', 'Enterprise', 'Education', 'Enterprise LTSC'])
      .default('Pro'),
    build: z
      .string()
      .regex(/^\d{5}\.\d+$/, 'a build such as "26100.2894"')
      .default('26100.2894'),
  })
  .strict();

export const registrationSchema = z
  .object({
    /** The hardware hash was imported (or the OEM registered the device). */
    registered: z.boolean().default(true),
    /** Which tenant the device is registered to: this scenario's, or another organization's. */
    tenant: z.enum(['this', 'other']).default('this'),
    groupTag: z.string().max(64).optional(),
    /** UPN of the assigned user (must be one of the tenant's users). */
    assignedUser: z.string().optional(),
    /** Intune's "Profile status" ("Unassigned" in one article: user-driven.md §9.3). */
    profileStatus: z
      .enum(['Not assigned', 'Assigning', 'Assigned', 'Fix pending', 'Attention required'])
      .default('Assigned'),
  })
  .strict();

export const updatesSchema = z
  .object({
    /** A critical (ZDP) update applies at OOBE; `restart` makes the device reboot once it is installed. */
    available: z.boolean().default(false),
    downloadMs: z
      .number()
      .int()
      .min(0)
      .max(6 * 3_600_000)
      .default(90_000),
    restart: z.boolean().default(true),
  })
  .strict();
