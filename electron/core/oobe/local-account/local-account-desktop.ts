import type { DesktopView } from '../../../../shared/snapshot';
import type { DeviceState } from '../../state';

/**
 * The desktop of a local account: a workgroup device whose user is the account made at OOBE.
 * Settings > Access work or school shows nothing connected (`workAccount` null).
 */
export function withLocalAccount(state: DeviceState, view: DesktopView): DesktopView {
  const local = state.localAccount;
  if (!local || state.account.joined) return view;
  return {
    ...view,
    joinType: 'Workgroup',
    userDisplayName: local.name,
    userPrincipalName: local.name,
    workAccount: null,
  };
}
