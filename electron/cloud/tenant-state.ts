import type { z } from 'zod';
import type { DeviceSetup } from '../../shared/device-setup';
import type { registrationSchema } from '../../shared/scenario/device';
import type { ConfigManagerSetup } from '../../shared/scenario/config-manager';

/** The scenario's `tenant` block: Entra ID's directory, its settings and the on-premises side. */
export type Directory = DeviceSetup['tenant'];
/** The scenario's `policies` block: what Intune holds for the device. */
export type Policies = DeviceSetup['policies'];
/** The scenario's `registration` block: how the device's Autopilot record looks. */
export type Registration = z.infer<typeof registrationSchema>;

/** One device in the Windows Autopilot deployment service, keyed by its serial number. */
export interface AutopilotRecord {
  serialNumber: string;
  /** The 4K hardware hash imported with the record (null when the OEM registered it without one we know). */
  hardwareHash: string | null;
  /** The ZTD ID the service gave the record when it was imported. */
  ztdId: string;
  /** Group tag, assigned user, owning tenant and profile status, in the scenario's shape. */
  registration: Omit<Registration, 'registered'>;
}

/** A device object in Microsoft Entra ID, created when a device joins. */
export interface EntraDeviceObject {
  /** The device's serial number: one object per device. */
  serialNumber: string;
  /** The user who joined it (null for a self-deploying, userless join). */
  upn: string | null;
}

/** A device record in Intune, created when a device enrolls. */
export interface ManagedDevice {
  serialNumber: string;
  upn: string | null;
  /** An existing Configuration Manager client its DeviceEnroller task enrolled (seed 002): absent for Autopilot enrollments. */
  coManagement?: CoManagedRecord;
}

/**
 * The Intune device entry of an auto-enrolled co-managed client (002:131: "a device entry will be
 * created in the Intune portal under Devices"): which credential enrolled it (the user's gives user
 * affinity, the device's AADDeviceCredentials none, 002:121-129), its join type (002:14-23), and the
 * remote actions an Intune admin can issue although every workload may still be on Configuration
 * Manager (002:138). The portal's column names and layout are not in the documents ([GAP], FIDELITY).
 */
export interface CoManagedRecord {
  enrolledWith: 'user' | 'device';
  userAffinity: boolean;
  joinType: 'Microsoft Entra hybrid joined';
  enrolledBy: 'Configuration Manager co-management auto-enrollment';
  remoteActions: ['lock', 'wipe', 'reset'];
}

/** A remote action an admin started in Intune; the device meets it at its next check-in. */
export interface RemoteAction {
  serialNumber: string;
  action: 'autopilot-reset' | 'sync';
}

/** A client the site knows: registered through the CMG with Microsoft Entra ID authentication. */
export interface ConfigManagerClient {
  serialNumber: string;
  /** "GUID:<guid>", as ClientIDManagerStartup.log reports it. */
  clientId: string;
}

/** The Configuration Manager site, its management point and cloud management gateway, and its clients. */
export interface ConfigManagerSite {
  setup: ConfigManagerSetup;
  clients: ConfigManagerClient[];
}

/**
 * The organization's cloud, as plain JSON with one owner (the runtime Session, or a test): Entra
 * ID, the Autopilot deployment service, Intune, the on-premises side and room for Configuration
 * Manager. Devices never read it directly: they call services (electron/cloud/services/) over
 * their emulated network and keep what the answers told them.
 */
export interface TenantState {
  /** Entra ID: users, licences, groups, device limits, MFA, branding, local-admin settings, and the on-premises Active Directory with its Intune Connector (`directory.activeDirectory`). */
  entra: { directory: Directory; deviceObjects: EntraDeviceObject[] };
  /** The Windows Autopilot deployment service. */
  autopilot: { devices: AutopilotRecord[] };
  /** Intune: the policies (deployment profile, ESP, device preparation, apps, scripts), device records, pending remote actions. */
  intune: { policies: Policies; managedDevices: ManagedDevice[]; pendingActions: RemoteAction[] };
  /** Configuration Manager site with its cloud management gateway (null: the organization has none). */
  configManager: ConfigManagerSite | null;
}

/** A plain-JSON deep copy: tenant state and device views never share objects. */
export function copyJson<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/** A deterministic ZTD ID for a serial number (FNV-1a, laid out as a lowercase GUID). */
export function ztdIdFor(serialNumber: string): string {
  let hex = '';
  for (let round = 0; hex.length < 32; round += 1) {
    let h = 0x811c9dc5 ^ round;
    for (const ch of `${serialNumber}#${round}`) {
      h ^= ch.charCodeAt(0);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    hex += h.toString(16).padStart(8, '0');
  }
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The device a scenario describes, as the tenant first knows it. */
export interface DeviceIdentityForCloud {
  serialNumber: string;
  hardwareHash: string;
}

/** The tenant's initial state from a scenario's `tenant`, `policies` and `registration` blocks. */
export function createTenantState(setup: DeviceSetup, device: DeviceIdentityForCloud): TenantState {
  const state: TenantState = {
    entra: { directory: copyJson(setup.tenant), deviceObjects: [] },
    autopilot: { devices: [] },
    intune: { policies: copyJson(setup.policies), managedDevices: [], pendingActions: [] },
    configManager: setup.tenant.configManager ? { setup: copyJson(setup.tenant.configManager), clients: [] } : null,
  };
  registerScenarioDevice(state, setup, device);
  return state;
}

/** A second device's scenario joins an existing tenant: its Autopilot record is added if the tenant has none. */
export function registerScenarioDevice(state: TenantState, setup: DeviceSetup, device: DeviceIdentityForCloud): void {
  if (!setup.registration.registered) return;
  if (state.autopilot.devices.some((d) => d.serialNumber === device.serialNumber)) return;
  const { registered: _registered, ...registration } = copyJson(setup.registration);
  state.autopilot.devices.push({
    serialNumber: device.serialNumber,
    hardwareHash: device.hardwareHash,
    ztdId: ztdIdFor(device.serialNumber),
    registration,
  });
}

/** The tenant's user by UPN (case-insensitive). */
export function tenantUser(state: TenantState, upn: string | null): Directory['users'][number] | null {
  if (!upn) return null;
  const wanted = upn.toLowerCase();
  return state.entra.directory.users.find((u) => u.upn.toLowerCase() === wanted) ?? null;
}

/** The Autopilot record of a serial number. */
export function autopilotRecord(state: TenantState, serialNumber: string): AutopilotRecord | null {
  return state.autopilot.devices.find((d) => d.serialNumber === serialNumber) ?? null;
}
