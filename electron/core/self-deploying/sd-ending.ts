import type { KioskAutologonIssue } from '../../../shared/faults';
import { setRegistryValue, showPage, timeline, type Ctx } from '../context';
import { deleteValue, getValue } from '../os/registry';
import type { DeviceState } from '../state';
import { isSelfDeploying, KIOSK_ACCOUNT, selfDeploying } from './sd-mode';

/** Where Windows keeps automatic sign-in (device-model.md registry table, 001:3104–3117). */
export const WINLOGON_KEY = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon';

/** The autologon values, as the documented workaround writes them (001:3104–3117). */
const AUTOLOGON_VALUES = [
  ['AutoAdminLogon', '1'],
  ['DefaultDomainName', '.'],
  ['DefaultUserName', 'kioskUser0'],
] as const;

/** Why each armed problem stops the automatic sign-in (timeline wording; sources in shared/faults.ts). */
const ISSUE_REASON: Record<KioskAutologonIssue, string> = {
  'eas-policies': 'Exchange ActiveSync policies are deployed to the kiosk',
  'devicelock-policies': 'DeviceLock/password policies applied and the device restarted during the device ESP',
  'january-2023-update': 'a January 2023 update (KB5022303, KB5022287 or KB5022282) is installed',
  'multiple-reboots': 'reboots during OOBE deleted the autologon registry entries',
};

/**
 * The end of a self-deploying deployment (provisioning-modes.md §2.4 steps 6–7), called where OOBE
 * goes on after the join: once the device ESP is over, the Windows sign-on screen where any member
 * of the organization can sign in, or the kiosk's automatic sign-in to KioskUser0. Returns false
 * when the ordinary path goes on: before the join, while the device ESP runs, and after an
 * organization user signed in (Account setup, then the desktop).
 */
export function continueSelfDeploying(ctx: Ctx): boolean {
  const { state } = ctx;
  if (!isSelfDeploying(state)) return false;
  // Before the ESP's end the ordinary path resumes the ESP; without an ESP, this runs once joined.
  if (state.esp ? !state.esp.deviceLeft : !state.account.joined) return false;
  if (state.account.signedIn) return false;
  const sd = selfDeploying(state);
  const kiosk = state.setup.policies.kiosk;
  if (sd.kioskSignedIn) {
    showPage(ctx, { id: 'kiosk' });
    return true;
  }
  if (kiosk?.autologon) {
    applyKioskProfile(ctx);
    const blocking = autologonBlockers(state);
    if (blocking.length === 0 && autologonValuesPresent(state)) {
      signInKiosk(ctx, 'autologon');
      return true;
    }
    for (const issue of blocking)
      timeline(ctx, 'power', `Automatic sign-in as ${KIOSK_ACCOUNT} failed: ${ISSUE_REASON[issue]}`);
  }
  timeline(ctx, 'screen', 'Deployment complete: any member of the organization can sign in');
  showPage(ctx, {
    id: 'signon',
    stage: 'credentials',
    username: '',
    password: '',
    error: null,
    purpose: 'self-deploying',
  });
  return true;
}

/** The kiosk profile sets up the automatic sign-in; reboots during OOBE can delete it again (001:3099). */
function applyKioskProfile(ctx: Ctx): void {
  const sd = selfDeploying(ctx.state);
  if (sd.kioskProfileApplied) return;
  sd.kioskProfileApplied = true;
  for (const [name, data] of AUTOLOGON_VALUES) setRegistryValue(ctx, WINLOGON_KEY, name, { type: 'REG_SZ', data });
  if (sd.kioskIssues.includes('multiple-reboots')) {
    for (const [name] of AUTOLOGON_VALUES) {
      for (const change of deleteValue(ctx.state.registry, WINLOGON_KEY, name))
        ctx.emit('registry:changed', { ...change, atMs: ctx.state.clock.now });
    }
  }
}

/** Whether Winlogon still holds AutoAdminLogon = 1 and a default user name (001:3104–3117). */
function autologonValuesPresent(state: DeviceState): boolean {
  const auto = getValue(state.registry, WINLOGON_KEY, 'AutoAdminLogon');
  const user = getValue(state.registry, WINLOGON_KEY, 'DefaultUserName');
  return auto?.type === 'REG_SZ' && auto.data === '1' && user?.type === 'REG_SZ' && user.data !== '';
}

/** The armed problems that stop the automatic sign-in on this run. */
function autologonBlockers(state: DeviceState): KioskAutologonIssue[] {
  const sd = selfDeploying(state);
  return sd.kioskIssues.filter((issue) => {
    // DeviceLock policies only break autologon when the device restarted during the device ESP (001:2943).
    if (issue === 'devicelock-policies') return sd.espBoot !== null && state.bootCount > sd.espBoot;
    // The reboots act through the registry: the deleted entries are what stops the sign-in.
    if (issue === 'multiple-reboots') return !autologonValuesPresent(state);
    return true;
  });
}

/**
 * KioskUser0 signs in: the kiosk app starts full screen. The user ESP is not processed for local
 * accounts such as KioskUser0 (001:2558), so Account setup does not run.
 */
export function signInKiosk(ctx: Ctx, how: 'autologon' | 'manual'): void {
  const sd = selfDeploying(ctx.state);
  sd.kioskSignedIn = how;
  timeline(
    ctx,
    'input',
    how === 'autologon' ? `Signed in automatically as ${KIOSK_ACCOUNT}` : `Signed in as ${KIOSK_ACCOUNT} (no password)`,
  );
  timeline(ctx, 'cloud', `User ESP (Account setup) is not processed for the local account ${KIOSK_ACCOUNT}`);
  showPage(ctx, { id: 'kiosk' });
}
