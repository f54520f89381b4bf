import { RESET_STRINGS } from '../../../shared/strings-reset';
import { cancelWhere } from '../clock/virtual-clock';
import { after, timeline, type Ctx } from '../context';
import { DeviceError } from '../device-core';
import { isHybrid } from '../enrollment/users';
import { callService } from '../network/cloud-link';
import { hasInternet } from '../network/connectivity';
import { RESET_TIMINGS } from './reset-timings';

/**
 * Intune > Devices > Windows > the device > "Autopilot Reset" > "Yes" (001:10303–10310). Intune
 * offers it for Entra-joined, enrolled devices only (001:10277); the reset waits for the device's
 * next check-in (001:10316).
 */
export function queueRemoteReset(ctx: Ctx): void {
  const { state } = ctx;
  if (!state.account.joined) throw new DeviceError(RESET_STRINGS.intune.notManaged);
  if (isHybrid(state)) throw new DeviceError(RESET_STRINGS.errors.hybridNotSupported);
  state.reset.remotePending = true;
  timeline(ctx, 'cloud', "Intune: Autopilot Reset initiated; it starts at the device's next check-in");
  armCheckIn(ctx);
}

/**
 * The next periodic check-in, on the virtual clock: at the next multiple of the interval. A device
 * that is off has no timer (shutting down clears them); it is armed again at boot.
 */
export function armCheckIn(ctx: Ctx): void {
  const { state } = ctx;
  if (state.power !== 'on' || !state.reset.remotePending) return;
  cancelWhere(state.clock, (e) => e.type === 'reset' && e.action === 'check-in');
  const interval = RESET_TIMINGS.checkInIntervalMs;
  const delay = interval - (state.clock.now % interval);
  after(ctx, delay, { type: 'reset', action: 'check-in' });
}

/** The periodic check-in is due: offline devices miss it and wait for the next one. */
export function onCheckInDue(ctx: Ctx): void {
  if (!hasInternet(ctx.state)) {
    timeline(ctx, 'cloud', 'MDM check-in missed: the device is offline');
    armCheckIn(ctx);
    return;
  }
  syncWithIntune(ctx, 'scheduled check-in');
}

/**
 * The device checks in with Intune (scheduled, "Sync" in Settings, or "Sync" from Intune): it gets
 * the queued reset, which starts shortly after.
 */
export function syncWithIntune(ctx: Ctx, source: string): void {
  const { state } = ctx;
  if (!hasInternet(state)) {
    timeline(ctx, 'cloud', `MDM sync (${source}) failed: no internet connection`);
    return;
  }
  state.reset.lastSyncAtMs = state.clock.now;
  timeline(ctx, 'cloud', `Device checked in with Intune (${source})`);
  // Remote actions an admin started in the tenant (tenant.change "intune.remote-action") arrive with the check-in.
  const checkIn = callService(ctx, { op: 'intune.check-in' });
  if (
    checkIn.kind === 'actions' &&
    checkIn.actions.includes('autopilot-reset') &&
    state.account.joined &&
    !isHybrid(state)
  ) {
    state.reset.remotePending = true;
    timeline(ctx, 'cloud', 'Intune: Autopilot Reset initiated from the tenant');
  }
  if (!state.reset.remotePending || state.reset.running) return;
  state.reset.remotePending = false;
  cancelWhere(state.clock, (e) => e.type === 'reset' && e.action === 'check-in');
  after(ctx, RESET_TIMINGS.remoteStartAfterSyncMs, { type: 'reset', action: 'start-remote' });
}

/** Intune's "Sync" > "Yes" on the device: a push that only an online, running device receives. */
export function intuneSync(ctx: Ctx): void {
  const { state } = ctx;
  if (state.power !== 'on' || !hasInternet(state)) {
    timeline(ctx, 'cloud', 'Intune: sync requested; the device is offline and will get it at its next check-in');
    return;
  }
  syncWithIntune(ctx, 'Sync from Intune');
}

/** At the check-in the remote reset takes over the device: the user is signed out, the primary user and owner removed. */
export function onRemoteStart(ctx: Ctx, start: (ctx: Ctx, kind: 'remote') => void): void {
  const { state } = ctx;
  if (state.reset.running) return;
  state.reset.primaryUser = null;
  state.reset.ownerCleared = true;
  timeline(ctx, 'cloud', 'Intune: primary user and Microsoft Entra device owner removed (remote Autopilot Reset)');
  start(ctx, 'remote');
}
