import { RESET_STRINGS } from '../../../shared/strings-reset';
import { findUser, signedInUser } from '../enrollment/users';
import type { DeviceState } from '../state';

export type CredentialCheck = { ok: true; account: string } | { ok: false; error: string };

/** "ITAdmin", ".\ITAdmin" and "DESKTOP-ABC1234\ITAdmin" all name the same local account. */
function localName(state: DeviceState, typed: string): string | null {
  const text = typed.trim();
  const slash = text.indexOf('\\');
  if (slash < 0) return text.includes('@') ? null : text;
  const scope = text.slice(0, slash).toLowerCase();
  if (scope !== '.' && scope !== state.computerName.toLowerCase()) return null;
  return text.slice(slash + 1);
}

/**
 * Whether these credentials may trigger a local Autopilot Reset: a local administrator of the device
 * (001:10137, 001:11329). A local account in Administrators qualifies, and so does an Entra user who is
 * a local administrator: an Entra administrator always is (001:2377), and so is the deploying user when
 * the Autopilot profile made them an administrator (userAccountType).
 */
export function checkResetCredentials(state: DeviceState, username: string, password: string): CredentialCheck {
  const wrong = { ok: false as const, error: RESET_STRINGS.signIn.wrong };
  const notAdmin = { ok: false as const, error: RESET_STRINGS.signIn.notAdmin };
  const name = localName(state, username);
  if (name !== null) {
    const local = state.setup.device.localAccounts.find((a) => a.name.toLowerCase() === name.toLowerCase());
    if (!local || local.password !== password) return wrong;
    return local.administrator ? { ok: true, account: `${state.computerName}\\${local.name}` } : notAdmin;
  }
  const upn = username.trim().replace(/^AzureAD\\/i, '');
  const user = findUser(state, upn);
  if (!user || user.password !== password) return wrong;
  const deployer = signedInUser(state)?.upn === user.upn || state.reset.primaryUser === user.upn;
  const profileAdmin = state.setup.policies.deploymentProfile?.userAccountType === 'administrator' && deployer;
  return user.entraAdmin || profileAdmin ? { ok: true, account: user.upn } : notAdmin;
}
