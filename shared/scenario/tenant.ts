import { z } from 'zod';
import { configManagerSchema } from './config-manager';
import { windowsHelloSchema } from './windows-hello';

/** The organization's cloud tenant as the simulated services know it. */

export const userSchema = z
  .object({
    upn: z.string().regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'a user principal name such as megan@contoso.com'),
    displayName: z.string().min(1).optional(),
    password: z.string().min(1),
    /** An Intune (or EMS / Microsoft 365) licence: without one enrollment fails (errors.md B3, B9). */
    licensed: z.boolean().default(true),
    mfa: z.boolean().default(false),
    /** Entra administrators are always local administrators (user-driven.md §6.1). */
    entraAdmin: z.boolean().default(false),
    /** An on-premises account for hybrid join (DOMAIN\name). */
    onPremisesSamAccountName: z.string().optional(),
    /** Devices already joined by this user (Entra's per-user limit is 50 by default). */
    joinedDevices: z.number().int().min(0).default(0),
    /** Devices already enrolled in Intune by this user (the enrollment device limit). */
    enrolledDevices: z.number().int().min(0).default(0),
    /** The code the user's authenticator "receives" when MFA is on. */
    mfaCode: z
      .string()
      .regex(/^\d{6}$/, 'six digits')
      .default('123456'),
    /** Password of the on-premises account (hybrid join); defaults to the cloud password (synced). */
    onPremisesPassword: z.string().min(1).optional(),
  })
  .strict();

export const groupSchema = z
  .object({
    name: z.string().min(1),
    kind: z.enum(['user', 'device']).default('user'),
    membership: z.enum(['assigned', 'dynamic']).default('assigned'),
    /** Device groups for device preparation must be owned by "Intune Provisioning Client". */
    owners: z.array(z.string()).default([]),
    members: z.array(z.string()).default([]),
  })
  .strict();

export const brandingSchema = z
  .object({
    configured: z.boolean().default(true),
    /** Square logo: a file next to the scenario or under assets/, or a data: URL. */
    logo: z.string().optional(),
    backgroundColor: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/, 'a colour such as #0067b8')
      .optional(),
    /** "Sign-in page text" (at most 256 characters, oobe-ui.md §11). */
    signInText: z.string().max(256).default(''),
    usernameHint: z.string().max(64).optional(),
  })
  .strict();

export const tenantSchema = z
  .object({
    id: z.string().uuid().default('5f1c7a3e-2b8d-4c6a-9e0f-3d2a1b4c5e6f'),
    /** The organization name the branded sign-in page shows (the tenant's "Name" property). */
    name: z.string().min(1).default('Contoso'),
    /** Verified domains; the first is the initial *.onmicrosoft.com domain. */
    domains: z
      .array(z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i, 'a domain such as contoso.com'))
      .min(1)
      .default(['contoso.onmicrosoft.com']),
    branding: brandingSchema.default(brandingSchema.parse({})),
    users: z.array(userSchema).default([]),
    groups: z.array(groupSchema).default([]),
    /** Entra ID > Mobility (MDM and WIP) > Microsoft Intune > MDM user scope. */
    mdmUserScope: z.enum(['All', 'Some', 'None']).default('All'),
    /** "Users may join devices to Microsoft Entra". */
    usersMayJoinDevices: z.enum(['All', 'Selected', 'None']).default('All'),
    /** More than one MDM configuration in Entra ID (errors.md B7: 0xc1036501). */
    multipleMdmConfigurations: z.boolean().default(false),
    /** Entra's "Maximum number of devices per user" (default 50; errors.md B12). */
    deviceJoinLimit: z.number().int().min(1).max(1000).default(50),
    /** Intune's enrollment device limit per user (default 5, at most 15). */
    intuneDeviceLimit: z.number().int().min(1).max(15).default(5),
    /** A platform restriction blocks Windows MDM enrollment (errors.md B1: 0x80180014). */
    windowsEnrollmentBlocked: z.boolean().default(false),
    /**
     * Entra ID "Registering user is added as local administrator on the device during Microsoft Entra
     * join (Preview)": with a device preparation policy for Standard users, "Selected" or "None"
     * skips provisioning (device-preparation.md §1.8 B3, known issue K8).
     */
    entraLocalAdministrators: z.enum(['All', 'Selected', 'None']).default('All'),
    /** Intune enrollment restrictions block personally owned Windows devices: only corporate identifiers enroll. */
    personalDevicesBlocked: z.boolean().default(false),
    /** Corporate device identifiers uploaded to Intune (manufacturer, model, serial number). */
    corporateIdentifiers: z
      .array(
        z
          .object({ manufacturer: z.string().min(1), model: z.string().min(1), serialNumber: z.string().min(1) })
          .strict(),
      )
      .default([]),
    /** A Managed installer policy is Active (always for Education tenants): Win32 and Store apps are skipped during OOBE (device-preparation.md K3). */
    managedInstaller: z.enum(['Active', 'Inactive']).default('Inactive'),
    /** Intune's tenant-wide Windows Hello for Business setting and PIN rules (oobe-ui.md §22). */
    windowsHello: windowsHelloSchema.default(windowsHelloSchema.parse({})),
    /** The on-premises Active Directory for hybrid join, with the Intune Connector for Active Directory. */
    activeDirectory: z
      .object({
        /** FQDN, e.g. contoso.com. */
        domain: z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i, 'a fully qualified domain name such as contoso.com'),
        netbiosName: z.string().regex(/^[A-Z0-9-]{1,15}$/, 'an upper-case NetBIOS name such as CONTOSO'),
        /** ADFS single sign-on skips the Entra sign-in pages of Account setup (user-driven.md §3). */
        federation: z.enum(['managed', 'adfs']).default('managed'),
        connector: z
          .object({
            installed: z.boolean().default(true),
            /** Versions before 6.2501.2000.5 stop working after May 2025 (user-driven.md §5). */
            version: z
              .string()
              .regex(/^\d+\.\d+\.\d+\.\d+$/, 'a version such as 6.2501.2000.5')
              .default('6.2501.2000.5'),
            /** The connector's account may create computer objects in the OU (else joins stop after 10). */
            ouPermissionsDelegated: z.boolean().default(true),
            computersAlreadyJoined: z.number().int().min(0).default(0),
          })
          .strict()
          .default({
            installed: true,
            version: '6.2501.2000.5',
            ouPermissionsDelegated: true,
            computersAlreadyJoined: 0,
          }),
      })
      .strict()
      .optional(),
    /** The Configuration Manager site with its cloud management gateway (co-management, device-model.md §12). */
    configManager: configManagerSchema.optional(),
  })
  .strict();
