import type { WindowsHelloSetting } from '../../../shared/scenario/windows-hello';
import { copyJson, type TenantState } from '../tenant-state';
import type { AnswerOf, RequestOf } from './requests';

/**
 * Intune's Windows Hello for Business setting as the device receives it at the first sign-in
 * (oobe-ui.md §22): the tenant-wide state and the PIN rules.
 */
export function windowsHelloPolicy(
  tenant: TenantState,
  _request: RequestOf<'intune.windows-hello'>,
): AnswerOf<'intune.windows-hello'> {
  return { kind: 'policy', setting: copyJson(tenant.entra.directory.windowsHello) };
}

/**
 * Entra ID registers the user's new Windows Hello key (the PIN's key pair) for the device. The
 * device must be known to Entra ID; a user the directory no longer has is refused.
 */
export function registerHelloKey(
  tenant: TenantState,
  request: RequestOf<'entra.register-hello-key'>,
): AnswerOf<'entra.register-hello-key'> {
  const upn = request.upn.toLowerCase();
  const known = tenant.entra.directory.users.some((u) => u.upn.toLowerCase() === upn);
  return known ? { kind: 'registered' } : { kind: 'refused' };
}

export type { WindowsHelloSetting };
