import { ENROLLMENT_STRINGS } from '../../../shared/strings-enrollment';
import type { EspCategoryId } from '../../../shared/views/esp-view';
import { cancelWhere } from '../clock/virtual-clock';
import { after, showError, showPage, timeline, type Ctx } from '../context';
import { TIMINGS } from '../oobe/timings';
import { cancelPlan, startPlan } from '../plan/plan-runner';
import { ESP_PLAN_ID, espCategoryPlan } from './esp-category-plan';
import { writeSidecarProviderState, writeTrackingPoliciesCreated, writeWin32AppState } from './esp-registry';
import type { EspCategory, EspItem, EspState, EspWork } from './esp-state';
import { comgmtEspTimedOut } from '../comgmt/comgmt-esp';
import { completeDeviceStep } from './esp-device-steps';

/** What the ESP asks of the rest of the device: restarts, the hybrid pages, what comes after it. */
export interface EspHooks {
  restart(ctx: Ctx): void;
  /** The device or user part is done (or skipped): OOBE goes on. */
  next(ctx: Ctx): void;
  /** Hybrid Account setup pauses for the Entra pages ("Stay signed in to all your apps"). */
  hybridPages(ctx: Ctx): boolean;
}

const TIMEOUT_CODE = '0x800705b4';

const DEVICE_CATEGORIES: readonly EspCategoryId[] = ['device-preparation', 'device-setup'];

function esp(ctx: Ctx): EspState {
  if (!ctx.state.esp) throw new Error('the ESP is not running');
  return ctx.state.esp;
}

function category(e: EspState, id: EspCategoryId): EspCategory {
  return e.categories.find((c) => c.id === id)!;
}

function current(e: EspState): { cat: EspCategory; item: EspItem; work: EspWork; index: number } | null {
  if (!e.running) return null;
  const cat = category(e, e.running);
  for (const item of cat.items) {
    const index = item.works.findIndex((w) => w.state === 'working');
    if (index >= 0) return { cat, item, work: item.works[index]!, index };
  }
  return null;
}

function cancelEspTimers(ctx: Ctx): void {
  cancelWhere(ctx.state.clock, (e) => e.type.startsWith('esp-'));
}

/** Shows the ESP (a new page session) and starts its timer: one budget for everything this page runs. */
export function openEspPage(ctx: Ctx): void {
  const e = esp(ctx);
  e.session += 1;
  cancelWhere(ctx.state.clock, (t) => t.type === 'esp-timeout');
  showPage(ctx, { id: 'esp' });
  const minutes = ctx.state.setup.policies.enrollmentStatusPage?.timeoutMinutes ?? 60;
  after(ctx, minutes * 60_000, { type: 'esp-timeout', session: e.session });
}

/** Starts a category: Device preparation at once, the setup categories after "Identifying". */
export function runCategory(ctx: Ctx, id: EspCategoryId): void {
  const e = esp(ctx);
  const cat = category(e, id);
  e.running = id;
  cat.state = 'working';
  timeline(ctx, 'cloud', `ESP: ${ENROLLMENT_STRINGS.esp.categories[id]} started`);
  if (id === 'device-preparation') {
    // In user-driven mode the steps done before the page opened report as complete at once.
    for (const item of cat.items) if (item.works.length === 0) item.state = 'complete';
    writeSidecarProviderState(ctx, 1);
    advance(ctx);
    return;
  }
  for (const item of cat.items) item.state = 'identifying';
  after(ctx, TIMINGS.espIdentifyMs, { type: 'esp-identified', category: id });
}

export function onIdentified(ctx: Ctx, id: string, hooks: EspHooks): void {
  const e = ctx.state.esp;
  if (!e || e.running !== id || e.failure) return;
  const cat = category(e, id);
  for (const item of cat.items) {
    item.state = item.works.length === 0 ? 'not-required' : 'waiting';
    // Identified Win32 apps are listed as NotInstalled (1) before their turn (external-diagnostics.md §6.1).
    for (const w of item.works) writeWin32AppState(ctx, w, 1);
  }
  if (id === 'device-setup') writeTrackingPoliciesCreated(ctx);
  if (id === 'account-setup' && !e.hybridPagesDone && hooks.hybridPages(ctx)) return;
  advance(ctx);
}

/**
 * Runs the rest of the running category on the plan runner: every step not done yet, in order
 * (esp-category-plan.ts); the ESP's owner (esp-owner.ts) reacts to each point of the run.
 */
export function advance(ctx: Ctx): void {
  const e = esp(ctx);
  if (!e.running || e.failure) return;
  startPlan(ctx, espCategoryPlan(category(e, e.running)));
}

/** Every step of the category is done: the next category, a restart, the hybrid sign-out or leaving. */
export function completeCategory(ctx: Ctx, cat: EspCategory, hooks: EspHooks): void {
  const e = esp(ctx);
  cat.state = 'complete';
  timeline(ctx, 'cloud', `ESP: ${ENROLLMENT_STRINGS.esp.categories[cat.id]} complete`);
  if (cat.id === 'device-preparation') {
    runCategory(ctx, 'device-setup');
    return;
  }
  e.running = null;
  if (e.restartPending) {
    // Soft restarts are coalesced at the end of Device setup; the ESP resumes after it.
    e.restartPending = false;
    ctx.state.account.credentialsCached = false;
    timeline(ctx, 'power', 'Restarting to finish installing apps');
    hooks.restart(ctx);
    return;
  }
  if (cat.id === 'account-setup' && ctx.state.setup.policies.deploymentProfile?.joinType === 'hybrid') {
    // Hybrid: the ESP stays up with a "Sign out" button (user-driven.md §3 row 16).
    cancelEspTimers(ctx);
    e.awaitingSignOut = true;
    return;
  }
  after(ctx, TIMINGS.espLeaveMs, { type: 'esp-leave', phase: cat.id === 'account-setup' ? 'user' : 'device' });
}

/** The ESP's error state: the step shows its code, later steps "Previous step failed". */
export function failWork(ctx: Ctx, code: string): void {
  const e = esp(ctx);
  const at = current(e);
  const failedCategory = e.running ?? 'device-preparation';
  if (at) {
    at.work.state = 'failed';
    at.item.state = 'failed';
    at.item.errorCode = code;
    writeWin32AppState(ctx, at.work, 4);
    if (at.work.ref === 'ime') writeSidecarProviderState(ctx, 4);
  }
  let pastFailed = false;
  for (const cat of e.categories) {
    if (cat.id === failedCategory) {
      cat.state = 'failed';
      pastFailed = true;
      for (const item of cat.items)
        if (item !== at?.item && item.state !== 'complete' && item.state !== 'not-required')
          item.state = 'previous-failed';
    } else if (pastFailed && cat.state !== 'complete') {
      // Every category after the failed one, Account setup included during the device phase (oobe-ui.md §12.2).
      cat.state = 'previous-failed';
    }
  }
  e.failure = { code, category: failedCategory };
  e.running = null;
  cancelPlan(ctx, ESP_PLAN_ID);
  cancelEspTimers(ctx);
  if (e.mode === 'technician') {
    // The technician flow never shows the ESP's error state: 5 s later the result page opens (oobe-ui.md §12.6).
    after(ctx, TIMINGS.espLeaveMs, { type: 'esp-leave', phase: 'device' });
    return;
  }
  showPage(ctx, { id: 'esp-error' });
  const message = ctx.state.setup.policies.enrollmentStatusPage?.customMessage ?? ENROLLMENT_STRINGS.esp.defaultError;
  showError(ctx, { code, message });
}

/**
 * A step run by a plan of its own (co-management's client install and task sequence) is done: the
 * ESP's step, held while that plan ran, is marked done and the category goes on from the next step.
 */
export function finishExternalWork(ctx: Ctx, ref: string): void {
  const e = ctx.state.esp;
  const at = e && !e.failure ? current(e) : null;
  if (at?.work.ref !== ref) return;
  at.work.state = 'done';
  completeDeviceStep(ctx, at.work);
  timeline(ctx, 'cloud', `ESP: ${at.work.name} done`);
  advance(ctx);
}

/** The page timer ran out: whatever is working fails with 0x800705b4 (esp.md §5). */
export function onTimeout(ctx: Ctx, session: number): void {
  const e = ctx.state.esp;
  if (!e || e.session !== session || e.failure || !e.running) return;
  timeline(ctx, 'cloud', 'ESP: the time limit ran out');
  comgmtEspTimedOut(ctx, current(e)?.work);
  failWork(ctx, TIMEOUT_CODE);
}

/** "Try again": failed steps go back to waiting, the timer restarts, the category reruns. */
export function tryAgain(ctx: Ctx): void {
  const e = esp(ctx);
  const failure = e.failure;
  if (!failure) return;
  for (const cat of e.categories) {
    if (cat.state === 'failed' || cat.state === 'previous-failed') cat.state = 'waiting';
    for (const item of cat.items) {
      if (item.state === 'failed' || item.state === 'previous-failed') item.state = 'waiting';
      item.errorCode = null;
      for (const w of item.works) if (w.state !== 'done') w.state = 'waiting';
    }
  }
  e.failure = null;
  timeline(ctx, 'input', 'ESP: Try again');
  openEspPage(ctx);
  const cat = category(e, failure.category);
  e.running = cat.id;
  cat.state = 'working';
  advance(ctx);
}

/** Leaves the part on screen without finishing it ("Continue anyway"). */
export function continueAnyway(ctx: Ctx, hooks: EspHooks): void {
  const e = esp(ctx);
  cancelPlan(ctx, ESP_PLAN_ID);
  cancelEspTimers(ctx);
  e.running = null;
  // The failed categories keep showing their error; the page itself is no longer in its error state.
  e.failure = null;
  ctx.state.account.continuedPastEsp = true;
  if (e.phase === 'device') e.deviceLeft = true;
  else e.userLeft = true;
  timeline(ctx, 'input', 'ESP: Continue anyway');
  hooks.next(ctx);
}

export function onLeave(ctx: Ctx, phase: 'device' | 'user', hooks: EspHooks): void {
  const e = ctx.state.esp;
  if (!e || e.phase !== phase) return;
  cancelEspTimers(ctx);
  if (phase === 'device') e.deviceLeft = true;
  else e.userLeft = true;
  hooks.next(ctx);
}

/** Resumes the ESP after a restart (or a return from the diagnostics page). */
export function resumeEsp(ctx: Ctx, hooks: EspHooks): void {
  const e = esp(ctx);
  if (e.failure) {
    if (e.mode === 'technician') hooks.next(ctx);
    else showPage(ctx, { id: 'esp-error' });
    return;
  }
  openEspPage(ctx);
  if (e.awaitingSignOut) return;
  if (e.running) {
    // The step it was on starts over (its plan step's onRestart rule); a run held after its step's
    // restart goes on with the next one.
    advance(ctx);
    return;
  }
  const ofPhase: readonly EspCategoryId[] = e.phase === 'user' ? ['account-setup'] : DEVICE_CATEGORIES;
  const next = e.categories.find((c) => c.state !== 'complete' && ofPhase.includes(c.id));
  if (next) runCategory(ctx, next.id);
  else after(ctx, TIMINGS.espLeaveMs, { type: 'esp-leave', phase: e.phase });
}
