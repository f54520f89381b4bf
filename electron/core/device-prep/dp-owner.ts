import { timeline, type Ctx } from '../context';
import type { PlanOwner } from '../plan/plan-owner';
import {
  beginDevicePrepStep,
  devicePrepStepDone,
  devicePrepStepLabel,
  devicePrepStepStarted,
  workFinished,
} from './dp-engine';

/**
 * What device preparation does at each point of its plan (registered as 'device-prep'): the report's
 * item states, the timeline's lines, the outcome of each step when it reports back, the restart an app
 * asks for and the end of the work. The percentage clock and its timeout stay in dp-engine.ts.
 */
export const DEVICE_PREP_OWNER: PlanOwner<Ctx> = {
  decide(ctx, _run, step) {
    const index = Number(step.id);
    const what = beginDevicePrepStep(ctx, index);
    if (what === 'skip') return 'skip';
    if (what === 'hang')
      return { ms: step.duration.kind === 'fixed' ? step.duration.ms : 0, outcome: { kind: 'hang' } };
  },
  started(ctx, _run, step) {
    devicePrepStepStarted(ctx, Number(step.id));
  },
  waiting(ctx, _run, step, reason) {
    timeline(ctx, 'cloud', `Device preparation: ${devicePrepStepLabel(ctx, Number(step.id))} is waiting: ${reason}`);
  },
  resumed(ctx, _run, step) {
    timeline(ctx, 'cloud', `Device preparation: ${devicePrepStepLabel(ctx, Number(step.id))} can go on`);
  },
  stepDone(ctx, _run, step) {
    return devicePrepStepDone(ctx, Number(step.id));
  },
  done(ctx) {
    workFinished(ctx);
  },
};
