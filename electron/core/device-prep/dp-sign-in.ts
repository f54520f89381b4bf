import { timeline, type Ctx } from '../context';
import { decideDevicePrep } from './dp-decision';
import { startDevicePrep } from './dp-engine';

/**
 * The branch point after the Entra sign-in (device-preparation.md §1.1): the user's device
 * preparation policy is delivered and its progress page replaces the stock join, or — for a
 * v1-registered device, a "never launches" cause or the local-admin conflict — the stock path goes on.
 * Returns true when device preparation took over.
 */
export function devicePrepAtSignIn(ctx: Ctx): boolean {
  const { state } = ctx;
  const upn = state.account.upn;
  if (!upn) return false;
  const decision = decideDevicePrep(state, upn);
  switch (decision.kind) {
    case 'not-configured':
      return false;
    case 'run':
      startDevicePrep(ctx, decision.policyIndex);
      return true;
    case 'v1-wins':
      timeline(ctx, 'cloud', `Device preparation does not run: ${decision.reason}`);
      return false;
    case 'never-launches':
      timeline(ctx, 'cloud', `Device preparation never launches: ${decision.reason}`);
      return false;
    case 'provisioning-skipped':
      timeline(ctx, 'cloud', `Device preparation provisioning skipped: ${decision.reason}`);
      return false;
  }
}
