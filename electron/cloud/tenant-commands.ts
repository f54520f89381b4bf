import { WORKLOAD_AUTHORITY_NAMES, WORKLOAD_NAMES } from '../../shared/comgmt-workload-names';
import {
  coManagementPolicySchema,
  deploymentProfileSchema,
  devicePreparationPolicySchema,
  espProfileSchema,
} from '../../shared/scenario/policies';
import type { TenantChange } from '../../shared/tenant-commands';
import { autopilotRecord, tenantUser, ztdIdFor, type TenantState } from './tenant-state';

/** A tenant change that cannot apply (an unknown user, device, group or policy): the message says which. */
export class TenantChangeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TenantChangeError';
  }
}

const CSV_HEADER = ['device serial number', 'windows product id', 'hardware hash'];

/** Applies one admin change to the tenant, at once; returns what the admin center would say it did. */
export function applyTenantChange(tenant: TenantState, change: TenantChange): string {
  const { directory } = tenant.entra;
  switch (change.kind) {
    case 'licence.assign':
    case 'licence.remove': {
      const user = requireUser(tenant, change.upn);
      user.licensed = change.kind === 'licence.assign';
      return `${user.upn}: Intune licence ${user.licensed ? 'assigned' : 'removed'}`;
    }
    case 'entra.delete-device': {
      const before = tenant.entra.deviceObjects.length;
      tenant.entra.deviceObjects = tenant.entra.deviceObjects.filter((o) => o.serialNumber !== change.serialNumber);
      if (tenant.entra.deviceObjects.length === before)
        throw new TenantChangeError(
          `Microsoft Entra ID has no device object for serial number "${change.serialNumber}".`,
        );
      return `Microsoft Entra ID: the device object of ${change.serialNumber} was deleted`;
    }
    case 'entra.device-settings':
      if (change.usersMayJoinDevices) directory.usersMayJoinDevices = change.usersMayJoinDevices;
      if (change.deviceJoinLimit !== undefined) directory.deviceJoinLimit = change.deviceJoinLimit;
      return `Microsoft Entra ID: users may join devices = ${directory.usersMayJoinDevices}, maximum devices per user = ${directory.deviceJoinLimit}`;
    case 'windows-hello.edit': {
      const hello = directory.windowsHello;
      const pin = { ...hello.pin, ...change.pin };
      if (pin.minimumLength > pin.maximumLength)
        throw new TenantChangeError(
          `Windows Hello for Business: the minimum PIN length (${pin.minimumLength}) is more than the maximum (${pin.maximumLength}).`,
        );
      if (change.state) hello.state = change.state;
      hello.pin = pin;
      return `Intune: Windows Hello for Business = ${hello.state}; PIN length ${pin.minimumLength}–${pin.maximumLength}, uppercase ${pin.uppercaseLetters}, lowercase ${pin.lowercaseLetters}, special characters ${pin.specialCharacters}`;
    }
    case 'autopilot.delete-record': {
      if (!autopilotRecord(tenant, change.serialNumber))
        throw new TenantChangeError(`Windows Autopilot has no device with serial number "${change.serialNumber}".`);
      tenant.autopilot.devices = tenant.autopilot.devices.filter((d) => d.serialNumber !== change.serialNumber);
      return `Windows Autopilot: the record of ${change.serialNumber} was deleted`;
    }
    case 'autopilot.import':
      return importCsv(tenant, change.csv);
    case 'autopilot.assign-profile': {
      const record = autopilotRecord(tenant, change.serialNumber);
      if (!record)
        throw new TenantChangeError(`Windows Autopilot has no device with serial number "${change.serialNumber}".`);
      if (!tenant.intune.policies.deploymentProfile)
        throw new TenantChangeError(
          'Intune has no Autopilot deployment profile to assign: edit one first (profile.edit).',
        );
      record.registration.profileStatus = 'Assigned';
      return `Windows Autopilot: ${change.serialNumber} has the profile "${tenant.intune.policies.deploymentProfile.name}" assigned`;
    }
    case 'profile.edit':
      tenant.intune.policies.deploymentProfile = deploymentProfileSchema.parse({
        ...tenant.intune.policies.deploymentProfile,
        ...change.settings,
      });
      return `Intune: deployment profile "${tenant.intune.policies.deploymentProfile.name}" saved`;
    case 'esp.edit':
      tenant.intune.policies.enrollmentStatusPage = espProfileSchema.parse({
        ...tenant.intune.policies.enrollmentStatusPage,
        ...change.settings,
      });
      return `Intune: Enrollment Status Page "${tenant.intune.policies.enrollmentStatusPage.name}" saved`;
    case 'device-preparation.edit': {
      const policies = tenant.intune.policies.devicePreparation;
      const index = policies.findIndex((p) => p.name.toLowerCase() === change.policy.toLowerCase());
      if (index < 0) throw new TenantChangeError(`Intune has no device preparation policy "${change.policy}".`);
      policies[index] = devicePreparationPolicySchema.parse({ ...policies[index], ...change.settings });
      return `Intune: device preparation policy "${policies[index].name}" saved`;
    }
    case 'group.add-member': {
      const group = directory.groups.find((g) => g.name.toLowerCase() === change.group.toLowerCase());
      if (!group) throw new TenantChangeError(`Microsoft Entra ID has no group "${change.group}".`);
      if (group.kind === 'user') requireUser(tenant, change.member);
      if (!group.members.some((m) => m.toLowerCase() === change.member.toLowerCase()))
        group.members.push(change.member);
      return `Microsoft Entra ID: ${change.member} added to ${group.name}`;
    }
    case 'connector.grant-ou-rights': {
      const connector = directory.activeDirectory?.connector;
      if (!connector) throw new TenantChangeError('This tenant has no on-premises Active Directory.');
      connector.ouPermissionsDelegated = true;
      return 'Active Directory: the Intune Connector may create computer objects in the OU';
    }
    case 'intune.remote-action':
      if (!tenant.intune.managedDevices.some((d) => d.serialNumber === change.serialNumber))
        throw new TenantChangeError(`Intune has no enrolled device with serial number "${change.serialNumber}".`);
      tenant.intune.pendingActions.push({ serialNumber: change.serialNumber, action: change.action });
      return `Intune: ${change.action} queued for ${change.serialNumber}`;
    case 'comanagement.edit':
      return editCoManagement(tenant, change.policy, change.settings);
    case 'configmgr.workload': {
      const site = tenant.configManager;
      if (!site) throw new TenantChangeError('This tenant has no Configuration Manager site.');
      site.setup.workloads[change.workload] = change.authority;
      return `Configuration Manager: ${WORKLOAD_NAMES[change.workload]} moved to ${WORKLOAD_AUTHORITY_NAMES[change.authority]}`;
    }
  }
}

/** One co-management settings policy edited in place (a single policy stays single, a list stays a list). */
function editCoManagement(
  tenant: TenantState,
  name: string | undefined,
  settings: Extract<TenantChange, { kind: 'comanagement.edit' }>['settings'],
): string {
  const { policies } = tenant.intune;
  const list = policies.coManagement === undefined ? [] : [policies.coManagement].flat();
  let index = name === undefined ? -1 : list.findIndex((p) => p.name.toLowerCase() === name.toLowerCase());
  if (name !== undefined && index < 0 && list.length > 0)
    throw new TenantChangeError(`Intune has no co-management settings policy "${name}".`);
  if (name === undefined && list.length > 0)
    index = list.reduce((best, p, i) => (p.priority < list[best]!.priority ? i : best), 0);
  const edited = coManagementPolicySchema.parse({ ...(index >= 0 ? list[index] : { name }), ...settings });
  if (index >= 0) list[index] = edited;
  else list.push(edited);
  policies.coManagement = Array.isArray(policies.coManagement) ? list : list[0];
  return `Intune: co-management settings "${edited.name}" saved`;
}

function requireUser(tenant: TenantState, upn: string) {
  const user = tenantUser(tenant, upn);
  if (!user) throw new TenantChangeError(`Microsoft Entra ID has no user "${upn}".`);
  return user;
}

/** The Autopilot import CSV (Get-WindowsAutopilotInfo's file): one record per line, a new record or a replaced hash. */
function importCsv(tenant: TenantState, csv: string): string {
  const lines = csv
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  const header = (lines.shift() ?? '').split(',').map((h) => h.trim().replace(/^"|"$/g, '').toLowerCase());
  if (CSV_HEADER.some((h, i) => header[i] !== h))
    throw new TenantChangeError(
      'The CSV must start with the header "Device Serial Number,Windows Product ID,Hardware Hash".',
    );
  const imported: string[] = [];
  // Duplicate rows: only the first is processed, the others fail with ZtdDeviceDuplicated (001:12256).
  const duplicated: string[] = [];
  const seenHashes = new Set<string>();
  for (const [index, line] of lines.entries()) {
    const [serial, , hash, groupTag, assignedUser] = line.split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
    // The import's own error names (errors.md C20 and D18, 001:12256-12261).
    if (!serial || !hash)
      throw new TenantChangeError(
        `CSV line ${index + 2}: InvalidZtdHardwareHash: a serial number and a hardware hash are required.`,
      );
    if (imported.includes(serial) || seenHashes.has(hash)) {
      duplicated.push(`CSV line ${index + 2}: ZtdDeviceDuplicated (${serial})`);
      continue;
    }
    seenHashes.add(hash);
    if (assignedUser) requireUser(tenant, assignedUser);
    const registration = {
      tenant: 'this' as const,
      profileStatus: 'Not assigned' as const,
      ...(groupTag ? { groupTag } : {}),
      ...(assignedUser ? { assignedUser } : {}),
    };
    const existing = autopilotRecord(tenant, serial);
    if (existing) {
      existing.hardwareHash = hash;
      existing.registration = { ...registration, profileStatus: existing.registration.profileStatus };
    } else {
      tenant.autopilot.devices.push({
        serialNumber: serial,
        hardwareHash: hash,
        ztdId: ztdIdFor(serial),
        registration,
      });
    }
    imported.push(serial);
  }
  if (imported.length === 0) throw new TenantChangeError('The CSV lists no device.');
  const failed = duplicated.length > 0 ? `; ${duplicated.join('; ')}` : '';
  return `Windows Autopilot: imported ${imported.join(', ')}${failed}`;
}
