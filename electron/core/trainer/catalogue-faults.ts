import type { Fault } from '../../../shared/faults';
import type { PlanOutcome } from '../plan/plan-types';
import { timeline, type Ctx } from '../context';
import { DeviceError } from '../device-core';
import { DEFAULT_FAILURE_CODE, ESP_PLAN_ID } from '../esp/esp-category-plan';
import { hangCurrentStep } from '../plan/plan-runner';

/**
 * An app (or any step the ESP tracks, by its name) hangs or fails from now on: the ESP steps not
 * done yet take the new outcome, in the category running now (its plan) and in those to come. A
 * hang leaves the ESP waiting until its time budget runs out (the timeout error, esp.md); a failure
 * ends the step with the code given (0x80070643 by default, as an MSI failure shows).
 */
export function fireAppFault(ctx: Ctx, fault: Extract<Fault, { kind: 'esp.app' }>): void {
  const { state } = ctx;
  const name = fault.app.toLowerCase();
  const code = fault.code ?? DEFAULT_FAILURE_CODE;
  let matched = 0;
  for (const cat of state.esp?.categories ?? []) {
    for (const item of cat.items) {
      for (const work of item.works) {
        if (work.name.toLowerCase() !== name || work.state === 'done' || work.state === 'failed') continue;
        work.outcome = fault.outcome;
        work.errorCode = fault.outcome === 'failure' ? code : null;
        matched += 1;
      }
    }
  }
  const run = state.plans?.[ESP_PLAN_ID];
  if (run && run.status !== 'done' && run.status !== 'failed') {
    const outcome: PlanOutcome =
      fault.outcome === 'hang' ? { kind: 'hang' } : { kind: 'failure', code, reason: `${fault.app} failed` };
    run.plan.steps.forEach((step, index) => {
      if (index < run.index || step.name.toLowerCase() !== name) return;
      step.outcome = outcome;
      // The step at work decided its outcome as it began: the fault changes that try's end too.
      if (index === run.index && run.begun) run.decided = outcome;
    });
    // A step at work that now hangs stops reporting at once (else its timer would still end it).
    if (fault.outcome === 'hang' && run.plan.steps[run.index]?.name.toLowerCase() === name)
      hangCurrentStep(ctx, ESP_PLAN_ID);
  }
  if (matched === 0) throw new DeviceError(`The ESP tracks no app or step named "${fault.app}" that is not done yet.`);
  timeline(ctx, 'fault', `${fault.app} ${fault.outcome === 'hang' ? 'hangs' : `fails (${code})`}`);
}

/**
 * The USB drives are pulled out: their drive letters go, and whatever would use one later (Export
 * logs, Collect logs, a provisioning package the reset applies) finds none.
 */
export function removeUsbDrives(ctx: Ctx): void {
  const { state } = ctx;
  const count = state.setup.device.usbDrives.length;
  if (count === 0) throw new DeviceError('This device has no USB drive plugged in.');
  for (let i = 0; i < count; i += 1) delete state.fs.drives[`${String.fromCharCode(68 + i)}:`];
  state.setup = { ...state.setup, device: { ...state.setup.device, usbDrives: [] } };
  timeline(ctx, 'fault', count === 1 ? 'USB drive removed' : `${count} USB drives removed`);
}
