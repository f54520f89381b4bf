import type { Fault } from '../../../shared/faults';
import { timeline, type Ctx } from '../context';
import { DeviceError } from '../device-core';
import { DP_PLAN_ID } from '../device-prep/dp-run-plan';
import { hangCurrentStep } from '../plan/plan-runner';

/**
 * A PowerShell script of the device preparation policy hangs or fails from now on (on every attempt,
 * Retry included). Device preparation reads a script's outcome when it starts (a hang) and when it
 * reports back (a failure), so the script's setup changes; a script running now that hangs stops
 * reporting at once. A hang ends when the policy's time limit runs out (the failure page, S7b); a
 * failure shows the failure page after the script (device-preparation.md §4 step 6, F2).
 */
export function fireScriptFault(ctx: Ctx, fault: Extract<Fault, { kind: 'device-prep.script' }>): void {
  const { state } = ctx;
  const name = fault.script.toLowerCase();
  const scripts = state.setup.workload.scripts;
  const script = scripts.find((s) => s.name.toLowerCase() === name);
  const dp = state.devicePrep;
  const item = script ? dp?.items[script.id] : undefined;
  if (!script || item?.status === 'Installed' || item?.status === 'Failed' || item?.status === 'Skipped')
    throw new DeviceError(`Device preparation runs no PowerShell script named "${fault.script}" that is not done yet.`);
  const changed = {
    ...script,
    outcome: fault.outcome,
    errorCode: fault.outcome === 'failure' ? (fault.code ?? script.errorCode) : script.errorCode,
    failAttempts: undefined,
  };
  const workload = { ...state.setup.workload, scripts: scripts.map((s) => (s === script ? changed : s)) };
  state.setup = { ...state.setup, workload };
  const running = dp?.steps[dp.stepIndex];
  if (
    fault.outcome === 'hang' &&
    running?.kind === 'script' &&
    running.id === script.id &&
    item?.status === 'In progress'
  )
    hangCurrentStep(ctx, DP_PLAN_ID);
  const code = changed.errorCode ? ` (${changed.errorCode})` : '';
  timeline(ctx, 'fault', `PowerShell script "${script.name}" ${fault.outcome === 'hang' ? 'hangs' : `fails${code}`}`);
}
