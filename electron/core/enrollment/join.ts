import { after, showError, showPage, timeline, type Ctx } from '../context';
import { buildEspState } from '../esp/esp-plan';
import { TIMINGS } from '../oobe/timings';
import { enrollmentRefusal } from './enrollment-checks';
import { logMdmEvent, writeEnrollmentRecords } from './enrollment-records';
import { findUser, isHybrid } from './users';
import { devicePrepAtSignIn } from '../device-prep/dp-sign-in';

/** Credentials accepted: the device joins Entra ID and enrolls in Intune (user-driven.md §2 row 9). */
export function startJoin(ctx: Ctx): void {
  const page = ctx.state.page;
  if (page.id === 'password' || page.id === 'mfa') page.busy = true;
  // Windows Autopilot device preparation: its progress page runs the join instead (device-preparation.md §1.1).
  if (devicePrepAtSignIn(ctx)) return;
  timeline(ctx, 'cloud', 'Joining Microsoft Entra ID and enrolling in Intune');
  after(ctx, TIMINGS.joinMs, { type: 'join-done' });
}

/** Entra ID and Intune answered: either the documented refusal, or a joined, enrolled device. */
export function onJoinDone(ctx: Ctx, next: (ctx: Ctx) => void): void {
  const { state } = ctx;
  const user = findUser(state, state.account.upn);
  if (!user || (state.page.id !== 'password' && state.page.id !== 'mfa')) return;
  const refusal = enrollmentRefusal(state, user);
  if (refusal) {
    if (refusal.event) logMdmEvent(ctx, refusal.event.id, 'Error', refusal.event.text);
    timeline(ctx, 'cloud', `Enrollment refused: ${refusal.reason}`);
    showPage(ctx, { id: 'something-went-wrong', message: refusal.message, code: refusal.code });
    showError(ctx, { code: refusal.code, message: refusal.message });
    return;
  }
  state.account.enrollmentId = writeEnrollmentRecords(ctx, user.upn);
  state.account.joined = true;
  state.account.credentialsCached = true;
  timeline(ctx, 'cloud', `Joined to Microsoft Entra ID and enrolled in Intune as ${user.upn}`);
  const esp = state.setup.policies.enrollmentStatusPage;
  state.esp = esp?.showProgress ? buildEspState(state.setup, isHybrid(state)) : null;
  next(ctx);
}
