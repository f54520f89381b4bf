import { showPage, timeline, type Ctx } from '../context';
import type { PlanOwner } from '../plan/plan-owner';
import { startPlan } from '../plan/plan-runner';
import type { Plan } from '../plan/plan-types';
import { restart, shutDown } from '../power';
import type { DeviceState } from '../state';
import { initialExistingDevice } from './existing-device-state';
import { applyStepEffect } from './task-sequence-effects';
import { taskSequencePlan } from './task-sequence-plan';

/**
 * The Configuration Manager task sequence of Windows Autopilot deployment for existing devices
 * (provisioning-modes.md §3.5): the user starts it from Software Center (or a Required deployment
 * starts it), each step takes virtual time, restarts go through the boot screen, and after Sysprep
 * the device restarts (or powers off) into OOBE.
 */

export { initialExistingDevice };

/** The task sequence still owns the device: OOBE (and its profile download) waits until Sysprep has run. */
export function taskSequenceOwnsDevice(state: DeviceState): boolean {
  return state.existingDevice !== null && state.existingDevice.phase !== 'done';
}

/**
 * Boot finished. Returns true when the task sequence takes the screen: the old Windows shows
 * Software Center (or starts a Required deployment), a restart inside the task sequence resumes it.
 */
export function onExistingDeviceBoot(ctx: Ctx): boolean {
  const { state } = ctx;
  const ed = state.existingDevice;
  const setup = state.setup.existingDevice;
  if (!ed || !setup || ed.phase === 'done') return false;
  if (ed.phase === 'old-windows') {
    if (setup.taskSequence.start === 'required') startTaskSequence(ctx);
    else showPage(ctx, { id: 'task-sequence', stage: 'software-center' });
    return true;
  }
  startStep(ctx, ed.step);
  return true;
}

/** "Install" confirmed in Software Center, or the Required deployment's deadline: the task sequence starts. */
export function startTaskSequence(ctx: Ctx): void {
  const ed = ctx.state.existingDevice;
  if (!ed || ed.phase !== 'old-windows') return;
  ed.phase = 'running';
  timeline(ctx, 'update', `Task sequence "${ctx.state.setup.existingDevice?.taskSequence.name}" started`);
  startStep(ctx, 0);
}

/** The task sequence's one run in `state.plans`; a step's id is its index in the task sequence. */
export const TASK_SEQUENCE_PLAN_ID = 'task-sequence';

/**
 * Runs the task sequence from step `index` on the plan runner. Its steps run on the device itself
 * (content from the Configuration Manager distribution point on the local network), so they list no
 * routes; a restart inside the task sequence starts the interrupted step over.
 */
function startStep(ctx: Ctx, index: number): void {
  const steps = taskSequencePlan(ctx.state.setup.existingDevice!);
  const plan: Plan = {
    id: TASK_SEQUENCE_PLAN_ID,
    owner: 'task-sequence',
    pollMs: 60_000,
    steps: steps.slice(index).map((step, i) => ({
      id: String(index + i),
      name: step.name,
      duration: { kind: 'fixed', ms: step.durationMs },
      needs: [],
      writes: [],
      outcome: { kind: 'success' },
      interrupted: { kind: 'resume' },
      onRestart: 'restart',
    })),
  };
  startPlan(ctx, plan);
}

/** What the task sequence does at each point of its plan (registered as 'task-sequence'). */
export const TASK_SEQUENCE_OWNER: PlanOwner<Ctx> = {
  started(ctx, _run, planStep) {
    const { state } = ctx;
    const ed = state.existingDevice!;
    const steps = taskSequencePlan(state.setup.existingDevice!);
    const index = Number(planStep.id);
    const step = steps[index]!;
    const resumed = index > 0 && steps[index - 1]!.name === step.name;
    ed.step = index;
    ed.stepStartedAt = state.clock.now;
    showPage(ctx, { id: 'task-sequence', stage: 'running' });
    timeline(
      ctx,
      'update',
      `Task sequence running action: ${step.name}${resumed ? ' (resumed after the restart)' : ''}`,
    );
  },
  /** The running step finished: its effect applies, then the next step, a restart, or the end (Sysprep). */
  stepDone(ctx, _run, planStep) {
    const { state } = ctx;
    const ed = state.existingDevice;
    const setup = state.setup.existingDevice;
    if (!ed || !setup || ed.phase !== 'running') return 'stop';
    const steps = taskSequencePlan(setup);
    const index = Number(planStep.id);
    const step = steps[index]!;
    applyStepEffect(ctx, step.effect, ed, setup);
    if (index < steps.length - 1 && step.restartAfter) {
      // The next boot resumes at the next step (onExistingDeviceBoot).
      ed.step = index + 1;
      restart(ctx);
      return 'stop';
    }
  },
  done(ctx) {
    finish(ctx);
  },
};

/** Sysprep has run: OOBE owns the next boot. A factory reset from here on is a reset of the new Windows. */
function finish(ctx: Ctx): void {
  const { state } = ctx;
  const ed = state.existingDevice!;
  const setup = state.setup.existingDevice!;
  ed.phase = 'done';
  state.setup.device.existingState = 'reimaged';
  timeline(ctx, 'update', `Task sequence "${setup.taskSequence.name}" completed`);
  if (setup.taskSequence.sysprep === 'oobe-shutdown') shutDown(ctx);
  else restart(ctx);
}

/** How far the task sequence is, 0–100, for the progress bar: finished steps plus the running one's share. */
export function taskSequencePercent(state: DeviceState): number {
  const ed = state.existingDevice;
  const setup = state.setup.existingDevice;
  if (!ed || !setup) return 0;
  const plan = taskSequencePlan(setup);
  if (ed.phase === 'old-windows') return 0;
  if (ed.phase === 'done') return 100;
  const step = plan[ed.step]!;
  const share = Math.min(1, Math.max(0, (state.clock.now - ed.stepStartedAt) / step.durationMs));
  return Math.round(((ed.step + share) / plan.length) * 100);
}
