import { DEVICE_PREP_STRINGS } from '../../../shared/strings-device-prep';
import { cancelWhere } from '../clock/virtual-clock';
import { after, deviceTimeIso, showError, showPage, timeline, type Ctx } from '../context';
import { enrollmentRefusal } from '../enrollment/enrollment-checks';
import { afterEnrollment, recordUserEnrollment } from '../enrollment/after-enrollment';
import { logMdmEvent } from '../enrollment/enrollment-records';
import { findUser } from '../enrollment/users';
import { hasInternet } from '../network/connectivity';
import { restart } from '../power';
import { clockElapsedMs, currentPauseMs } from './dp-progress';
import type { TimerEvent } from '../timer-events';
import type { DevicePrepState, DevicePrepStep } from './dp-state';
import {
  appSkipReason,
  failsOnAttempt,
  findApp,
  findScript,
  phaseOfStep,
  planSteps,
  policyOf,
  scriptSkipReason,
} from './dp-plan';
import { DP_TIMINGS } from './dp-timings';
import { cancelPlan, startPlan } from '../plan/plan-runner';
import { DP_PLAN_ID, devicePrepPlan } from './dp-run-plan';

/**
 * The deployment behind "Setting up for work or school" (device-preparation.md §1.3–§1.7): each step
 * takes its virtual duration; any selected app or script that fails, or the policy's time budget
 * running out, ends the attempt on the failure page. Everything lives in `state.devicePrep`, so a
 * restart resumes where the device was (Windows stores the progress).
 */

const dpTimer = (e: TimerEvent) => e.type === 'dp-timeout' || e.type === 'dp-hold-done';

/** The policy was delivered at sign-in: show the progress page and start the first attempt. */
export function startDevicePrep(ctx: Ctx, policyIndex: number): void {
  const { state } = ctx;
  const policy = state.setup.policies.devicePreparation[policyIndex]!;
  const steps = planSteps(state, policy);
  const items: DevicePrepState['items'] = {};
  for (const id of [...policy.apps, ...policy.scripts]) items[id] = { status: null, note: null };
  state.devicePrep = {
    policyIndex,
    attempt: 1,
    attemptStartMs: state.clock.now,
    deploymentStartMs: state.clock.now,
    deploymentEndMs: null,
    steps,
    stepIndex: 0,
    stepStartMs: state.clock.now,
    phase: 'running',
    failure: null,
    items,
    enrollmentDate: null,
    status: 'In progress',
    reportPhase: 'Policy installation',
    inDeviceGroup: false,
    exportBusy: false,
    lastExport: null,
    secondSyncDone: false,
    continuedAnyway: false,
    offlineSinceMs: null,
    pausedMs: 0,
  };
  timeline(
    ctx,
    'cloud',
    `Device preparation policy "${policy.name}" (priority ${policy.priority}, version ${policy.version}) delivered for ${state.account.upn}`,
  );
  showPage(ctx, { id: 'device-prep-progress' });
  beginAttempt(ctx);
}

/** Arms the attempt's time budget (what is left of it after a restart) and runs the current step. */
function beginAttempt(ctx: Ctx): void {
  cancelWhere(ctx.state.clock, dpTimer);
  armTimeout(ctx);
  startPlan(ctx, devicePrepPlan(ctx.state.devicePrep!));
}

/** Ends the deployment's run and its timers (a failure, the end of the work, a refusal). */
function stopWork(ctx: Ctx): void {
  cancelPlan(ctx, DP_PLAN_ID);
  cancelWhere(ctx.state.clock, dpTimer);
}

/** The timeout falls when the percentage clock (elapsed minus pauses) reaches the budget. */
function armTimeout(ctx: Ctx): void {
  const dp = ctx.state.devicePrep!;
  const budgetMs = policyOf(ctx.state, dp).timeoutMinutes * 60_000;
  cancelWhere(ctx.state.clock, (e) => e.type === 'dp-timeout');
  after(ctx, Math.max(0, budgetMs - clockElapsedMs(ctx.state, dp)), { type: 'dp-timeout', attempt: dp.attempt });
}

/**
 * The connection changed (a fault, a link coming up): offline for more than 5 s pauses the percentage
 * clock — and with it the timeout — until the connection is back (oobe-ui.md §18).
 */
export function devicePrepConnectivityChanged(ctx: Ctx): void {
  const { state } = ctx;
  const dp = state.devicePrep;
  if (!dp || dp.phase !== 'running' || state.page.id !== 'device-prep-progress') return;
  const online = hasInternet(state);
  if (!online && dp.offlineSinceMs === null) {
    dp.offlineSinceMs = state.clock.now;
    timeline(ctx, 'network', 'Device preparation: connection to the organization lost');
  } else if (online && dp.offlineSinceMs !== null) {
    dp.pausedMs += currentPauseMs(state, dp);
    dp.offlineSinceMs = null;
    timeline(ctx, 'network', 'Device preparation: connection restored');
    armTimeout(ctx);
  }
}

/**
 * A step of the deployment's plan begins (dp-owner.ts's decide): where the progress stands, and
 * whether the step is passed over on this device (with the report's "Skipped" and why).
 */
export function beginDevicePrepStep(ctx: Ctx, index: number): 'skip' | 'hang' | 'work' {
  const { state } = ctx;
  const dp = state.devicePrep!;
  const step = dp.steps[index]!;
  dp.stepIndex = index;
  dp.stepStartMs = state.clock.now;
  dp.reportPhase = phaseOfStep(state, step);
  const skip = skipReason(ctx, dp, step);
  if (skip !== null) {
    const id = (step as { id: string }).id;
    dp.items[id] = { status: 'Skipped', note: skip };
    timeline(ctx, 'cloud', `Skipped ${itemLabel(ctx, step)}: ${skip}`);
    dp.stepIndex += 1;
    dp.stepStartMs = state.clock.now;
    return 'skip';
  }
  const item =
    step.kind === 'app' ? findApp(state, step.id) : step.kind === 'script' ? findScript(state, step.id) : undefined;
  // A hanging item never reports back: only the time budget ends the attempt.
  return item?.outcome === 'hang' ? 'hang' : 'work';
}

/** The step starts working: the report's "In progress" and the timeline's line. */
export function devicePrepStepStarted(ctx: Ctx, index: number): void {
  const dp = ctx.state.devicePrep!;
  const step = dp.steps[index]!;
  if (step.kind === 'app' || step.kind === 'script') dp.items[step.id] = { status: 'In progress', note: null };
  timeline(ctx, 'cloud', stepStartText(ctx, step));
}

/** What the timeline calls a step (an app or script by its name). */
export function devicePrepStepLabel(ctx: Ctx, index: number): string {
  const step = ctx.state.devicePrep!.steps[index]!;
  return step.kind === 'app' || step.kind === 'script' ? itemLabel(ctx, step) : step.kind;
}

function skipReason(ctx: Ctx, dp: DevicePrepState, step: DevicePrepStep): string | null {
  if (step.kind === 'app') {
    const app = findApp(ctx.state, step.id);
    return app ? appSkipReason(ctx.state, dp, app) : null;
  }
  if (step.kind === 'script') {
    const script = findScript(ctx.state, step.id);
    return script ? scriptSkipReason(ctx.state, dp, script) : null;
  }
  return null;
}

function itemLabel(ctx: Ctx, step: DevicePrepStep): string {
  if (step.kind === 'app') return `app "${findApp(ctx.state, step.id)?.name ?? step.id}"`;
  if (step.kind === 'script') return `PowerShell script "${findScript(ctx.state, step.id)?.name ?? step.id}"`;
  return step.kind;
}

function stepStartText(ctx: Ctx, step: DevicePrepStep): string {
  switch (step.kind) {
    case 'join':
      return 'Device preparation: joining Microsoft Entra ID and enrolling in Intune';
    case 'management-extension':
      return 'Device preparation: installing the Intune management extension';
    case 'remove-admin':
      return 'Device preparation: removing the user from the local Administrators group (Standard User)';
    case 'sync':
      return 'Device preparation: syncing with Intune for the selected apps and scripts';
    default:
      return `Device preparation: ${step.kind === 'app' ? 'installing' : 'running'} ${itemLabel(ctx, step)}`;
  }
}

/**
 * The running step reported back (the plan's stepDone): 'stop' when the deployment ends or restarts
 * here, else the plan goes on with the next step.
 */
export function devicePrepStepDone(ctx: Ctx, stepIndex: number): 'stop' | void {
  const { state } = ctx;
  const dp = state.devicePrep;
  if (!dp || dp.phase !== 'running') return 'stop';
  const step = dp.steps[stepIndex]!;
  switch (step.kind) {
    case 'join':
      if (!joinAndEnroll(ctx, dp)) return 'stop';
      break;
    case 'management-extension':
      timeline(ctx, 'cloud', 'Intune management extension installed');
      break;
    case 'remove-admin':
      timeline(ctx, 'cloud', `${state.account.upn} removed from the local Administrators group`);
      break;
    case 'sync':
      if (state.devicePrepIssues.includes('non-utc-time-zone') && state.setup.device.timeZone !== 'UTC') {
        fail(
          ctx,
          null,
          `the device's time zone is "${state.setup.device.timeZone}", not UTC (known issue of July 2024: deployments fail outside UTC)`,
        );
        return 'stop';
      }
      timeline(ctx, 'cloud', 'Synced with Intune: policies delivered (not tracked), selected apps and scripts found');
      break;
    case 'app': {
      const app = findApp(state, step.id)!;
      if (failsOnAttempt(app, dp.attempt)) {
        dp.items[app.id] = {
          status: 'Failed',
          note: app.errorCode ? `installation failed (${app.errorCode})` : 'installation failed',
        };
        fail(ctx, app.errorCode ?? null, `the app "${app.name}" failed to install`);
        return 'stop';
      }
      dp.items[app.id] = { status: app.relationship === 'none' ? 'Installed' : 'Dependent', note: appNote(app) };
      timeline(ctx, 'cloud', `${app.intent === 'uninstall' ? 'Uninstalled' : 'Installed'} app "${app.name}"`);
      if (app.restart !== 'none') {
        dp.stepIndex += 1;
        requestReboot(ctx);
        return 'stop';
      }
      break;
    }
    case 'script': {
      const script = findScript(state, step.id)!;
      const userContext = script.context === 'user';
      if (userContext || failsOnAttempt(script, dp.attempt)) {
        const why = userContext
          ? 'it runs with the logged-on credentials, but nobody is signed in during OOBE'
          : script.errorCode
            ? `it failed (${script.errorCode})`
            : 'it failed';
        dp.items[script.id] = { status: 'Failed', note: why };
        fail(ctx, script.errorCode ?? null, `the PowerShell script "${script.name}" failed: ${why}`);
        return 'stop';
      }
      dp.items[script.id] = { status: 'Installed', note: null };
      timeline(ctx, 'cloud', `PowerShell script "${script.name}" ran`);
      break;
    }
  }
  dp.stepIndex += 1;
  dp.stepStartMs = state.clock.now;
}

function appNote(app: NonNullable<ReturnType<typeof findApp>>): string | null {
  if (app.relationship !== 'none')
    return `has a ${app.relationship} relationship: Intune reports it "Dependent" (initial release limitation)`;
  if (app.intent === 'uninstall') return 'a completed uninstall is reported "Installed" (initial release limitation)';
  return null;
}

/** Step 1: Entra join, Intune enrollment and enrollment time grouping (or the documented refusal). */
function joinAndEnroll(ctx: Ctx, dp: DevicePrepState): boolean {
  const { state } = ctx;
  const user = findUser(state, state.account.upn);
  const refusal = user ? enrollmentRefusal(ctx, user) : null;
  if (!user || refusal) {
    // [GAP] in the device-prep docs: the generic join/enrollment error page (device-preparation.md §7.2).
    stopWork(ctx);
    state.devicePrep = null;
    if (refusal) {
      if (refusal.event) logMdmEvent(ctx, refusal.event.id, 'Error', refusal.event.text);
      timeline(ctx, 'cloud', `Enrollment refused: ${refusal.reason}`);
      showPage(ctx, { id: 'something-went-wrong', message: refusal.message, code: refusal.code });
      showError(ctx, { code: refusal.code, message: refusal.message });
    }
    return false;
  }
  recordUserEnrollment(ctx, user.upn);
  dp.enrollmentDate = deviceTimeIso(state);
  const policy = policyOf(state, dp);
  timeline(
    ctx,
    'cloud',
    `Joined to Microsoft Entra ID and enrolled in Intune as ${user.upn} (enrollment profile "${policy.name}")`,
  );
  dp.inDeviceGroup = !state.devicePrepIssues.includes('group-membership-failure');
  timeline(
    ctx,
    'cloud',
    dp.inDeviceGroup
      ? `Enrollment time grouping: device added to "${policy.deviceGroup}"`
      : `Enrollment time grouping failed: device not added to "${policy.deviceGroup}" (known issue: security group membership update failure)`,
  );
  afterEnrollment(ctx);
  return true;
}

/** An app asked for a restart: the reboot message replaces the percentage for 3 s, then the device restarts. */
function requestReboot(ctx: Ctx): void {
  const dp = ctx.state.devicePrep!;
  dp.phase = 'reboot-pending';
  timeline(ctx, 'cloud', 'Device preparation: restart required');
  after(ctx, DP_TIMINGS.holdMs, { type: 'dp-hold-done', attempt: dp.attempt });
}

/** All selected work is done: 100 % for 3 s, then the success page (or known issue K7: stuck at 100 %). */
export function workFinished(ctx: Ctx): void {
  const { state } = ctx;
  const dp = state.devicePrep!;
  dp.stepIndex = dp.steps.length;
  dp.stepStartMs = state.clock.now;
  stopWork(ctx);
  if (state.devicePrepIssues.includes('hang-at-100')) {
    dp.phase = 'hung';
    timeline(
      ctx,
      'cloud',
      'Device preparation: the work is done but the page is stuck at 100% (known issue; restart the device)',
    );
    return;
  }
  dp.phase = 'finishing';
  after(ctx, DP_TIMINGS.holdMs, { type: 'dp-hold-done', attempt: dp.attempt });
}

export function onHoldDone(ctx: Ctx, attempt: number): void {
  const dp = ctx.state.devicePrep;
  if (!dp || dp.attempt !== attempt) return;
  if (dp.phase === 'finishing') showComplete(ctx);
  else if (dp.phase === 'reboot-pending') restart(ctx);
}

function showComplete(ctx: Ctx): void {
  const dp = ctx.state.devicePrep!;
  dp.phase = 'complete';
  dp.status = 'Success';
  dp.deploymentEndMs ??= ctx.state.clock.now;
  timeline(ctx, 'cloud', 'Device preparation: required setup complete');
  showPage(ctx, { id: 'device-prep-complete' });
}

/** The attempt's budget ran out: the failure page with 0x800705B4 (oobe-ui.md §18). */
export function onTimeout(ctx: Ctx, attempt: number): void {
  const dp = ctx.state.devicePrep;
  if (!dp || dp.attempt !== attempt || dp.phase !== 'running') return;
  const minutes = policyOf(ctx.state, dp).timeoutMinutes;
  if (clockElapsedMs(ctx.state, dp) < minutes * 60_000) {
    // The clock stood still while the device was offline: the budget is not used up yet.
    armTimeout(ctx);
    return;
  }
  fail(ctx, DEVICE_PREP_STRINGS.failure.timeoutCode, `the deployment took longer than the policy's ${minutes} minutes`);
}

function fail(ctx: Ctx, code: string | null, reason: string): void {
  const { state } = ctx;
  const dp = state.devicePrep!;
  stopWork(ctx);
  dp.phase = 'failed';
  dp.status = 'Failed';
  dp.failure = { code, reason };
  dp.deploymentEndMs = state.clock.now;
  timeline(ctx, 'cloud', `Device preparation failed: ${reason}; logs collected for the report`);
  showPage(ctx, { id: 'device-prep-failure' });
  const policy = policyOf(state, dp);
  showError(ctx, { code, message: policy.customErrorMessage || DEVICE_PREP_STRINGS.failure.defaultMessage });
}

/** "Retry": a new attempt with a fresh budget, from the step that failed (what is installed stays installed). */
export function retryDevicePrep(ctx: Ctx): void {
  const { state } = ctx;
  const dp = state.devicePrep!;
  dp.attempt += 1;
  dp.attemptStartMs = state.clock.now;
  dp.pausedMs = 0;
  dp.offlineSinceMs = hasInternet(state) ? null : state.clock.now;
  dp.phase = 'running';
  dp.status = 'In progress';
  dp.failure = null;
  dp.deploymentEndMs = null;
  timeline(ctx, 'input', `Retry (attempt ${dp.attempt})`);
  showPage(ctx, { id: 'device-prep-progress' });
  beginAttempt(ctx);
}

/**
 * Back after a restart (Windows resumes the deployment from its stored progress). Returns false when
 * the deployment is over and the flow goes on to sign-in and the desktop.
 */
export function resumeDevicePrep(ctx: Ctx): boolean {
  const dp = ctx.state.devicePrep;
  if (!dp) return false;
  // Called with the deployment unfinished only after a boot: the credentials typed at OOBE are gone with the memory.
  if (dp.phase !== 'finished') ctx.state.account.credentialsCached = false;
  if (dp.offlineSinceMs !== null) {
    dp.pausedMs += currentPauseMs(ctx.state, dp);
    dp.offlineSinceMs = hasInternet(ctx.state) ? null : ctx.state.clock.now;
  }
  switch (dp.phase) {
    case 'running':
    case 'reboot-pending':
      dp.phase = 'running';
      showPage(ctx, { id: 'device-prep-progress' });
      beginAttempt(ctx);
      return true;
    case 'finishing':
    case 'hung':
      // K7: after the manual restart the deployment continues to the success page.
      timeline(ctx, 'cloud', 'Device preparation resumed after the restart');
      showComplete(ctx);
      return true;
    case 'complete':
      showPage(ctx, { id: 'device-prep-complete' });
      return true;
    case 'failed':
      dp.exportBusy = false; // an export cut short by the restart wrote nothing
      showPage(ctx, { id: 'device-prep-failure' });
      return true;
    case 'finished':
      if (!dp.secondSyncDone) after(ctx, DP_TIMINGS.secondSyncMs, { type: 'dp-second-sync' });
      return false;
  }
}

/** Leaving device preparation for the desktop ("Next" on success, or "Continue anyway" on failure). */
export function finishDevicePrep(ctx: Ctx, continuedAnyway: boolean): void {
  const dp = ctx.state.devicePrep!;
  dp.phase = 'finished';
  dp.continuedAnyway = continuedAnyway;
  // The desktop says setup did not finish, as after the ESP's "Continue anyway" (an Autopilot Reset clears it).
  if (continuedAnyway) ctx.state.account.continuedPastEsp = true;
  after(ctx, DP_TIMINGS.secondSyncMs, { type: 'dp-second-sync' });
}
