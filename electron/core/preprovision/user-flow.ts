import { after, timeline, type Ctx } from '../context';
import { isHybrid } from '../enrollment/users';
import { buildEspState } from '../esp/esp-plan';
import type { EspState } from '../esp/esp-state';
import { continueAfterJoin } from '../oobe/after-join';
import { restart } from '../power';
import { continueWithoutEntraSignIn } from '../oobe/local-account/local-account-page';

/** Compliance is evaluated again this long after the user flow starts (003:68 gives no figure). Choice. */
const COMPLIANCE_REEVALUATION_MS = 30 * 60_000;

/**
 * First power-on after Reseal: the user flow (provisioning-modes.md §1.6–1.8). OOBE then shows its
 * pages as the profile says; an armed compliance reset flips the device to noncompliant (003:68).
 */
export function beginUserFlow(ctx: Ctx): void {
  const pp = ctx.state.preprovision;
  pp.stage = 'user-flow';
  const minutes = Math.round((ctx.state.clock.now - (pp.resealedAtMs ?? 0)) / 60_000);
  timeline(ctx, 'power', `User flow: the device is unboxed ${minutes} minutes after Reseal`);
  if (pp.caveats.includes('compliance-reset')) {
    timeline(
      ctx,
      'cloud',
      'Intune compliance reset for the user flow: Compliant → Not compliant (until compliance is evaluated again)',
    );
    after(ctx, COMPLIANCE_REEVALUATION_MS, { type: 'pp-compliance-evaluated' });
  }
}

export function onComplianceEvaluated(ctx: Ctx): void {
  timeline(ctx, 'cloud', 'Intune compliance evaluated again: Not compliant → Compliant');
}

/** Detecting an app the technician flow already installed (the rerun finds it in place). Choice. */
const DETECTION_MS = 5_000;

/**
 * Device preparation ran in the technician flow and does not run again; Device setup reruns
 * (001:6747–6749) to pick up what was assigned since: what is already installed is only detected.
 */
function prepareUserFlowEsp(esp: EspState, installed: readonly string[]): void {
  for (const item of esp.categories.find((c) => c.id === 'device-setup')!.items) {
    for (const w of item.works) {
      if (!installed.includes(w.ref)) continue;
      w.durationMs = DETECTION_MS;
      w.restart = 'none';
    }
  }
  markDevicePreparationDone(esp);
}

function markDevicePreparationDone(esp: EspState): void {
  const prep = esp.categories.find((c) => c.id === 'device-preparation')!;
  prep.state = 'complete';
  for (const item of prep.items) {
    item.state = 'complete';
    for (const w of item.works) w.state = 'done';
  }
}

/**
 * Where the sign-in page would show in the user flow: hybrid has no Entra sign-in at the start
 * (001:8150–8173): the ESP reruns Device setup, then the sign-on screen asks for the domain
 * credentials of the user who unboxes it (the assigned user, else the tenant's first user).
 * With `wlidsvc` disabled in the technician flow the Entra option is missing (003:80): the EULA and
 * local-account creation show instead (oobe/local-account/). Returns false when the usual sign-in applies.
 */
export function userFlowInsteadOfSignIn(ctx: Ctx): boolean {
  const { state } = ctx;
  const pp = state.preprovision;
  if (pp.stage !== 'user-flow') return false;
  if (pp.caveats.includes('wlidsvc-disabled')) {
    timeline(
      ctx,
      'cloud',
      'Microsoft Account Sign-in Assistant (wlidsvc) is disabled: no Microsoft Entra sign-in option',
    );
    continueWithoutEntraSignIn(ctx);
    return true;
  }
  if (!isHybrid(state)) return false;
  if (!pp.domainJoinRestarted) {
    // The restart the technician flow postponed (001:11416): after it, the Active Directory
    // credentials (001:11524 "the device will reboot; after the reboot, enter the user's Active
    // Directory credentials"). The domain join itself was applied in the technician flow.
    pp.domainJoinRestarted = true;
    timeline(ctx, 'power', 'User flow: restarting to complete the domain join postponed by pre-provisioning');
    restart(ctx);
    return true;
  }
  const user = state.setup.registration.assignedUser ?? state.setup.tenant.users[0]?.upn ?? null;
  state.account.upn = user;
  state.account.joined = true;
  state.account.domainJoined = true;
  const esp = state.setup.policies.enrollmentStatusPage?.showProgress ? buildEspState(state.setup, true) : null;
  if (esp) prepareUserFlowEsp(esp, pp.installedRefs);
  state.esp = esp;
  continueAfterJoin(ctx);
  return true;
}

/** After the Entra sign-in of the user flow: the fresh ESP skips Device preparation. */
export function continueAfterUserFlowJoin(ctx: Ctx): void {
  const { state } = ctx;
  if (state.preprovision.stage === 'user-flow' && state.esp)
    prepareUserFlowEsp(state.esp, state.preprovision.installedRefs);
  continueAfterJoin(ctx);
}
