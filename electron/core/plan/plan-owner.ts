import type { PlanBlock, PlanOutcome, PlanRun, PlanStep } from './plan-types';

/**
 * The behaviour a plan cannot carry as data: what its owner does when the runner reaches a point.
 * Every member is optional; the runner's own timeline lines and writes happen either way. Owners are
 * registered once, by name, in `ctx.hooks.planOwners` (device.ts), so the state holds only the name.
 */
// Generic over the context so this file need not import context.ts (which names PlanOwners: no import circle).
export interface PlanOwner<Ctx = unknown> {
  /** A blocker beyond the step's routes (hardware too small, a clock too far off, a missing connector). */
  blocker?(ctx: Ctx, run: PlanRun, step: PlanStep): PlanBlock | null;
  /**
   * Decides, as the step begins, what this try takes and how it ends when that is known only now (TPM
   * attestation's outcome depends on the TPM and the routes at that moment). Return nothing to keep the
   * plan's duration and outcome; 'skip' passes the step over at once (nothing written, no stepDone).
   */
  decide?(ctx: Ctx, run: PlanRun, step: PlanStep): { ms: number; outcome: PlanOutcome } | 'skip' | void;
  /** The step starts working (first time, after a retry, or after a restart of the step). */
  started?(ctx: Ctx, run: PlanRun, step: PlanStep): void;
  /** The step began to wait (its route went, or a blocker holds it). */
  waiting?(ctx: Ctx, run: PlanRun, step: PlanStep, reason: string): void;
  /** The step's outcome is a hang: it works and never finishes (only a timeout ends it). */
  hung?(ctx: Ctx, run: PlanRun, step: PlanStep): void;
  /** A waiting step can go on. */
  resumed?(ctx: Ctx, run: PlanRun, step: PlanStep): void;
  /**
   * The step finished. Return 'stop' when the owner takes over (it restarts the device, shows a page
   * and will call continuePlan later); anything else goes on to the next step.
   */
  stepDone?(ctx: Ctx, run: PlanRun, step: PlanStep): 'stop' | void;
  /** The run failed (step null: its timeout ran out between steps). The runner has cancelled its timers. */
  failed?(ctx: Ctx, run: PlanRun, step: PlanStep | null, code: string): void;
  /** Every step is done. */
  done?(ctx: Ctx, run: PlanRun): void;
}

export type PlanOwners<Ctx = unknown> = Readonly<Record<string, PlanOwner<Ctx>>>;
