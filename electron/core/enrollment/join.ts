import { after, showError, showPage, timeline, type Ctx } from '../context';
import { buildEspState } from '../esp/esp-plan';
import { TIMINGS } from '../oobe/timings';
import { automaticEnrollmentOff, enrollmentRefusal } from './enrollment-checks';
import { afterEnrollment, recordUserEnrollment } from './after-enrollment';
import { logMdmEvent } from './enrollment-records';
import { findUser, isHybrid } from './users';
import { devicePrepAtSignIn } from '../device-prep/dp-sign-in';

/** Credentials accepted: the device joins Entra ID and enrolls in Intune (user-driven.md §2 row 9). */
export function startJoin(ctx: Ctx): void {
  const page = ctx.state.page;
  if (page.id === 'password' || page.id === 'mfa') page.busy = true;
  // Windows Autopilot device preparation: its progress page runs the join instead (device-preparation.md §1.1).
  if (devicePrepAtSignIn(ctx)) return;
  timeline(
    ctx,
    'cloud',
    joinedByTechnician(ctx)
      ? `User flow: ${ctx.state.account.upn ?? 'the user'} signs in to the device the technician flow already joined to Microsoft Entra ID and enrolled in Intune`
      : isHybrid(ctx.state)
        ? HYBRID_ENROLLING
        : 'Joining Microsoft Entra ID and enrolling in Intune',
  );
  after(ctx, TIMINGS.joinMs, { type: 'join-done' });
}

/**
 * Hybrid join enrolls in Intune with the user's Entra credentials before the Active Directory join
 * (001:10957, user-driven.md §3); the device is not joined to Microsoft Entra ID at this point: the
 * Intune Connector's offline domain join follows in the ESP, and the device is registered with
 * Entra ID separately (001:11524 "joined to an on-premises Active Directory domain, and separately
 * registered with Microsoft Entra ID").
 */
const HYBRID_ENROLLING = 'Enrolling in Intune before the Active Directory join (Microsoft Entra hybrid join)';

function hybridEnrolled(upn: string): string {
  return `Enrolled in Intune as ${upn}; not joined to Microsoft Entra ID: the domain join comes next`;
}

/**
 * The pre-provisioning user flow: the technician flow already joined and enrolled the device, so the
 * user's sign-in joins nothing; Device setup reruns, then Account setup (provisioning-modes.md §1.6, 001:6747–6749).
 */
function joinedByTechnician(ctx: Ctx): boolean {
  return ctx.state.preprovision.stage === 'user-flow';
}

/** Entra ID and Intune answered: either the documented refusal, or a joined, enrolled device. */
export function onJoinDone(ctx: Ctx, next: (ctx: Ctx) => void): void {
  const { state } = ctx;
  const user = findUser(state, state.account.upn);
  if (!user || (state.page.id !== 'password' && state.page.id !== 'mfa')) return;
  const refusal = enrollmentRefusal(ctx, user);
  if (refusal) {
    if (refusal.event) logMdmEvent(ctx, refusal.event.id, 'Error', refusal.event.text);
    timeline(ctx, 'cloud', `Enrollment refused: ${refusal.reason}`);
    showPage(ctx, { id: 'something-went-wrong', message: refusal.message, code: refusal.code });
    showError(ctx, { code: refusal.code, message: refusal.message });
    return;
  }
  const notEnrolled = automaticEnrollmentOff(state);
  if (notEnrolled) {
    joinWithoutEnrollment(ctx, user.upn, notEnrolled, next);
    return;
  }
  const userFlow = joinedByTechnician(ctx);
  recordUserEnrollment(ctx, user.upn);
  timeline(
    ctx,
    'cloud',
    userFlow
      ? `Signed in as ${user.upn}; the ESP reruns Device setup, then Account setup runs`
      : isHybrid(state)
        ? hybridEnrolled(user.upn)
        : `Joined to Microsoft Entra ID and enrolled in Intune as ${user.upn}`,
  );
  const esp = state.setup.policies.enrollmentStatusPage;
  state.esp = esp?.showProgress ? buildEspState(state.setup, isHybrid(state)) : null;
  next(ctx);
  afterEnrollment(ctx);
}

/**
 * Joined to Entra ID but not enrolled in Intune: no MDM, so no enrollment records, no Enrollment
 * Status Page and no policies; OOBE goes on to the desktop of an unmanaged device.
 */
function joinWithoutEnrollment(ctx: Ctx, upn: string, reason: string, next: (ctx: Ctx) => void): void {
  const { state } = ctx;
  state.account.joined = true;
  state.account.credentialsCached = true;
  timeline(ctx, 'cloud', `Joined to Microsoft Entra ID as ${upn}; not enrolled in Intune: ${reason}`);
  state.esp = null;
  next(ctx);
}
