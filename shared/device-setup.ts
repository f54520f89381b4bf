import { z } from 'zod';

/**
 * What a device is made of before it is switched on: hardware, network, registration, tenant
 * and profile. A scenario file (issue 3) embeds one of these; the core builds a device from it.
 * Identity fields left out are derived from `seed`, so the same seed always gives the same device.
 */

export const SERVICE_ENDPOINTS = [
  'ztd.dds.microsoft.com',
  'cs.dds.microsoft.com',
  'login.microsoftonline.com',
  'login.live.com',
  'enterpriseregistration.windows.net',
  'enrollment.manage.microsoft.com',
  'time.windows.com',
  'www.msftconnecttest.com',
  'lgmsapewe.blob.core.windows.net',
] as const;
export const serviceEndpointSchema = z.enum(SERVICE_ENDPOINTS);
export type ServiceEndpoint = z.infer<typeof serviceEndpointSchema>;

export const windowsSchema = z.object({
  version: z.enum(['10', '11']).default('11'),
  edition: z
    .enum(['Pro', 'Pro Education', 'Pro for Workstations', 'Enterprise', 'Education', 'Enterprise LTSC'])
    .default('Pro'),
  build: z.string().regex(/^\d{5}\.\d+$/, 'a build like "26100.2894"').default('26100.2894'),
});

export const smbiosSchema = z.object({
  manufacturer: z.string().min(1).default('Contoso Devices'),
  model: z.string().min(1).default('Contoso Laptop 14'),
  systemFamily: z.string().default('Contoso Laptop'),
  skuNumber: z.string().default('CL14-2026'),
  /** Left out: derived from the seed. */
  serialNumber: z.string().min(1).optional(),
  /** Left out: derived from the seed. */
  uuid: z.string().uuid().optional(),
  biosVendor: z.string().default('Contoso Firmware'),
  biosVersion: z.string().default('1.12.0'),
  biosReleaseDate: z.string().regex(/^\d{8}$/, 'YYYYMMDD').default('20260315'),
  /** SMBIOS chassis type numbers as Win32_SystemEnclosure.ChassisTypes reports them (10 = Notebook). */
  chassisType: z.number().int().min(1).max(36).default(10),
  virtualMachine: z.boolean().default(false),
  processors: z.number().int().min(1).default(8),
  memoryGb: z.number().min(1).default(16),
});

export const TPM_FAULTS = [
  'none',
  'attestation-timeout',
  'max-attestation-retry-exceeded',
  'kb5013943-missing',
  'vulnerable-firmware',
  'amd-ftpm-element-not-found',
] as const;

export const tpmSchema = z.object({
  presence: z.enum(['absent', '1.2', '2.0']).default('2.0'),
  /** The vendor's ASCII id as Win32_Tpm.ManufacturerIdTxt shows it (IFX, NTC, STM, INTC, AMD …). */
  manufacturerId: z.string().min(1).max(4).default('IFX'),
  manufacturerVersion: z.string().default('15.23.17821.0'),
  ready: z.boolean().default(true),
  owned: z.boolean().default(true),
  ekCertificatePresent: z.boolean().default(true),
  attestationSupported: z.boolean().default(true),
  reducedFunctionalityMode: z.boolean().default(false),
  fault: z.enum(TPM_FAULTS).default('none'),
});

export const wifiNetworkSchema = z.object({
  ssid: z.string().min(1).max(32),
  security: z.enum(['Open', 'WPA2-Personal', 'WPA3-Personal', 'WPA2-Enterprise']).default('WPA2-Personal'),
  password: z.string().optional(),
  /** Signal strength in bars, 1–4. */
  signal: z.number().int().min(1).max(4).default(4),
  internet: z.boolean().default(true),
});

export const networkSchema = z.object({
  ethernet: z
    .object({ present: z.boolean().default(true), cableConnected: z.boolean().default(false), internet: z.boolean().default(true) })
    .default({ present: true, cableConnected: false, internet: true }),
  wifi: z
    .object({ present: z.boolean().default(true), networks: z.array(wifiNetworkSchema).default([]) })
    .default({ present: true, networks: [] }),
  /** Endpoints that are cut (firewall, DNS); everything else is reachable once there is internet. */
  blockedEndpoints: z.array(serviceEndpointSchema).default([]),
  proxy: z.string().optional(),
  latencyMs: z.number().int().min(0).max(10_000).default(40),
});

export const diskSchema = z.object({
  model: z.string().default('Contoso NVMe SSD 512GB'),
  serialNumber: z.string().optional(),
  sizeGb: z.number().int().min(16).default(512),
});

export const deploymentProfileSchema = z.object({
  name: z.string().min(1).default('Autopilot user-driven'),
  deploymentMode: z.enum(['user-driven', 'self-deploying']).default('user-driven'),
  joinType: z.enum(['entra', 'hybrid']).default('entra'),
  /** "Language (Region)": "os-default" for "Operating system default", else a language tag. */
  language: z.string().default('os-default'),
  automaticallyConfigureKeyboard: z.boolean().default(false),
  licenseTerms: z.enum(['show', 'hide']).default('hide'),
  privacySettings: z.enum(['show', 'hide']).default('hide'),
  hideChangeAccountOptions: z.boolean().default(true),
  userAccountType: z.enum(['administrator', 'standard']).default('standard'),
  allowPreProvisionedDeployment: z.boolean().default(false),
  deviceNameTemplate: z.string().optional(),
});

export const tenantSchema = z.object({
  id: z.string().uuid().default('5f1c7a3e-2b8d-4c6a-9e0f-3d2a1b4c5e6f'),
  name: z.string().min(1).default('Contoso'),
  domain: z.string().min(3).default('contoso.onmicrosoft.com'),
  branding: z
    .object({
      configured: z.boolean().default(true),
      /** A path under assets/ or a data: URL; missing means no logo. */
      logo: z.string().optional(),
      signInText: z.string().max(256).default(''),
    })
    .default({ configured: true, signInText: '' }),
});

export const registrationSchema = z.object({
  registered: z.boolean().default(true),
  groupTag: z.string().optional(),
  assignedUser: z.string().optional(),
  profileStatus: z.enum(['Not assigned', 'Assigning', 'Assigned', 'Fix pending', 'Attention required']).default('Assigned'),
});

export const updatesSchema = z.object({
  /** A critical (ZDP) update found at OOBE; `restart` makes the device reboot once it is installed. */
  available: z.boolean().default(false),
  downloadMs: z.number().int().min(0).default(90_000),
  restart: z.boolean().default(true),
});

export const deviceSetupSchema = z.object({
  seed: z.number().int().min(0).max(2 ** 32 - 1).default(1),
  windows: windowsSchema.default(windowsSchema.parse({})),
  smbios: smbiosSchema.default(smbiosSchema.parse({})),
  tpm: tpmSchema.default(tpmSchema.parse({})),
  disk: diskSchema.default(diskSchema.parse({})),
  network: networkSchema.default(networkSchema.parse({})),
  /** Firmware clock offset from network time, in ms (positive = ahead). */
  clockDriftMs: z.number().int().default(0),
  /** Virtual epoch: the network time when the device is first switched on (ISO 8601, UTC). */
  startTime: z.string().datetime().default('2026-11-02T09:00:00Z'),
  region: z.string().default('United States'),
  keyboard: z.string().default('US'),
  registration: registrationSchema.default(registrationSchema.parse({})),
  tenant: tenantSchema.default(tenantSchema.parse({})),
  profile: deploymentProfileSchema.optional(),
  updates: updatesSchema.default(updatesSchema.parse({})),
});

export type DeviceSetup = z.infer<typeof deviceSetupSchema>;
export type DeviceSetupInput = z.input<typeof deviceSetupSchema>;
export type DeploymentProfile = z.infer<typeof deploymentProfileSchema>;
export type WifiNetworkSetup = z.infer<typeof wifiNetworkSchema>;
export type TpmFault = (typeof TPM_FAULTS)[number];
