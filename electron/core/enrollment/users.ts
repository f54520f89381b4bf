import type { DeviceState } from '../state';

export type TenantUser = DeviceState['setup']['tenant']['users'][number];

/** The tenant's user with this UPN (UPNs compare case-insensitively, as Entra ID does). */
export function findUser(state: DeviceState, upn: string | null): TenantUser | null {
  if (!upn) return null;
  const wanted = upn.trim().toLowerCase();
  return state.setup.tenant.users.find((u) => u.upn.toLowerCase() === wanted) ?? null;
}

/** The signed-in user (after the sign-in pages). */
export function signedInUser(state: DeviceState): TenantUser | null {
  return findUser(state, state.account.upn);
}

export function isHybrid(state: DeviceState): boolean {
  return state.setup.policies.deploymentProfile?.joinType === 'hybrid';
}

/** DOMAIN\name of the user's on-premises account (hybrid sign-on). */
export function onPremisesAccount(state: DeviceState, user: TenantUser): string {
  const netbios = state.setup.tenant.activeDirectory?.netbiosName ?? 'CONTOSO';
  return `${netbios}\\${user.onPremisesSamAccountName ?? user.upn.split('@')[0]}`;
}
