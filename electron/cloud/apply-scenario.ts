import type { DeviceSetup } from '../../shared/device-setup';
import {
  copyJson,
  registerScenarioDevice,
  type DeviceIdentityForCloud,
  type Directory,
  type TenantState,
} from './tenant-state';

/** Replaces the entries of `current` that `incoming` has (same key), appends the new ones, keeps the rest in order. */
function mergeBy<T>(current: readonly T[], incoming: readonly T[], key: (item: T) => string): T[] {
  const byKey = new Map(incoming.map((item) => [key(item), copyJson(item)]));
  const merged = current.map((item) => {
    const replacement = byKey.get(key(item));
    byKey.delete(key(item));
    return replacement ?? item;
  });
  return [...merged, ...byKey.values()];
}

/**
 * The Entra ID side: users by UPN (case-insensitive), groups by name (the schema's only id),
 * corporate identifiers by serial number, each scenario-wins; entries the scenario does not list
 * stay (an admin's additions, other devices' users). Every other directory setting (name,
 * domains, branding, device limits, MDM scope, Windows Hello…) has a value in any parsed scenario
 * (its default if the file leaves it out), so the scenario's value wins. The on-premises Active
 * Directory is an optional block: a scenario without one leaves the organization's as it is.
 */
function mergeDirectory(current: Directory, incoming: Directory): Directory {
  const next: Directory = { ...copyJson(incoming) };
  next.users = mergeBy(current.users, incoming.users, (u) => u.upn.toLowerCase());
  next.groups = mergeBy(current.groups, incoming.groups, (g) => g.name);
  next.corporateIdentifiers = mergeBy(current.corporateIdentifiers, incoming.corporateIdentifiers, (c) =>
    c.serialNumber.toLowerCase(),
  );
  if (!incoming.activeDirectory && current.activeDirectory) next.activeDirectory = current.activeDirectory;
  if (!incoming.configManager && current.configManager) next.configManager = current.configManager;
  return next;
}

/**
 * A scenario loaded into a tenant other devices already use (one app instance has one live
 * tenant: docs/ARCHITECTURE.md "One tenant per app instance"). What the scenario defines wins, by
 * identity; what it does not define stays, so an admin's earlier changes to other entities and
 * other devices' Entra device objects, Intune records and Configuration Manager clients survive.
 *
 * - Entra ID directory: see `mergeDirectory`.
 * - Intune policies (deployment profile, ESP, device preparation, co-management, domain join,
 *   restrictions, kiosk): the scenario's `policies` block replaces the tenant's as a whole. A device
 *   gets the tenant's whole policy set at enrollment (services/intune.ts), and a scenario's block is
 *   its deployment design, down to a policy it leaves out on purpose (a device with no profile); a
 *   policy kept from an earlier scenario would change the new device's run.
 * - Autopilot: the scenario's device record, by serial number: added or replaced when the scenario
 *   says the device is registered, removed when it says it is not.
 * - Configuration Manager: the scenario's site settings replace the tenant's (its registered
 *   clients stay); a scenario without a site leaves the tenant's.
 */
export function applyScenarioToTenant(state: TenantState, setup: DeviceSetup, device: DeviceIdentityForCloud): void {
  state.entra.directory = mergeDirectory(state.entra.directory, setup.tenant);
  state.intune.policies = copyJson(setup.policies);
  if (setup.tenant.configManager) {
    state.configManager = { setup: copyJson(setup.tenant.configManager), clients: state.configManager?.clients ?? [] };
  }
  state.autopilot.devices = state.autopilot.devices.filter((d) => d.serialNumber !== device.serialNumber);
  registerScenarioDevice(state, setup, device);
}

/**
 * A device that is gone from the app (a session put another device in its place) leaves the
 * tenant's live records of it: its Entra device object, Intune device record, pending remote
 * actions and Configuration Manager client. Its Autopilot record stays: that is the OEM's import,
 * not the device's doing. Without this, each scenario a trainer loads would leave one more device
 * object behind for the same user, and the scenarios' per-user device limits (801c0003, Intune's
 * enrollment limit) would trip earlier than each scenario is written to.
 */
export function retireDevice(state: TenantState, serialNumber: string): void {
  const other = (d: { serialNumber: string }) => d.serialNumber !== serialNumber;
  state.entra.deviceObjects = state.entra.deviceObjects.filter(other);
  state.intune.managedDevices = state.intune.managedDevices.filter(other);
  state.intune.pendingActions = state.intune.pendingActions.filter(other);
  if (state.configManager) state.configManager.clients = state.configManager.clients.filter(other);
}
