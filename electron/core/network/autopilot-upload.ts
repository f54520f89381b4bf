import type { Ctx } from '../context';
import { autopilotCsv, type AutopilotInfoOptions } from '../shell/autopilot-info';
import { changeTenant } from './cloud-link';

/**
 * A hardware hash upload (`Get-WindowsAutopilotInfo -Online`): the device's CSV row is imported into
 * the tenant's Windows Autopilot devices, and the profile assigned when Intune has one. The device
 * itself learns of it only at its next profile download, as after a real upload.
 */
export function uploadHardwareHash(ctx: Ctx, options: AutopilotInfoOptions): void {
  changeTenant(ctx.cloud, { kind: 'autopilot.import', csv: autopilotCsv(ctx.state, options) });
  if (ctx.cloud.tenant.state.intune.policies.deploymentProfile) {
    changeTenant(ctx.cloud, { kind: 'autopilot.assign-profile', serialNumber: ctx.state.identity.serialNumber });
  }
}
