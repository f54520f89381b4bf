import { describe, expect, it } from 'vitest';
import { deviceSetupSchema } from '../../shared/device-setup';
import type { TimelineEntry } from '../../shared/records';
import { advanceBy } from '../../electron/core/clock/virtual-clock';
import type { Ctx } from '../../electron/core/context';
import { fireFault } from '../../electron/core/faults';
import { createInitialState } from '../../electron/core/initial-state';
import { connectToCloud } from '../../electron/core/network/cloud-link';
import type { PlanOwner } from '../../electron/core/plan/plan-owner';
import {
  planProgress,
  planRun,
  planTimerFired,
  resumePlan,
  retryPlan,
  startPlan,
  suspendPlans,
} from '../../electron/core/plan/plan-runner';
import type { Plan, PlanStep } from '../../electron/core/plan/plan-types';
import { readEvents } from '../../electron/core/os/event-log';
import { MINUTE, WIRED_NETWORK } from '../support/setups';

/** A powered, wired device with internet and nothing else running: only the runner's timers fire. */
function bench(owner: PlanOwner<Ctx> = {}) {
  const setup = deviceSetupSchema.parse({ seed: 7, device: { network: WIRED_NETWORK } });
  const state = createInitialState(setup, 0, null);
  state.power = 'on';
  state.network.ethernetIpv4 = '192.168.1.20';
  const lines: string[] = [];
  const ctx: Ctx = {
    state,
    cloud: connectToCloud(state),
    hooks: { screenEntered: () => undefined, planOwners: { test: owner } },
    emit(name, payload) {
      if (name === 'timeline') {
        const t = payload as TimelineEntry;
        // Only the runner's lines and the network faults (a fault also wakes the profile download).
        if (t.text.startsWith('P: ') || t.text.includes('internet')) lines.push(`${t.atMs / 1000}s ${t.text}`);
      }
    },
  };
  const advance = (ms: number) =>
    advanceBy(state.clock, ms, (e) => {
      if (e.type === 'plan') planTimerFired(ctx, e);
      else if (e.type === 'scenario-fault') throw new Error('no faults here');
    });
  return { ctx, state, lines, advance };
}

function step(id: string, ms: number, more: Partial<PlanStep> = {}): PlanStep {
  return {
    id,
    name: id,
    duration: { kind: 'fixed', ms },
    needs: [{ kind: 'internet' }],
    writes: [],
    outcome: { kind: 'success' },
    interrupted: { kind: 'resume' },
    onRestart: 'resume',
    ...more,
  };
}

function plan(steps: PlanStep[], more: Partial<Plan> = {}): Plan {
  return { id: 'p', owner: 'test', steps, pollMs: MINUTE, label: 'P: ', ...more };
}

describe('plan runner', () => {
  it('runs the steps in order on the virtual clock and writes what each leaves', () => {
    const { ctx, state, lines, advance } = bench();
    const writes: PlanStep['writes'] = [
      { kind: 'registry', key: 'HKLM\\SOFTWARE\\Test', name: 'Done', data: { type: 'REG_DWORD', data: 1 } },
      { kind: 'event', channel: 'Application', provider: 'Test', eventId: 42, level: 'Information', message: 'ok' },
    ];
    startPlan(ctx, plan([step('a', 2 * MINUTE), step('b', MINUTE, { writes })]));
    advance(90_000);
    expect(planProgress(state, 'p')).toBeCloseTo(0.375);
    advance(10 * MINUTE);
    expect(lines).toEqual(['120s P: a done', '180s P: b done', '180s P: complete']);
    expect(planRun(state, 'p')!.status).toBe('done');
    expect(readEvents(state.eventLog, 'Application').map((r) => r.eventId)).toEqual([42]);
  });

  it('draws a random duration from the seed: the same device gives the same time', () => {
    const random = step('r', 0, { duration: { kind: 'random', minMs: MINUTE, maxMs: 10 * MINUTE } });
    const times = [0, 1].map(() => {
      const { ctx, state } = bench();
      startPlan(ctx, plan([random]));
      return planRun(state, 'p')!.stepMs;
    });
    expect(times[0]).toBe(times[1]);
    expect(times[0]).toBeGreaterThanOrEqual(MINUTE);
    expect(times[0]).toBeLessThanOrEqual(10 * MINUTE);
  });

  it('a download stops when the internet goes and resumes from where it was when it is back', () => {
    const { ctx, lines, advance } = bench();
    startPlan(ctx, plan([step('download', 10 * MINUTE)]));
    advance(4 * MINUTE);
    fireFault(ctx, { kind: 'network.internet', available: false });
    advance(5 * MINUTE);
    fireFault(ctx, { kind: 'network.internet', available: true });
    advance(20 * MINUTE);
    // Lost at 4:00 with 4 minutes done; back at 9:00, seen at the 10:00 poll; 6 minutes left: done at 16:00.
    expect(lines).toEqual([
      '240s Upstream internet lost',
      '240s P: download is waiting: the internet cannot be reached',
      '540s Upstream internet restored',
      '600s P: download can go on',
      '960s P: download done',
      '960s P: complete',
    ]);
  });

  it('a step whose rule is "restart" starts over; one whose rule is "fail" fails with its code', () => {
    const again = bench();
    startPlan(again.ctx, plan([step('session', 10 * MINUTE, { interrupted: { kind: 'restart' } })]));
    again.advance(4 * MINUTE);
    fireFault(again.ctx, { kind: 'network.internet', available: false });
    fireFault(again.ctx, { kind: 'network.internet', available: true });
    again.advance(30 * MINUTE);
    // Back at once, seen at the 5:00 poll: the whole 10 minutes again, done at 15:00.
    expect(again.lines.at(-2)).toBe('900s P: session done');

    const failed: string[] = [];
    const once = bench({ failed: (_c, _r, s, code) => failed.push(`${s?.id} ${code}`) });
    const signIn = step('sign-in', MINUTE, { interrupted: { kind: 'fail', code: '0x80072ee7', reason: 'no answer' } });
    startPlan(once.ctx, plan([signIn]));
    once.advance(30_000);
    fireFault(once.ctx, { kind: 'network.internet', available: false });
    expect(failed).toEqual(['sign-in 0x80072ee7']);
    expect(planRun(once.state, 'p')!.failure).toMatchObject({ code: '0x80072ee7', stepId: 'sign-in' });
  });

  it('a blocked endpoint holds the step that needs it, and the policy timeout fails it', () => {
    const { ctx, state, lines, advance } = bench();
    const needsIntune = step('policy', MINUTE, {
      needs: [{ kind: 'endpoint', endpoint: 'enrollment.manage.microsoft.com' }],
    });
    fireFault(ctx, { kind: 'network.endpoint', endpoint: 'enrollment.manage.microsoft.com', reachable: false });
    startPlan(ctx, plan([needsIntune], { timeout: { ms: 5 * MINUTE, code: '0x800705b4', reason: 'time ran out' } }));
    advance(10 * MINUTE);
    expect(lines).toEqual([
      '0s P: policy is waiting: enrollment.manage.microsoft.com cannot be reached',
      '300s P: policy failed: time ran out',
    ]);
    expect(planRun(state, 'p')!.failure?.code).toBe('0x800705b4');
    // "Try again" with the endpoint back: a fresh budget, the step runs.
    fireFault(ctx, { kind: 'network.endpoint', endpoint: 'enrollment.manage.microsoft.com', reachable: true });
    retryPlan(ctx, 'p');
    advance(10 * MINUTE);
    expect(planRun(state, 'p')!.status).toBe('done');
  });

  it('retries a failing step as its plan says, then fails with the documented code', () => {
    const { ctx, state, lines, advance } = bench();
    const flaky = step('attest', MINUTE, {
      outcome: { kind: 'failure', code: '0x81039001', reason: 'attestation failed' },
      retry: { attempts: 2, delayMs: MINUTE },
    });
    startPlan(ctx, plan([flaky]));
    advance(30 * MINUTE);
    expect(lines).toEqual([
      '60s P: attest failed (0x81039001); trying again',
      '180s P: attest failed (0x81039001); trying again',
      '300s P: attest failed: attestation failed',
    ]);
    expect(planRun(state, 'p')!.status).toBe('failed');
  });

  it('a restart keeps a resumable step’s progress; an owner can hold the run between steps', () => {
    let held = false;
    const owner: PlanOwner<Ctx> = {
      stepDone: (_c, _r, s) => (s.id === 'a' && !held ? ((held = true), 'stop') : undefined),
    };
    const { ctx, state, lines, advance } = bench(owner);
    startPlan(ctx, plan([step('a', MINUTE), step('b', 10 * MINUTE)]));
    advance(MINUTE);
    expect(planRun(state, 'p')!.status).toBe('suspended');
    resumePlan(ctx, 'p');
    advance(3 * MINUTE);
    suspendPlans(state); // the device goes off 3 minutes into b
    state.clock.queue = [];
    advance(MINUTE);
    resumePlan(ctx, 'p'); // back on: 7 minutes of b are left
    advance(20 * MINUTE);
    expect(lines).toEqual(['60s P: a done', '720s P: b done', '720s P: complete']);
  });

  it('an owner decides a try as it begins, passes a step over, and learns why a run failed', () => {
    const failures: string[] = [];
    const owner: PlanOwner<Ctx> = {
      decide: (_c, _r, s) =>
        s.id === 'skip'
          ? 'skip'
          : s.id === 'probe'
            ? { ms: 30_000, outcome: { kind: 'failure', code: '0x1', reason: 'no' } }
            : undefined,
      failed: (_c, run) => failures.push(`${run.failure!.stepId} ${run.failure!.code} ${run.failure!.cause}`),
    };
    const { ctx, state, lines, advance } = bench(owner);
    startPlan(ctx, plan([step('a', MINUTE), step('skip', MINUTE), step('probe', 5 * MINUTE)]));
    advance(10 * MINUTE);
    expect(lines).toEqual(['60s P: a done', '90s P: probe failed: no']);
    expect(failures).toEqual(['probe 0x1 outcome']);
    // An ended run leaves no timer on the clock.
    expect(state.clock.queue.filter((t) => t.event.type === 'plan')).toEqual([]);
  });

  it('a hanging step tells its owner and only the timeout ends it', () => {
    const hung: string[] = [];
    const { ctx, state, advance } = bench({ hung: (_c, _r, s) => hung.push(s.id) });
    startPlan(
      ctx,
      plan([step('stuck', MINUTE, { outcome: { kind: 'hang' } })], {
        timeout: { ms: 10 * MINUTE, code: '0x800705b4', reason: 'time ran out' },
      }),
    );
    advance(30 * MINUTE);
    expect(hung).toEqual(['stuck']);
    expect(planRun(state, 'p')!.failure).toMatchObject({ code: '0x800705b4', cause: 'timeout' });
  });

  it('a need can name its route in its own words', () => {
    const { ctx, lines, advance } = bench();
    fireFault(ctx, { kind: 'network.internet', available: false });
    startPlan(ctx, plan([step('apps', MINUTE, { needs: [{ kind: 'internet', why: 'the CDN is out of reach' }] })]));
    advance(MINUTE);
    expect(lines).toContain('0s P: apps is waiting: the CDN is out of reach');
  });
});
