import type { DeviceState } from '../state';
import { findUser } from '../enrollment/users';

/**
 * Whether Windows Autopilot device preparation runs for the user who just signed in at OOBE
 * (device-preparation.md §1.8, §3.2, §3.3), and with which policy.
 */
export type DevicePrepDecision =
  /** No device preparation policy in the tenant: the stock flow, nothing to say. */
  | { kind: 'not-configured' }
  /** B1: a Windows Autopilot (v1) registration or profile wins; the ESP flow runs instead. */
  | { kind: 'v1-wins'; reason: string }
  /** B2: one of the documented "experience never launches" causes. */
  | { kind: 'never-launches'; reason: string }
  /** B3 / K8: Standard User policy with Entra local admin "Selected" or "None": provisioning is skipped. */
  | { kind: 'provisioning-skipped'; policyIndex: number; reason: string }
  | { kind: 'run'; policyIndex: number };

/** KB5035942 (March 2024) brings 22H2/23H2 to OS build 2262x.3374. */
const KB5035942_UBR = 3374;

/** Windows 11 24H2 or later, or 22H2/23H2 with KB5035942 (device-preparation.md §3.1). */
export function osSupportsDevicePrep(state: DeviceState): boolean {
  const { version, build } = state.setup.windows;
  if (version !== '11') return false;
  const [major, ubr] = build.split('.').map(Number) as [number, number];
  if (major >= 26100) return true;
  return (major === 22621 || major === 22631) && ubr >= KB5035942_UBR;
}

function inGroup(state: DeviceState, groupName: string | undefined, upn: string): boolean {
  if (!groupName) return false;
  const group = state.setup.tenant.groups.find((g) => g.name.toLowerCase() === groupName.toLowerCase());
  return Boolean(group && group.kind === 'user' && group.members.some((m) => m.toLowerCase() === upn.toLowerCase()));
}

/** The device matches an uploaded corporate identifier (manufacturer, model and serial number). */
function corporateIdentified(state: DeviceState): boolean {
  const { smbios } = state.setup.device;
  const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
  return state.setup.tenant.corporateIdentifiers.some(
    (c) =>
      same(c.manufacturer, smbios.manufacturer) &&
      same(c.model, smbios.model) &&
      same(c.serialNumber, state.identity.serialNumber),
  );
}

export function decideDevicePrep(state: DeviceState, upn: string): DevicePrepDecision {
  const { policies, tenant, registration } = state.setup;
  if (policies.devicePreparation.length === 0) return { kind: 'not-configured' };
  if (registration.registered) {
    const why = policies.deploymentProfile
      ? 'is registered for Windows Autopilot and has a deployment profile'
      : 'is registered as a Windows Autopilot device';
    return {
      kind: 'v1-wins',
      reason: `the device ${why}; the Windows Autopilot profile wins over device preparation (deregister it to use device preparation)`,
    };
  }
  if (!osSupportsDevicePrep(state)) {
    const { version, build } = state.setup.windows;
    return {
      kind: 'never-launches',
      reason: `Windows ${version} build ${build} is below the minimum (Windows 11 24H2, or 22H2/23H2 with KB5035942 installed before first start)`,
    };
  }
  const user = findUser(state, upn);
  // Highest priority (smallest number) wins when several policies target the user (B4).
  const targeting = policies.devicePreparation
    .map((policy, index) => ({ policy, index }))
    .filter(({ policy }) => inGroup(state, policy.userGroup, upn))
    .sort((a, b) => a.policy.priority - b.policy.priority);
  const chosen = targeting[0];
  if (!user || !chosen)
    return { kind: 'never-launches', reason: `${upn} is not a member of any device preparation policy's user group` };
  const { policy, index } = chosen;
  if (!policy.deviceGroup)
    return { kind: 'never-launches', reason: `policy "${policy.name}" has no device group selected` };
  if (tenant.personalDevicesBlocked && !corporateIdentified(state)) {
    return {
      kind: 'never-launches',
      reason: 'enrollment restrictions block personal devices and no corporate identifier was uploaded for this device',
    };
  }
  if (tenant.mdmUserScope === 'None')
    return {
      kind: 'never-launches',
      reason: 'Windows automatic Intune enrollment is not configured (MDM user scope: None)',
    };
  if (tenant.usersMayJoinDevices === 'None')
    return { kind: 'never-launches', reason: 'users may not join devices to Microsoft Entra ID' };
  if (policy.userAccountType === 'standard' && tenant.entraLocalAdministrators !== 'All') {
    return {
      kind: 'provisioning-skipped',
      policyIndex: index,
      reason: `policy "${policy.name}" makes the user a Standard User while Entra ID's local administrator setting is "${tenant.entraLocalAdministrators}" (known issue: provisioning is skipped)`,
    };
  }
  return { kind: 'run', policyIndex: index };
}
