import { timeline, type Ctx } from '../context';
import { applyOfflineDomainJoin, logOfflineDomainJoinFailure } from '../enrollment/domain-join';
import type { PlanOwner } from '../plan/plan-owner';
import type { PlanRun, PlanStep } from '../plan/plan-types';
import { decideAttestation, logAttestationFailure } from './esp-attestation';
import { intuneConnector } from '../network/cloud-link';
import { blockerOf } from './esp-blockers';
import { parseStepId } from './esp-category-plan';
import { completeDeviceStep, deviceStepBlocker, logDeviceStepFailure } from './esp-device-steps';
import { completeCategory, failWork } from './esp-engine';
import { espHooksFor } from './esp-hooks';
import { writeSidecarProviderState, writeWin32AppState } from './esp-registry';
import type { EspCategory, EspItem, EspWork } from './esp-state';
import { isComgmtWork, startComgmtWork } from '../comgmt/comgmt-esp';

/** The running category and the item and work a step of the ESP's plan stands for. */
function locate(ctx: Ctx, step: PlanStep): { cat: EspCategory; item: EspItem; work: EspWork } | null {
  const e = ctx.state.esp;
  if (!e?.running) return null;
  const cat = e.categories.find((c) => c.id === e.running)!;
  const { itemId, index } = parseStepId(step.id);
  const item = cat.items.find((i) => i.id === itemId);
  const work = item?.works[index];
  return item && work ? { cat, item, work } : null;
}

/** Items before `upTo` whose steps are all done read "complete" once the ESP moves past them. */
function completeItemsBefore(cat: EspCategory, upTo: EspItem | null): void {
  for (const item of cat.items) {
    if (item === upTo) return;
    if (item.state !== 'complete' && item.state !== 'not-required') item.state = 'complete';
  }
}

/**
 * What the ESP does at each point of its category's plan (registered as 'esp' in the plan owner
 * table): the item and step states the page shows, the Sidecar registry values, the device steps'
 * events, restarts, and the lines the ESP writes to the timeline.
 */
export const ESP_OWNER: PlanOwner<Ctx> = {
  decide(ctx, _run, step) {
    const at = locate(ctx, step);
    // Co-management's steps run as plans of their own (electron/core/comgmt/): the ESP's step is held
    // (a hang) until that plan tells the ESP it is done (finishExternalWork) or failed (failWork).
    if (at && isComgmtWork(at.work)) {
      at.work.state = 'working';
      const ran = startComgmtWork(ctx, at.work);
      return { ms: 0, outcome: ran === 'done' ? { kind: 'success' } : { kind: 'hang' } };
    }
    if (at?.work.ref !== 'tpm-attestation') return;
    return decideAttestation(ctx, at.work);
  },
  started(ctx, _run, step) {
    const at = locate(ctx, step);
    if (!at) return;
    completeItemsBefore(at.cat, at.item);
    at.item.state = 'working';
    at.work.state = 'working';
    writeWin32AppState(ctx, at.work, 2);
  },
  blocker(ctx, _run, step) {
    const at = locate(ctx, step);
    if (!at || at.work.ref === 'tpm-attestation') return null;
    return blockerOf(ctx.state, at.work, intuneConnector(ctx.cloud)) ?? deviceStepBlocker(ctx.state, at.work);
  },
  waiting(ctx, _run, step, reason) {
    const at = locate(ctx, step);
    if (at) at.work.waitingSinceMs ??= ctx.state.clock.now;
    timeline(ctx, 'cloud', `ESP: ${step.name} is waiting: ${reason}`);
  },
  resumed(ctx, _run, step) {
    timeline(ctx, 'cloud', `ESP: ${step.name} can go on`);
  },
  hung(ctx, _run, step) {
    const at = locate(ctx, step);
    if (at && isComgmtWork(at.work)) return;
    timeline(ctx, 'cloud', `ESP: ${step.name} never finishes installing`);
  },
  stepDone(ctx, _run, step) {
    const at = locate(ctx, step);
    const e = ctx.state.esp;
    if (!at || !e) return;
    const { work } = at;
    work.state = 'done';
    writeWin32AppState(ctx, work, 3);
    if (work.ref === 'ime') writeSidecarProviderState(ctx, 3);
    if (work.ref === 'odj') applyOfflineDomainJoin(ctx);
    completeDeviceStep(ctx, work);
    timeline(ctx, 'cloud', `ESP: ${work.name} done`);
    if (work.restart === 'hard' && e.phase === 'device') {
      timeline(
        ctx,
        'power',
        work.ref === 'odj' ? 'Restarting to complete the domain join' : `${work.name} asks for a restart now`,
      );
      ctx.state.account.credentialsCached = false;
      espHooksFor(ctx.state).restart(ctx);
      return 'stop';
    }
    if (work.restart === 'soft' && e.phase === 'device') e.restartPending = true;
  },
  failed(ctx, run, step, code) {
    const at = step ? locate(ctx, step) : null;
    if (at) failedStep(ctx, run, at.work, code);
    failWork(ctx, code);
  },
  done(ctx) {
    const e = ctx.state.esp;
    if (!e?.running) return;
    const cat = e.categories.find((c) => c.id === e.running)!;
    completeItemsBefore(cat, null);
    completeCategory(ctx, cat, espHooksFor(ctx.state));
  },
};

/** The lines and events of a failed step, as the ESP wrote them before it ran on the plan runner. */
function failedStep(ctx: Ctx, run: PlanRun, work: EspWork, code: string): void {
  const failure = run.failure!;
  if (failure.cause === 'outcome') {
    timeline(ctx, 'cloud', `ESP: ${work.name} failed`);
    if (work.ref === 'tpm-attestation') logAttestationFailure(ctx, code);
    return;
  }
  // A blocker that fails at the step's start (or the offline domain join giving up) says why; one that
  // turns into a failure while the step waits logs only the step's own events.
  if (failure.cause !== 'blocked' || run.waitingFor === null || work.ref === 'odj') {
    timeline(ctx, 'cloud', `ESP: ${work.name} failed: ${failure.reason}`);
    if (work.ref === 'odj') logOfflineDomainJoinFailure(ctx, code);
  }
  logDeviceStepFailure(ctx, work, code);
}
