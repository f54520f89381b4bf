import type { Fault } from '../../../shared/faults';
import { timeline, type Ctx } from '../context';
import { DeviceError } from '../device-core';
import { comgmtOf } from '../comgmt/comgmt-esp';
import { CCMSETUP_PLAN, CCMSETUP_STEPS } from '../comgmt/ccmsetup-plan';
import { rescaleStep } from '../plan/plan-runner';

/** The CMG's hostname suffix as the network's endpoint list names it (network-constants.ts). */
const CMG_ENDPOINT = 'cloudapp.net';

/** How long `sizeMb` takes at `mbps` (the CMG's answer: size ÷ speed, comgmt-owner.ts). */
export function contentDownloadMs(sizeMb: number, mbps: number): number {
  return Math.ceil(((sizeMb * 8) / mbps) * 1000);
}

/**
 * The cloud management gateway slows down or stops answering. A new speed holds from now on for this
 * device: a client content download under way keeps what it has and fetches the rest at the new
 * speed; one not started yet takes the new speed. Unreachable: the CMG's steps wait for it (the
 * ESP's page timer then ends Device preparation with 0x800705b4, as any CCMSetup wait does).
 * The caller re-checks the plans' routes after this (fireFault).
 */
export function fireCmgFault(ctx: Ctx, fault: Extract<Fault, { kind: 'configmgr.cmg' }>): void {
  const { state } = ctx;
  if (!state.setup.tenant.configManager) throw new DeviceError('This tenant has no Configuration Manager site.');
  const said: string[] = [];
  if (fault.mbps !== undefined) {
    const comgmt = comgmtOf(ctx);
    const mbps = fault.mbps;
    comgmt.cmgMbps = mbps;
    const run = state.plans?.[CCMSETUP_PLAN];
    const content = comgmt.content;
    if (content && run?.plan.steps[run.index]?.id === CCMSETUP_STEPS.content) {
      comgmt.content = { ...content, mbps };
      rescaleStep(ctx, CCMSETUP_PLAN, (left) => left * contentDownloadMs(content.sizeMb, mbps));
    }
    said.push(`throughput ${mbps} Mbps`);
  }
  if (fault.reachable !== undefined) {
    const others = state.network.blockedEndpoints.filter((e) => e !== CMG_ENDPOINT);
    state.network.blockedEndpoints = fault.reachable ? others : [...others, CMG_ENDPOINT];
    said.push(fault.reachable ? 'reachable' : 'unreachable');
  }
  timeline(ctx, 'fault', `Cloud management gateway: ${said.join(', ')}`);
}
