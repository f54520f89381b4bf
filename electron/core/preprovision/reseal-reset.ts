import { after, timeline, type Ctx } from '../context';
import { freshOobeProgress } from '../initial-state';
import { factoryReset, shutDown } from '../power';

/**
 * "Reseal" (003:58, 001:6643): the device shuts down, ready to ship. OOBE forgets the pages the
 * technician answered, so the user flow shows them as the profile says (provisioning-modes.md §1.6).
 */
export function reseal(ctx: Ctx): void {
  const { state } = ctx;
  const pp = state.preprovision;
  pp.stage = 'resealed';
  pp.resealedAtMs = state.clock.now;
  // The rename was done in the technician flow and is not repeated (001:1853).
  state.oobe = { ...freshOobeProgress(), renamed: state.oobe.renamed };
  timeline(ctx, 'input', 'Reseal: the device shuts down, ready to ship');
  shutDown(ctx);
}

/** How long the failure page shows its buttons disabled before the reset takes over. Choice. */
const RESET_HANDOVER_MS = 3_000;

/** "Reset" on the failure page: both buttons disable (oobe-ui.md §12.6 "disabled after click"), then the reset. */
export function startReset(ctx: Ctx): void {
  ctx.state.preprovision.resetting = true;
  timeline(ctx, 'input', 'Pre-provisioning: Reset');
  after(ctx, RESET_HANDOVER_MS, { type: 'pp-reset' });
}

export function onResetDue(ctx: Ctx): void {
  if (ctx.state.page.id !== 'preprovision-failure' || !ctx.state.preprovision.resetting) return;
  resetDevice(ctx);
}

/**
 * "Reset" on the failure page and the menu's "Reset device": a Windows reset, then OOBE again.
 * What the tenant did, the armed caveats and "reset after an ESP failure" (001:3285) live outside
 * the device and survive it.
 */
export function resetDevice(ctx: Ctx): void {
  const before = ctx.state.preprovision;
  const afterEspFailure = before.result?.kind === 'failure' && before.startedAtMs !== null;
  const kept = {
    tenant: before.tenant,
    caveats: before.caveats,
    resetAfterEspFailure: before.resetAfterEspFailure || afterEspFailure,
  };
  timeline(ctx, 'input', 'Reset: Windows resets the device');
  factoryReset(ctx);
  Object.assign(ctx.state.preprovision, kept);
}
