import { expandDeviceNameTemplate } from '../../../shared/scenario/device-name';
import { setRegistryValue, timeline, type Ctx } from '../context';
import { randomDigits } from '../hardware/identity';
import { restart } from '../power';
import type { DeviceState } from '../state';

/** A name template applies to Entra join only and renames once, before sign-in (oobe-ui.md §2 step 9). */
export function needsRename(state: DeviceState): boolean {
  const profile = state.setup.policies.deploymentProfile;
  return !!profile?.deviceNameTemplate && profile.joinType === 'entra' && !state.oobe.renamed;
}

/** Applies "Apply device name template" (%SERIAL%, %RAND:x%) and restarts, as Windows does. */
export function renameAndRestart(ctx: Ctx): void {
  const { state } = ctx;
  const template = state.setup.policies.deploymentProfile!.deviceNameTemplate!;
  const name = expandDeviceNameTemplate(template, state.identity.serialNumber, (n) =>
    randomDigits(state.setup.seed, 'device-name', n),
  );
  state.computerName = name.slice(0, 15);
  state.oobe.renamed = true;
  setRegistryValue(ctx, 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\ComputerName\\ComputerName', 'ComputerName', {
    type: 'REG_SZ',
    data: state.computerName,
  });
  timeline(ctx, 'power', `Device renamed to ${state.computerName}; restarting`);
  restart(ctx);
}
