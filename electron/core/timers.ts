import { cancelWhere } from './clock/virtual-clock';
import { fireArmedFault } from './trainer/armed-faults';
import { OOBE_STRINGS } from '../../shared/strings';
import { showError, timeline, showPage, type Ctx } from './context';
import { hasInternet } from './network/connectivity';
import { continueOobe } from './oobe/flow';
import { abandonProfileDownload, onProfileAttemptDone, startProfileDownload } from './oobe/profile-download';
import { TIMINGS } from './oobe/timings';
import { onUpdatesStep } from './oobe/updates';
import { after } from './context';
import { restart } from './power';
import { fireScenarioFault } from './faults';
import { Rng } from './rng';
import type { TimerEvent } from './timer-events';
import { onExistingDeviceBoot } from './existing-device/task-sequence';
import { applyOfflineProfile } from './existing-device/offline-profile';
import { onJoinDone } from './enrollment/join';
import { onIdentified, onLeave, onTimeout } from './esp/esp-engine';
import { espHooksFor } from './esp/esp-hooks';
import { onPreprovisionBoot } from './preprovision/preprovision-boot';
import { onDetailsDone } from './preprovision/technician';
import { onResetDue } from './preprovision/reseal-reset';
import { continueAfterUserFlowJoin, onComplianceEvaluated } from './preprovision/user-flow';
import { fireDevicePrepTimer, isDevicePrepTimer } from './device-prep/dp-timers';
import { devicePrepConnectivityChanged } from './device-prep/dp-engine';
import { fireResetTimer, onResetBoot } from './reset/reset-timers';
import { planTimerFired } from './plan/plan-runner';
import { fireAutoEnrollTimer, onAutoEnrollBoot } from './comgmt/auto-enroll/auto-enroll';

/** A private address from the DHCP server, stable per device and adapter. */
function leaseAddress(seed: number, medium: string): string {
  const rng = Rng.derive(seed, `dhcp:${medium}`);
  return `192.168.${1 + rng.int(20)}.${20 + rng.int(200)}`;
}

/** Runs one timer from the virtual clock. Timers from an earlier boot are stale and ignored. */
export function fireTimer(ctx: Ctx, event: TimerEvent): void {
  const { state } = ctx;
  if (event.type === 'scenario-fault') {
    fireScenarioFault(ctx, event.faultId);
    return;
  }
  if (event.type === 'armed-fault') {
    fireArmedFault(ctx, event.fault);
    return;
  }
  if (state.power !== 'on' || event.boot !== state.bootCount) return;
  if (isDevicePrepTimer(event)) {
    fireDevicePrepTimer(ctx, event);
    return;
  }
  switch (event.type) {
    case 'boot-complete':
      if (onResetBoot(ctx)) return;
      if (onExistingDeviceBoot(ctx)) return;
      if (onAutoEnrollBoot(ctx)) return;
      if (onPreprovisionBoot(ctx)) return;
      continueOobe(ctx);
      return;
    case 'link-up':
      if (event.medium === 'ethernet') {
        if (!state.network.cableConnected) return;
        state.network.ethernetIpv4 = leaseAddress(state.setup.seed, 'ethernet');
        timeline(ctx, 'network', 'Ethernet connected');
      } else {
        state.network.connectedSsid = event.ssid ?? null;
        state.network.wifiIpv4 = leaseAddress(state.setup.seed, 'wifi');
        if (state.page.id === 'network' && state.page.connecting === event.ssid) state.page.connecting = null;
        timeline(ctx, 'network', `Wi-Fi connected to "${event.ssid}"`);
      }
      if (hasInternet(state)) startProfileDownload(ctx);
      devicePrepConnectivityChanged(ctx);
      return;
    case 'profile-attempt-done':
      onProfileAttemptDone(ctx, event.attempt);
      if (state.page.id === 'autopilot-profile' && state.profile.kind !== 'downloading') {
        after(ctx, TIMINGS.profilePageLeavePauseMs, { type: 'profile-page-leave' });
      }
      return;
    case 'profile-page-leave':
      if (state.page.id !== 'autopilot-profile' || state.page.status !== 'retrieving') return;
      cancelWhere(state.clock, (e) => e.type === 'profile-page-timeout');
      state.oobe.profilePagePassed = true;
      continueOobe(ctx);
      return;
    case 'profile-page-timeout':
      if (state.page.id !== 'autopilot-profile' || state.profile.kind !== 'downloading') return;
      // Existing devices: the JSON profile applies when the online profile times out (001:11901).
      if (applyOfflineProfile(ctx, 'timed-out')) {
        state.oobe.profilePagePassed = true;
        continueOobe(ctx);
        return;
      }
      abandonProfileDownload(ctx);
      showPage(ctx, { id: 'autopilot-profile', status: 'error' });
      showError(ctx, { code: null, message: OOBE_STRINGS.autopilotProfile.activationError });
      after(ctx, TIMINGS.profilePageErrorHoldMs, { type: 'profile-page-error-done' });
      return;
    case 'profile-page-error-done': {
      // Windows deletes the current connection profile and sends the user back to the network page (oobe-ui.md §7).
      const ssid = state.network.connectedSsid;
      if (ssid) {
        state.network.savedWifi = state.network.savedWifi.filter((s) => s !== ssid);
        state.network.connectedSsid = null;
        state.network.wifiIpv4 = null;
        timeline(ctx, 'network', `Wi-Fi profile "${ssid}" deleted after the profile download failed`);
      }
      state.profile = { kind: 'unknown' };
      showPage(ctx, { id: 'network', selectedSsid: null, prompt: null, connecting: null });
      return;
    }
    case 'updates-step':
      onUpdatesStep(ctx, event.step, { restart, done: continueOobe });
      return;
    case 'join-done':
      onJoinDone(ctx, continueAfterUserFlowJoin);
      return;
    case 'reset':
      fireResetTimer(ctx, event);
      return;
    case 'esp-identified':
      onIdentified(ctx, event.category, espHooksFor(state));
      return;
    case 'esp-timeout':
      onTimeout(ctx, event.session);
      return;
    case 'esp-leave':
      onLeave(ctx, event.phase, espHooksFor(state));
      return;
    case 'pp-details-done':
      onDetailsDone(ctx);
      return;
    case 'pp-compliance-evaluated':
      onComplianceEvaluated(ctx);
      return;
    case 'pp-reset':
      onResetDue(ctx);
      return;
    case 'plan':
      planTimerFired(ctx, event);
      return;
    case 'auto-enroll':
      fireAutoEnrollTimer(ctx, event.what);
      return;
    default:
      event satisfies never;
  }
}
