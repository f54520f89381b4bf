import { schedule } from './clock/virtual-clock';
import { after, showPage, timeline, type Ctx } from './context';
import { createInitialState } from './initial-state';
import { visibleWifi } from './network/connectivity';
import { TIMINGS } from './oobe/timings';
import { suspendPlans } from './plan/plan-runner';

/**
 * Power states. A restart keeps what Windows keeps on disk (registry, event logs, files, saved
 * Wi-Fi, answered OOBE pages) and loses what lives in memory (links, timers, the downloaded
 * profile: Windows downloads it again after every reboot, user-driven.md §1.1).
 */
export function powerOn(ctx: Ctx, restarting = false): void {
  const { state } = ctx;
  if (state.power === 'on') return;
  state.power = 'on';
  state.bootCount += 1;
  state.profile = { kind: 'unknown' };
  timeline(ctx, 'power', restarting ? 'Device restarting' : 'Device powered on');
  showPage(ctx, { id: 'boot' });
  if (state.network.cableConnected) after(ctx, TIMINGS.dhcpMs, { type: 'link-up', medium: 'ethernet' });
  // Windows reconnects to a saved Wi-Fi network on its own at boot.
  const saved = visibleWifi(state).find((n) => state.network.savedWifi.includes(n.ssid));
  if (saved) after(ctx, TIMINGS.wifiConnectMs, { type: 'link-up', medium: 'wifi', ssid: saved.ssid });
  after(ctx, TIMINGS.bootMs, { type: 'boot-complete' });
}

export function shutDown(ctx: Ctx, quiet = false): void {
  const { state } = ctx;
  if (state.power === 'off') return;
  state.power = 'off';
  suspendPlans(state);
  // Memory is gone; only the scenario's timed faults and the trainer's armed ones stay on the (external) clock.
  state.clock.queue = state.clock.queue.filter(
    (t) => t.event.type === 'scenario-fault' || t.event.type === 'armed-fault',
  );
  state.network.connectedSsid = null;
  state.network.wifiIpv4 = null;
  state.network.ethernetIpv4 = null;
  if (quiet) {
    // A restart goes straight from the old screen to the boot screen: no "powered-off" in between.
    state.page = { id: 'powered-off' };
    return;
  }
  timeline(ctx, 'power', 'Device shut down');
  showPage(ctx, { id: 'powered-off' });
}

export function restart(ctx: Ctx): void {
  shutDown(ctx, true);
  powerOn(ctx, true);
}

/**
 * Back to the state the OEM shipped, then on: a new device from the first page. Its clock starts
 * again at 0:00:00 and the scenario's timed faults are armed afresh, as for a device just created.
 */
export function factoryReset(ctx: Ctx): void {
  const { pacing, pageChanges } = ctx.state;
  const fresh = createInitialState(ctx.state.setup, 0, ctx.state.scenario);
  fresh.pacing = pacing;
  // Still counting up: an input aimed at the old device's page must not land on the new one's.
  fresh.pageChanges = pageChanges;
  Object.assign(ctx.state, fresh);
  // As scheduleTimedFaults (faults.ts) does for a new device; not imported, to keep power.ts out of faults' imports.
  for (const fault of ctx.state.setup.faults) {
    if (fault.trigger.kind === 'at')
      schedule(ctx.state.clock, fault.trigger.atMs, { type: 'scenario-fault', boot: 0, faultId: fault.id });
  }
  timeline(ctx, 'power', 'Device reset to factory state');
  powerOn(ctx);
}
