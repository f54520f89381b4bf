import type { DeviceState } from '../state';

/**
 * THE SEAM for a hardware hash upload (Get-WindowsAutopilotInfo -Online): it changes the
 * registration that the device's profile download reads (`requestProfile` in
 * autopilot-service.ts). When the tenant layer lands, redirect this one function to it; the
 * PowerShell command calls nothing else.
 */
export function registerDeviceInTenant(state: DeviceState, upload: { groupTag?: string; assignedUser?: string }): void {
  const hasProfile =
    state.setup.policies.deploymentProfile !== undefined && state.setup.policies.deploymentProfile !== null;
  state.setup.registration = {
    ...state.setup.registration,
    registered: true,
    tenant: 'this',
    ...(upload.groupTag !== undefined ? { groupTag: upload.groupTag } : {}),
    ...(upload.assignedUser !== undefined ? { assignedUser: upload.assignedUser } : {}),
    profileStatus: hasProfile ? 'Assigned' : 'Not assigned',
  };
}
