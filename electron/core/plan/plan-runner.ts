import { cancelWhere } from '../clock/virtual-clock';
import { after, timeline, type Ctx } from '../context';
import { Rng } from '../rng';
import type { DeviceState } from '../state';
import { unmetNeed } from './plan-needs';
import type { PlanOwner } from './plan-owner';
import type { Plan, PlanBlock, PlanFailureCause, PlanOutcome, PlanRun, PlanStep, PlanTimer } from './plan-types';
import { applyWrites } from './plan-writes';

/**
 * The one runner for every staged process (see README.md). A run lives in `state.plans[plan.id]` as
 * plain JSON; its timers are `{ type: 'plan' }` events on the device's virtual clock, stamped with the
 * run's epoch so a paused, cancelled or restarted step's old timers fire harmlessly.
 */

const NO_OWNER: PlanOwner<Ctx> = {};

function ownerOf(ctx: Ctx, run: PlanRun): PlanOwner<Ctx> {
  return ctx.hooks.planOwners?.[run.plan.owner] ?? NO_OWNER;
}

/** The run with this id, if one was started (finished runs stay, so their outcome can be read). */
export function planRun(state: DeviceState, id: string): PlanRun | null {
  return state.plans?.[id] ?? null;
}

function stepOf(run: PlanRun): PlanStep | null {
  return run.plan.steps[run.index] ?? null;
}

/** How the current try of the step ends: what its owner decided as it began, else the plan's outcome. */
function outcomeOf(run: PlanRun, step: PlanStep): PlanOutcome {
  return run.decided ?? step.outcome;
}

function say(ctx: Ctx, run: PlanRun, text: string): void {
  if (run.plan.label !== undefined) timeline(ctx, 'cloud', `${run.plan.label}${text}`);
}

function tick(ctx: Ctx, run: PlanRun, delayMs: number, what: PlanTimer['tick']): void {
  after(ctx, delayMs, { type: 'plan', run: run.plan.id, epoch: run.epoch, tick: what });
}

/**
 * Takes the run's timers off the clock queue (all, or all but its timeout): an ended run leaves none
 * behind, and a step that stopped leaves no stale step timer that would keep the clock going.
 */
function dropTimers(ctx: Ctx, run: PlanRun, keepTimeout: boolean): void {
  cancelWhere(
    ctx.state.clock,
    (e) => e.type === 'plan' && e.run === run.plan.id && !(keepTimeout && e.tick === 'timeout'),
  );
}

/** Draws a step's duration: fixed, or from the seeded stream named after the plan, step and try. */
function drawDuration(state: DeviceState, run: PlanRun, step: PlanStep): number {
  const d = step.duration;
  if (d.kind === 'fixed') return d.ms;
  const span = Math.max(0, d.maxMs - d.minMs);
  const rng = Rng.derive(state.setup.seed, `plan:${run.plan.id}:${step.id}:${run.tries}`);
  return d.minMs + rng.int(span + 1);
}

/**
 * Starts a plan (replacing an earlier run with the same id, whose timers go stale): the timeout is
 * armed and the first step begins at once.
 */
export function startPlan(ctx: Ctx, plan: Plan): PlanRun {
  const { state } = ctx;
  const previous = state.plans?.[plan.id];
  if (previous) dropTimers(ctx, previous, false);
  const run: PlanRun = {
    plan,
    status: 'running',
    index: 0,
    epoch: (previous?.epoch ?? 0) + 1,
    begun: false,
    stepMs: 0,
    doneMs: 0,
    segmentFromMs: null,
    tries: 0,
    startedAtMs: state.clock.now,
    deadlineMs: plan.timeout ? state.clock.now + plan.timeout.ms : null,
    waitingFor: null,
    failure: null,
  };
  state.plans = { ...state.plans, [plan.id]: run };
  if (plan.timeout) tick(ctx, run, plan.timeout.ms, 'timeout');
  beginStep(ctx, run);
  return run;
}

function beginStep(ctx: Ctx, run: PlanRun): void {
  const step = stepOf(run);
  if (!step) {
    run.status = 'done';
    run.epoch += 1;
    dropTimers(ctx, run, false);
    say(ctx, run, 'complete');
    ownerOf(ctx, run).done?.(ctx, run);
    return;
  }
  run.status = 'running';
  run.begun = true;
  run.stepMs = drawDuration(ctx.state, run, step);
  run.decided = null;
  const decision = ownerOf(ctx, run).decide?.(ctx, run, step);
  if (decision === 'skip') {
    // Not needed on this device (an app already there, an item the policy leaves out): the next one.
    run.index += 1;
    run.tries = 0;
    if (isLive(ctx, run)) beginStep(ctx, run);
    return;
  }
  if (decision) {
    run.stepMs = decision.ms;
    run.decided = decision.outcome;
  }
  run.doneMs = 0;
  run.segmentFromMs = null;
  run.waitingFor = null;
  applyWrites(ctx, step.writesOnStart);
  ownerOf(ctx, run).started?.(ctx, run, step);
  if (isLive(ctx, run)) work(ctx, run);
}

/** Whether the run is still the one in the state and still active (an owner hook may have ended it). */
function isLive(ctx: Ctx, run: PlanRun): boolean {
  return ctx.state.plans?.[run.plan.id] === run && (run.status === 'running' || run.status === 'waiting');
}

function blockOf(ctx: Ctx, run: PlanRun, step: PlanStep): PlanBlock | null {
  const route = unmetNeed(ctx.state, step.needs);
  if (route) return { kind: 'wait', reason: route };
  return ownerOf(ctx, run).blocker?.(ctx, run, step) ?? null;
}

/** The current step works if nothing blocks it, else waits (and looks again every `pollMs`) or fails. */
function work(ctx: Ctx, run: PlanRun): void {
  const step = stepOf(run)!;
  const block = blockOf(ctx, run, step);
  if (block?.kind === 'fail') {
    failRun(ctx, run, block.code, block.reason, 'blocked');
    return;
  }
  if (block) {
    const first = run.waitingFor === null;
    run.status = 'waiting';
    run.waitingFor = block.reason;
    if (first) {
      say(ctx, run, `${step.name} is waiting: ${block.reason}`);
      ownerOf(ctx, run).waiting?.(ctx, run, step, block.reason);
    }
    tick(ctx, run, run.plan.pollMs, 'poll');
    return;
  }
  if (run.waitingFor !== null) {
    run.waitingFor = null;
    run.status = 'running';
    say(ctx, run, `${step.name} can go on`);
    ownerOf(ctx, run).resumed?.(ctx, run, step);
    if (!isLive(ctx, run)) return;
  }
  run.status = 'running';
  if (outcomeOf(run, step).kind === 'hang') {
    // Never finishes: only the plan's timeout (or the owner) ends it.
    run.status = 'hung';
    say(ctx, run, `${step.name} never finishes`);
    ownerOf(ctx, run).hung?.(ctx, run, step);
    return;
  }
  run.segmentFromMs = ctx.state.clock.now;
  tick(ctx, run, Math.max(0, run.stepMs - run.doneMs), 'step-done');
}

function stepFinished(ctx: Ctx, run: PlanRun): void {
  const step = stepOf(run)!;
  run.doneMs = run.stepMs;
  run.segmentFromMs = null;
  const outcome = outcomeOf(run, step);
  if (outcome.kind === 'failure') {
    if (step.retry && run.tries < step.retry.attempts) {
      run.tries += 1;
      run.status = 'retrying';
      say(ctx, run, `${step.name} failed (${outcome.code}); trying again`);
      tick(ctx, run, step.retry.delayMs, 'retry');
      return;
    }
    failRun(ctx, run, outcome.code, outcome.reason, 'outcome');
    return;
  }
  applyWrites(ctx, step.writes);
  say(ctx, run, `${step.name} done`);
  run.index += 1;
  run.tries = 0;
  run.begun = false;
  if (ownerOf(ctx, run).stepDone?.(ctx, run, step) === 'stop') {
    // The owner holds the run here (a restart, a page); continuePlan or resumePlan goes on.
    if (run.status === 'running') run.status = 'suspended';
    return;
  }
  if (ctx.state.plans?.[run.plan.id] === run && run.status === 'running') beginStep(ctx, run);
}

function failRun(ctx: Ctx, run: PlanRun, code: string, reason: string, cause: PlanFailureCause): void {
  const step = stepOf(run);
  run.status = 'failed';
  run.epoch += 1;
  dropTimers(ctx, run, false);
  run.segmentFromMs = null;
  run.failure = { code, stepId: step?.id ?? null, reason, cause };
  say(ctx, run, `${step?.name ?? 'the deployment'} failed: ${reason}`);
  ownerOf(ctx, run).failed?.(ctx, run, step, code);
}

/** Routes one of the runner's timers; stale ones (an older epoch, a finished run) do nothing. */
export function planTimerFired(ctx: Ctx, timer: PlanTimer): void {
  const run = ctx.state.plans?.[timer.run];
  if (!run) return;
  if (timer.tick === 'timeout') {
    const active = run.status !== 'done' && run.status !== 'failed' && run.status !== 'cancelled';
    if (!active || run.deadlineMs === null || ctx.state.clock.now < run.deadlineMs) return;
    const limit = run.plan.timeout!;
    failRun(ctx, run, limit.code, limit.reason, 'timeout');
    return;
  }
  if (timer.epoch !== run.epoch) return;
  switch (timer.tick) {
    case 'step-done':
      if (run.status === 'running') stepFinished(ctx, run);
      return;
    case 'poll':
      if (run.status === 'waiting') work(ctx, run);
      return;
    case 'retry':
      if (run.status === 'retrying') beginStep(ctx, run);
      return;
    default:
      timer.tick satisfies never;
  }
}

/**
 * The network changed (a cable, Wi-Fi, the uplink, an endpoint, a domain controller): a working step
 * whose route went stops making progress now. What it keeps follows its `interrupted` rule.
 */
export function planRoutesChanged(ctx: Ctx): void {
  for (const run of Object.values(ctx.state.plans ?? {})) {
    if (run.status !== 'running' || run.segmentFromMs === null) continue;
    const step = stepOf(run)!;
    const reason = unmetNeed(ctx.state, step.needs);
    if (!reason) continue;
    const rule = step.interrupted;
    if (rule.kind === 'fail') {
      failRun(ctx, run, rule.code, `${rule.reason} (${reason})`, 'interrupted');
      continue;
    }
    run.doneMs = rule.kind === 'resume' ? run.doneMs + (ctx.state.clock.now - run.segmentFromMs) : 0;
    run.segmentFromMs = null;
    run.epoch += 1;
    dropTimers(ctx, run, true);
    work(ctx, run);
  }
}

/**
 * The current step's remaining work now takes another time (a download whose link speed changed): the
 * part done is kept, `remaining` maps the share left (0–1) to its new time, and a working step's timer
 * moves to the new end.
 */
export function rescaleStep(ctx: Ctx, id: string, remaining: (shareLeft: number) => number): void {
  const run = ctx.state.plans?.[id];
  if (!run?.begun || (run.status !== 'running' && run.status !== 'waiting')) return;
  const working = run.status === 'running' && run.segmentFromMs !== null;
  if (working) run.doneMs += ctx.state.clock.now - run.segmentFromMs!;
  const shareLeft = run.stepMs > 0 ? Math.max(0, 1 - run.doneMs / run.stepMs) : 0;
  run.stepMs = run.doneMs + Math.ceil(remaining(shareLeft));
  if (!working) return;
  run.segmentFromMs = ctx.state.clock.now;
  run.epoch += 1;
  dropTimers(ctx, run, true);
  tick(ctx, run, Math.max(0, run.stepMs - run.doneMs), 'step-done');
}

/**
 * The step at work hangs from now on (a trainer's fault): it keeps what it did, its timer goes and
 * only the plan's timeout (or its owner's) ends it, as a step whose outcome is a hang.
 */
export function hangCurrentStep(ctx: Ctx, id: string): void {
  const run = ctx.state.plans?.[id];
  const step = run ? stepOf(run) : undefined;
  if (!run || !step || !run.begun || run.status !== 'running') return;
  if (run.segmentFromMs !== null) run.doneMs += ctx.state.clock.now - run.segmentFromMs;
  run.segmentFromMs = null;
  run.decided = { kind: 'hang' };
  run.status = 'hung';
  run.epoch += 1;
  dropTimers(ctx, run, true);
  say(ctx, run, `${step.name} never finishes`);
  ownerOf(ctx, run).hung?.(ctx, run, step);
}

/** The device goes off: every working step keeps the progress it made; its timers die with the boot. */
export function suspendPlans(state: DeviceState): void {
  for (const run of Object.values(state.plans ?? {})) {
    if (run.status !== 'running' && run.status !== 'waiting' && run.status !== 'hung') continue;
    if (run.segmentFromMs !== null) run.doneMs += state.clock.now - run.segmentFromMs;
    run.segmentFromMs = null;
    run.status = 'suspended';
  }
}

/**
 * Goes on with a suspended run after a restart (or after its owner held it at a step): the step at
 * work follows its `onRestart` rule; a run held between steps begins the next one. The timeout is
 * armed again for what is left of it.
 */
export function resumePlan(ctx: Ctx, id: string): void {
  const run = ctx.state.plans?.[id];
  if (!run || run.status !== 'suspended') return;
  run.epoch += 1;
  if (run.deadlineMs !== null) tick(ctx, run, run.deadlineMs - ctx.state.clock.now, 'timeout');
  const step = stepOf(run);
  if (!step || !run.begun || step.onRestart === 'restart') {
    beginStep(ctx, run);
    return;
  }
  if (step.onRestart !== 'resume') {
    failRun(ctx, run, step.onRestart.code, step.onRestart.reason, 'restart');
    return;
  }
  run.status = 'running';
  work(ctx, run);
}

/** The owner lets a run it held (stepDone returned 'stop') go on to its next step. */
export function continuePlan(ctx: Ctx, id: string): void {
  const run = ctx.state.plans?.[id];
  if (!run || run.status !== 'suspended') return;
  run.epoch += 1;
  beginStep(ctx, run);
}

/** "Try again" on a failed run: the failed step starts over with a fresh time budget. */
export function retryPlan(ctx: Ctx, id: string): void {
  const run = ctx.state.plans?.[id];
  if (!run || run.status !== 'failed') return;
  run.failure = null;
  run.tries = 0;
  run.epoch += 1;
  if (run.plan.timeout) {
    run.deadlineMs = ctx.state.clock.now + run.plan.timeout.ms;
    tick(ctx, run, run.plan.timeout.ms, 'timeout');
  }
  beginStep(ctx, run);
}

/** Ends a run without an outcome ("Continue anyway", a reset): its timers go stale. */
export function cancelPlan(ctx: Ctx, id: string): void {
  const run = ctx.state.plans?.[id];
  if (!run || run.status === 'done' || run.status === 'failed') return;
  run.status = 'cancelled';
  run.epoch += 1;
  dropTimers(ctx, run, false);
  run.segmentFromMs = null;
}

/** How far the run is, 0–1, counting steps by their drawn time as far as known (for progress bars). */
export function planProgress(state: DeviceState, id: string): number {
  const run = state.plans?.[id];
  if (!run) return 0;
  const total = run.plan.steps.length;
  if (total === 0 || run.status === 'done') return 1;
  const live = run.segmentFromMs === null ? 0 : state.clock.now - run.segmentFromMs;
  const inStep = run.stepMs > 0 ? Math.min(1, (run.doneMs + live) / run.stepMs) : 0;
  return Math.min(1, (run.index + inStep) / total);
}
