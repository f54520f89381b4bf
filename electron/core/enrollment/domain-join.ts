import { setRegistryValue, timeline, type Ctx } from '../context';
import { Rng } from '../rng';
import { logMdmEvent } from './enrollment-records';

/**
 * The offline domain join blob from the Intune Connector is applied: the computer gets the Domain
 * Join profile's prefix padded with random characters to 15 (user-driven.md §6.3), and the MDM
 * client logs event 107 (external-diagnostics.md §6.2).
 */
export function applyOfflineDomainJoin(ctx: Ctx): void {
  const { state } = ctx;
  const join = state.setup.policies.domainJoin;
  if (!join) return;
  const rest = Rng.derive(state.setup.seed, 'odj-name').chars(
    15 - join.computerNamePrefix.length,
    'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  );
  state.computerName = `${join.computerNamePrefix}${rest}`.toUpperCase();
  state.account.domainJoined = true;
  setRegistryValue(ctx, 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\ComputerName\\ComputerName', 'ComputerName', {
    type: 'REG_SZ',
    data: state.computerName,
  });
  setRegistryValue(ctx, 'HKLM\\SOFTWARE\\Microsoft\\Provisioning\\OMADM\\SyncML\\ODJApplied', '', {
    type: 'REG_SZ',
    data: '',
  });
  logMdmEvent(
    ctx,
    107,
    'Information',
    'Offline Domain Join: Applying offline domain join blob succeeded. Result: (0x0).',
  );
  timeline(ctx, 'cloud', `Joined to ${join.domain} as ${state.computerName}`);
}

/** The blob could not be applied (no domain controller answered). */
export function logOfflineDomainJoinFailure(ctx: Ctx, code: string): void {
  logMdmEvent(ctx, 108, 'Error', `Offline Domain Join: Applying offline domain join blob failed. Result: (${code}).`);
}
