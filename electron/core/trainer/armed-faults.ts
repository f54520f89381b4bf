import type { Fault } from '../../../shared/faults';
import type { ArmedFault } from '../../../shared/trainer-views';
import { cancel, schedule } from '../clock/virtual-clock';
import { timeline, type Ctx } from '../context';
import { DeviceError } from '../device-core';
import { fireFault } from '../faults';

/**
 * Faults a trainer arms for a virtual time. They live only in the clock queue (as a scenario's
 * timed faults do), so saving, restoring and rewinding the device keeps them with nothing more,
 * and a shutdown keeps them too: the trainer's hand is outside the device.
 */
export function armFault(ctx: Ctx, fault: Fault, atMs: number): ArmedFault {
  const due = Math.max(atMs, ctx.state.clock.now);
  const id = schedule(ctx.state.clock, due, { type: 'armed-fault', boot: 0, fault });
  timeline(ctx, 'fault', `Fault armed for ${clock(due)}: ${fault.kind}`);
  return { id, atMs: due, fault };
}

export function disarmFault(ctx: Ctx, id: number): boolean {
  const timer = ctx.state.clock.queue.find((t) => t.id === id && t.event.type === 'armed-fault');
  if (!timer || timer.event.type !== 'armed-fault') return false;
  cancel(ctx.state.clock, id);
  timeline(ctx, 'fault', `Armed fault taken back: ${timer.event.fault.kind}`);
  return true;
}

export function listArmedFaults(ctx: Ctx): ArmedFault[] {
  const armed: ArmedFault[] = [];
  for (const t of ctx.state.clock.queue)
    if (t.event.type === 'armed-fault') armed.push({ id: t.id, atMs: t.due, fault: t.event.fault });
  return armed;
}

/**
 * The armed time has come. A fault the device cannot take now (no TPM, switched off for a logon)
 * is said on the timeline instead of stopping the clock.
 */
export function fireArmedFault(ctx: Ctx, fault: Fault): void {
  try {
    fireFault(ctx, fault);
  } catch (error) {
    if (!(error instanceof DeviceError)) throw error;
    timeline(ctx, 'fault', `Armed fault ${fault.kind} not fired: ${error.message}`);
  }
}

function clock(ms: number): string {
  const s = Math.floor(ms / 1000);
  const mm = String(Math.floor(s / 60) % 60).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return `${Math.floor(s / 3600)}:${mm}:${ss}`;
}
