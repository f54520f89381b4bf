import type { ServiceEndpoint } from '../../../shared/device-setup';
import type { EventPayloads } from '../../../shared/contract';
import type { RegData } from '../../../shared/records';

/**
 * A staged process as data: an ordered list of steps the plan runner (plan-runner.ts) executes on the
 * virtual clock. Everything here is plain JSON: a plan and its run live in the device's state, so a
 * saved device goes on exactly where it was. Behaviour that is not data (a page to show, a restart to
 * ask for) lives in the plan's owner, a table of functions looked up by name (plan-owner.ts).
 */

/** How long a step works: a fixed virtual time, or a time drawn from the device's seeded random source. */
export type PlanDuration = { kind: 'fixed'; ms: number } | { kind: 'random'; minMs: number; maxMs: number };

/** What a step needs to make progress: a route to where its content or answer comes from. */
export type PlanNeed = (
  { kind: 'internet' } | { kind: 'endpoint'; endpoint: ServiceEndpoint } | { kind: 'domain-controller' }
) & {
  /** The words the step's waiting line uses when this route is missing (default: the runner's own). */
  why?: string;
};

/** What a step leaves on the device, written in order when the step is done (or, `onStart`, when it starts). */
export type PlanWrite =
  | { kind: 'registry'; key: string; name: string; data: RegData }
  | {
      kind: 'event';
      channel: string;
      provider: string;
      eventId: number;
      level: EventPayloads['eventlog:written']['level'];
      message: string;
    }
  | { kind: 'file'; path: string; content: string }
  | { kind: 'timeline'; text: string };

/** How a step ends once its time has run: done, failed with a documented code, or never (a hang). */
export type PlanOutcome = { kind: 'success' } | { kind: 'failure'; code: string; reason: string } | { kind: 'hang' };

/**
 * What happens to a working step when its route goes. `resume`: it waits and goes on from where it was
 * (a download with partial content kept). `restart`: it waits and starts over. `fail`: it fails at once
 * with `code` (a request Windows does not retry, such as a sign-in).
 */
export type PlanInterruption =
  { kind: 'resume' } | { kind: 'restart' } | { kind: 'fail'; code: string; reason: string };

export interface PlanStep {
  /** Unique within its plan; owners use it to know which step this is. */
  id: string;
  /** What the timeline calls it. */
  name: string;
  duration: PlanDuration;
  needs: PlanNeed[];
  writes: PlanWrite[];
  /** Written when the step starts working (before any wait). */
  writesOnStart?: PlanWrite[];
  outcome: PlanOutcome;
  interrupted: PlanInterruption;
  /** After a device restart in the middle of this step: go on where it was, start the step over, or fail. */
  onRestart: 'resume' | 'restart' | { kind: 'fail'; code: string; reason: string };
  /** A failing step tries again `attempts` more times, `delayMs` apart, before the plan fails. */
  retry?: { attempts: number; delayMs: number };
}

/** A plan: its steps, who reacts to it, how often a waiting step looks again, and its time budget. */
export interface Plan {
  /** The run's key in `state.plans` (one run per id at a time). */
  id: string;
  /** The name of the owner table entry (ctx.hooks.planOwners) that reacts to this run. */
  owner: string;
  steps: PlanStep[];
  /** How often a step that waits for a route or a blocker checks again. */
  pollMs: number;
  /** The policy's limit for the whole run: when it runs out, the working step fails with `code`. */
  timeout?: { ms: number; code: string; reason: string };
  /** Timeline prefix for the runner's own lines ("ESP: ", "Device preparation: "); none: silent. */
  label?: string;
}

export type PlanStatus = 'running' | 'waiting' | 'retrying' | 'suspended' | 'hung' | 'done' | 'failed' | 'cancelled';

/** A plan being run: the plan itself plus where it stands (plain JSON, in `state.plans`). */
export interface PlanRun {
  plan: Plan;
  status: PlanStatus;
  /** The step at work (steps.length when done). */
  index: number;
  /** Bumped whenever the run's timers must become stale (a pause, a cancel, a restart of the step). */
  epoch: number;
  /** Whether the current step has begun (false while held between steps by its owner). */
  begun: boolean;
  /** The current step's drawn duration. */
  stepMs: number;
  /** How much of the current step is done, not counting the segment under way. */
  doneMs: number;
  /** When the segment under way started working (null while not working). */
  segmentFromMs: number | null;
  /** The outcome the owner decided for this try of the current step (owner.decide); null: the step's own. */
  decided?: PlanOutcome | null;
  /** Failed tries of the current step so far. */
  tries: number;
  startedAtMs: number;
  /** Absolute virtual time at which the plan's timeout fires (null: no limit). */
  deadlineMs: number | null;
  /** Why the current step waits (null when it does not). */
  waitingFor: string | null;
  failure: { code: string; stepId: string | null; reason: string; cause: PlanFailureCause } | null;
}

/**
 * Why a run failed: its step's outcome, a blocker that stops it for good, its route lost mid-step (an
 * `interrupted: fail` rule), the plan's timeout, or a restart the step does not survive.
 */
export type PlanFailureCause = 'outcome' | 'blocked' | 'interrupted' | 'timeout' | 'restart';

/** The runner's one timer: which run and epoch it belongs to, and what it means. */
export interface PlanTimer {
  type: 'plan';
  boot: number;
  run: string;
  epoch: number;
  tick: 'step-done' | 'poll' | 'retry' | 'timeout';
}

/** Why a step cannot go on now (owner blockers; lost routes are found by the runner itself). */
export type PlanBlock = { kind: 'wait'; reason: string } | { kind: 'fail'; code: string; reason: string };
