import { ENROLLMENT_STRINGS } from '../../../shared/strings-enrollment';
import type { EspCategoryId } from '../../../shared/views/esp-view';
import { cancelWhere } from '../clock/virtual-clock';
import { after, showError, showPage, timeline, type Ctx } from '../context';
import { applyOfflineDomainJoin, logOfflineDomainJoinFailure } from '../enrollment/domain-join';
import { TIMINGS } from '../oobe/timings';
import { blockerOf, type Blocker } from './esp-blockers';
import { logAttestationFailure, startAttestation } from './esp-attestation';
import { completeDeviceStep, deviceStepBlocker, logDeviceStepFailure } from './esp-device-steps';
import { writeSidecarProviderState, writeTrackingPoliciesCreated, writeWin32AppState } from './esp-registry';
import type { EspCategory, EspItem, EspState, EspWork } from './esp-state';
import { comgmtEspTimedOut, isComgmtWork, startComgmtWork } from '../comgmt/comgmt-esp';

/** What the ESP asks of the rest of the device: restarts, the hybrid pages, what comes after it. */
export interface EspHooks {
  restart(ctx: Ctx): void;
  /** The device or user part is done (or skipped): OOBE goes on. */
  next(ctx: Ctx): void;
  /** Hybrid Account setup pauses for the Entra pages ("Stay signed in to all your apps"). */
  hybridPages(ctx: Ctx): boolean;
}

const TIMEOUT_CODE = '0x800705b4';
/** ERROR_INSTALL_FAILURE, for a failing app whose scenario gives no code. */
const DEFAULT_FAILURE_CODE = '0x80070643';

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

/**
 * The step a timer names, when it is the one working: the same answer as `current` (the ESP runs one
 * step at a time) without scanning every earlier step, which made 1,000 apps quadratic.
 */
function workingAt(
  e: EspState,
  categoryId: string,
  itemId: string,
  index: number,
): { cat: EspCategory; item: EspItem; work: EspWork; index: number } | null {
  if (e.running !== categoryId) return null;
  const cat = category(e, e.running);
  const item = cat.items.find((i) => i.id === itemId);
  const work = item?.works[index];
  return item && work?.state === 'working' ? { cat, item, work, index } : null;
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
export function runCategory(ctx: Ctx, id: EspCategoryId, hooks: EspHooks): void {
  const e = esp(ctx);
  const cat = category(e, id);
  e.running = id;
  cat.state = 'working';
  timeline(ctx, 'cloud', `ESP: ${ENROLLMENT_STRINGS.esp.categories[id]} started`);
  if (id === 'device-preparation') {
    // In user-driven mode the steps done before the page opened report as complete at once.
    for (const item of cat.items) if (item.works.length === 0) item.state = 'complete';
    writeSidecarProviderState(ctx, 1);
    advance(ctx, hooks);
    return;
  }
  for (const item of cat.items) item.state = 'identifying';
  after(ctx, TIMINGS.espIdentifyMs, { type: 'esp-identified', category: id });
}

export function onIdentified(ctx: Ctx, id: string, hooks: EspHooks): void {
  const e = ctx.state.esp;
  if (!e || e.running !== id || e.failure) return;
  const cat = category(e, id as EspCategoryId);
  for (const item of cat.items) {
    item.state = item.works.length === 0 ? 'not-required' : 'waiting';
    // Identified Win32 apps are listed as NotInstalled (1) before their turn (external-diagnostics.md §6.1).
    for (const w of item.works) writeWin32AppState(ctx, w, 1);
  }
  if (id === 'device-setup') writeTrackingPoliciesCreated(ctx);
  if (id === 'account-setup' && !e.hybridPagesDone && hooks.hybridPages(ctx)) return;
  advance(ctx, hooks);
}

/** Starts the next waiting step of the running category, or completes the category. */
export function advance(ctx: Ctx, hooks: EspHooks, done?: { item: EspItem; index: number }): void {
  const e = esp(ctx);
  if (!e.running || e.failure) return;
  const cat = category(e, e.running);
  for (const item of cat.items) {
    if (item.state === 'complete' || item.state === 'not-required') continue;
    // Steps finish in order: after step `done.index`, look from the next one (keeps 1,000 apps linear).
    const from = done?.item === item ? done.index + 1 : 0;
    const index = firstNotDone(item.works, from);
    if (index < 0) {
      item.state = 'complete';
      continue;
    }
    startWork(ctx, item, item.works[index]!, index, hooks);
    return;
  }
  completeCategory(ctx, cat, hooks);
}

function firstNotDone(works: readonly EspWork[], from: number): number {
  for (let i = from; i < works.length; i += 1) if (works[i]!.state !== 'done') return i;
  return -1;
}

function startWork(ctx: Ctx, item: EspItem, work: EspWork, index: number, hooks: EspHooks): void {
  const e = esp(ctx);
  item.state = 'working';
  work.state = 'working';
  writeWin32AppState(ctx, work, 2);
  if (work.ref === 'tpm-attestation') {
    startAttestation(ctx, e.running!, item, work, index);
    return;
  }
  // Co-management's client install and task sequence run as plans of their own (electron/core/comgmt/).
  if (isComgmtWork(work)) {
    if (startComgmtWork(ctx, work) === 'done') onWorkDone(ctx, e.running!, item.id, index, hooks);
    return;
  }
  const blocker = blockerOf(ctx.state, work) ?? deviceStepBlocker(ctx.state, work);
  if (blocker?.kind === 'fail') {
    failBlocked(ctx, work, blocker);
    return;
  }
  if (blocker?.kind === 'wait') {
    work.waitingSinceMs ??= ctx.state.clock.now;
    timeline(ctx, 'cloud', `ESP: ${work.name} is waiting: ${blocker.reason}`);
    after(ctx, TIMINGS.espPollMs, { type: 'esp-poll' });
    return;
  }
  if (work.outcome === 'hang') {
    timeline(ctx, 'cloud', `ESP: ${work.name} never finishes installing`);
    return;
  }
  after(ctx, work.durationMs, { type: 'esp-work-done', category: e.running!, item: item.id, index });
}

/** A step its blocker stops for good: the timeline line, the step's events, the failure. */
function failBlocked(ctx: Ctx, work: EspWork, blocker: Extract<Blocker, { kind: 'fail' }>): void {
  timeline(ctx, 'cloud', `ESP: ${work.name} failed: ${blocker.reason}`);
  if (work.ref === 'odj') logOfflineDomainJoinFailure(ctx, blocker.code);
  logDeviceStepFailure(ctx, work, blocker.code);
  failWork(ctx, blocker.code);
}

/** A blocked step looks again: a fixed clock, a restored endpoint or a reachable DC lets it go on. */
export function onPoll(ctx: Ctx): void {
  const e = ctx.state.esp;
  const at = e && !e.failure ? current(e) : null;
  if (!at) return;
  const blocker = blockerOf(ctx.state, at.work) ?? deviceStepBlocker(ctx.state, at.work);
  if (blocker?.kind === 'wait') after(ctx, TIMINGS.espPollMs, { type: 'esp-poll' });
  else if (blocker?.kind === 'fail') {
    // The offline domain join gives up after waiting (the technician flow's domain controller): say why, log it.
    if (at.work.ref === 'odj') failBlocked(ctx, at.work, blocker);
    else {
      logDeviceStepFailure(ctx, at.work, blocker.code);
      failWork(ctx, blocker.code);
    }
  } else {
    timeline(ctx, 'cloud', `ESP: ${at.work.name} can go on`);
    after(ctx, at.work.durationMs, { type: 'esp-work-done', category: at.cat.id, item: at.item.id, index: at.index });
  }
}

/** A step run by a plan of its own (co-management) is done: the ESP goes on as after a step's timer. */
export function finishExternalWork(ctx: Ctx, ref: string, hooks: EspHooks): void {
  const e = ctx.state.esp;
  const at = e && !e.failure ? current(e) : null;
  if (at?.work.ref === ref) onWorkDone(ctx, at.cat.id, at.item.id, at.index, hooks);
}

export function onWorkDone(ctx: Ctx, categoryId: string, itemId: string, index: number, hooks: EspHooks): void {
  const e = ctx.state.esp;
  const at = e && !e.failure ? workingAt(e, categoryId, itemId, index) : null;
  if (!at) return;
  const { work } = at;
  if (work.outcome === 'failure') {
    timeline(ctx, 'cloud', `ESP: ${work.name} failed`);
    if (work.ref === 'tpm-attestation') logAttestationFailure(ctx, work.errorCode ?? TIMEOUT_CODE);
    failWork(ctx, work.errorCode ?? DEFAULT_FAILURE_CODE);
    return;
  }
  work.state = 'done';
  writeWin32AppState(ctx, work, 3);
  if (work.ref === 'ime') writeSidecarProviderState(ctx, 3);
  if (work.ref === 'odj') applyOfflineDomainJoin(ctx);
  completeDeviceStep(ctx, work);
  timeline(ctx, 'cloud', `ESP: ${work.name} done`);
  if (work.restart === 'hard' && e!.phase === 'device') {
    timeline(ctx, 'power', `${work.name} asks for a restart now`);
    ctx.state.account.credentialsCached = false;
    hooks.restart(ctx);
    return;
  }
  if (work.restart === 'soft' && e!.phase === 'device') e!.restartPending = true;
  advance(ctx, hooks, { item: at.item, index });
}

function completeCategory(ctx: Ctx, cat: EspCategory, hooks: EspHooks): void {
  const e = esp(ctx);
  cat.state = 'complete';
  timeline(ctx, 'cloud', `ESP: ${ENROLLMENT_STRINGS.esp.categories[cat.id]} complete`);
  if (cat.id === 'device-preparation') {
    runCategory(ctx, 'device-setup', hooks);
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
    } else if (pastFailed && (e.phase === 'user' || DEVICE_CATEGORIES.includes(cat.id))) {
      cat.state = 'previous-failed';
    }
  }
  e.failure = { code, category: failedCategory };
  e.running = null;
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

/** The page timer ran out: whatever is working fails with 0x800705b4 (esp.md §5). */
export function onTimeout(ctx: Ctx, session: number): void {
  const e = ctx.state.esp;
  if (!e || e.session !== session || e.failure || !e.running) return;
  timeline(ctx, 'cloud', 'ESP: the time limit ran out');
  comgmtEspTimedOut(ctx, current(e)?.work);
  failWork(ctx, TIMEOUT_CODE);
}

/** "Try again": failed steps go back to waiting, the timer restarts, the category reruns. */
export function tryAgain(ctx: Ctx, hooks: EspHooks): void {
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
  advance(ctx, hooks);
}

/** Leaves the part on screen without finishing it ("Continue anyway"). */
export function continueAnyway(ctx: Ctx, hooks: EspHooks): void {
  const e = esp(ctx);
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
    const at = current(e);
    if (at) startWork(ctx, at.item, at.work, at.index, hooks);
    else advance(ctx, hooks);
    return;
  }
  const ofPhase: readonly EspCategoryId[] = e.phase === 'user' ? ['account-setup'] : DEVICE_CATEGORIES;
  const next = e.categories.find((c) => c.state !== 'complete' && ofPhase.includes(c.id));
  if (next) runCategory(ctx, next.id, hooks);
  else after(ctx, TIMINGS.espLeaveMs, { type: 'esp-leave', phase: e.phase });
}
