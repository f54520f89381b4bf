import { timeline, type Ctx } from '../context';
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

/**
 * Any member of the organization signs in on the sign-on screen (self-deploying's shared device,
 * the next user after an Autopilot Reset): on a wrong name or password the screen shows `wrongText`
 * and empties the password box, and null comes back; otherwise the user is signed in.
 */
export function signInOrganizationUser(
  ctx: Ctx,
  page: { username: string; password: string; error: string | null },
  wrongText: string,
  allowed = true,
): TenantUser | null {
  const user = findUser(ctx.state, page.username.trim().replace(/^AzureAD\\/i, ''));
  if (!allowed || !user || user.password !== page.password) {
    page.error = wrongText;
    page.password = '';
    return null;
  }
  const { account } = ctx.state;
  account.upn = user.upn;
  account.signedIn = true;
  account.credentialsCached = true;
  timeline(ctx, 'input', `Signed in as ${user.upn}`);
  return user;
}
