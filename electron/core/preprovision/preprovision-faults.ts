import type { Fault } from '../../../shared/faults';
import { timeline, type Ctx } from '../context';
import { DeviceError } from '../device-core';
import { findUser } from '../enrollment/users';

export type PreprovisionFault = Extract<Fault, { kind: `tenant.${string}` | 'preprovision.caveat' }>;

/**
 * Tenant-side changes and pre-provisioning caveats. They change what the cloud answers next time
 * (the configuration page's "Refresh", the enrollment, the user flow), not the device itself.
 */
export function firePreprovisionFault(ctx: Ctx, fault: PreprovisionFault): void {
  const pp = ctx.state.preprovision;
  switch (fault.kind) {
    case 'tenant.profile-name':
      pp.tenant.profileName = fault.name;
      timeline(ctx, 'fault', `Intune: the Autopilot profile is now named "${fault.name}"`);
      return;
    case 'tenant.assign-user': {
      if (fault.upn !== null && !findUser(ctx.state, fault.upn))
        throw new DeviceError(`The tenant has no user "${fault.upn}".`);
      pp.tenant.assignedUser = fault.upn === null ? null : findUser(ctx.state, fault.upn)!.upn;
      timeline(
        ctx,
        'fault',
        fault.upn
          ? `Intune: ${fault.upn} is assigned to the device`
          : 'Intune: the device has no assigned user any more',
      );
      return;
    }
    case 'tenant.one-time-limit':
      pp.tenant.oneTimeLimitReached = fault.reached;
      timeline(
        ctx,
        'fault',
        fault.reached
          ? 'Intune: the Autopilot record keeps its one-time pre-provisioning limit (not deleted)'
          : 'Intune: the device is unblocked',
      );
      return;
    case 'tenant.entra-device-deleted':
      pp.tenant.entraDeviceDeleted = fault.deleted;
      timeline(
        ctx,
        'fault',
        fault.deleted
          ? 'Microsoft Entra ID: the device object was deleted'
          : 'Microsoft Entra ID: the device object is back',
      );
      return;
    case 'preprovision.caveat':
      if (!pp.caveats.includes(fault.caveat)) pp.caveats = [...pp.caveats, fault.caveat];
      timeline(ctx, 'fault', `Pre-provisioning caveat armed: ${fault.caveat}`);
      return;
  }
}
