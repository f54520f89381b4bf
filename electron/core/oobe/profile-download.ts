import { oobeConfigBits, requestProfile } from '../network/autopilot-client';
import { after, logEvent, setRegistryValue, timeline, type Ctx } from '../context';
import { hasInternet, latencyMs } from '../network/connectivity';
import { autopilotEvent } from '../os/event-log';
import { applyOfflineProfile } from '../existing-device/offline-profile';
import { taskSequenceOwnsDevice } from '../existing-device/task-sequence';
import type { DeviceState } from '../state';
import { AUTOPILOT_DIAGNOSTICS_KEY } from './autopilot-diagnostics-key';
import { TIMINGS } from './timings';
import { writeZtdFile } from './ztd-file';

export { AUTOPILOT_DIAGNOSTICS_KEY };

/** The profile is known and applies on this boot. */
export function profileAvailable(state: DeviceState): boolean {
  return state.profile.kind === 'available';
}

/** The service has answered (one way or the other) on this boot. */
export function profileSettled(state: DeviceState): boolean {
  return !['unknown', 'downloading'].includes(state.profile.kind);
}

/**
 * Starts the profile download as soon as the device has internet: Windows contacts the Autopilot
 * service as early as it can and again after every reboot (user-driven.md §1.1).
 */
export function startProfileDownload(ctx: Ctx): void {
  const { state } = ctx;
  if (state.power !== 'on' || state.profile.kind !== 'unknown' || !hasInternet(state)) return;
  // Existing devices: the old Windows and the task sequence are not OOBE; nothing is downloaded before Sysprep.
  if (taskSequenceOwnsDevice(state)) return;
  // An existing co-managed client at its desktop (seed 002) is past OOBE: it asks the Autopilot service nothing.
  if (state.setup.autoEnroll) return;
  if (state.account.joined) {
    // After enrollment a restart finds the device provisioned: nothing to download (event 163).
    logEvent(ctx, autopilotEvent(163));
    state.profile = { kind: 'available' };
    return;
  }
  logEvent(ctx, autopilotEvent(164));
  logEvent(ctx, autopilotEvent(160));
  timeline(ctx, 'cloud', 'Autopilot profile download started');
  requestAttempt(ctx, 1);
}

function requestAttempt(ctx: Ctx, attempt: number): void {
  ctx.state.profile = { kind: 'downloading', attempt };
  after(ctx, TIMINGS.profileRequestBaseMs + 4 * latencyMs(ctx.state), { type: 'profile-attempt-done', attempt });
}

/** The service's answer arrives (or the request fails) for one attempt. */
export function onProfileAttemptDone(ctx: Ctx, attempt: number): void {
  const { state } = ctx;
  if (state.profile.kind !== 'downloading' || state.profile.attempt !== attempt) return;
  const answer = requestProfile(ctx);
  const tenant = state.setup.tenant;
  // Existing devices: without an assigned online profile, OOBE applies AutopilotConfigurationFile.json.
  if ((answer.kind === 'not-registered' || answer.kind === 'no-profile') && applyOfflineProfile(ctx, answer.kind))
    return;
  switch (answer.kind) {
    case 'unreachable':
      // Usually temporary while the profile can't be fetched yet (errors.md D1); retry.
      logEvent(ctx, autopilotEvent(100, { policyName: 'CloudAssignedTenantDomain' }));
      state.profile = { kind: 'downloading', attempt: attempt + 1 };
      after(ctx, TIMINGS.profileRetryMs, { type: 'profile-attempt-done', attempt: attempt + 1 });
      timeline(ctx, 'cloud', `Autopilot service unreachable (attempt ${attempt}); retrying`);
      return;
    case 'not-registered':
      logEvent(ctx, autopilotEvent(807));
      setRegistryValue(ctx, AUTOPILOT_DIAGNOSTICS_KEY, 'CloudAssignedTenantDomain', { type: 'REG_SZ', data: '' });
      setRegistryValue(ctx, AUTOPILOT_DIAGNOSTICS_KEY, 'CloudAssignedTenantId', { type: 'REG_SZ', data: '' });
      setRegistryValue(ctx, AUTOPILOT_DIAGNOSTICS_KEY, 'IsAutopilotDisabled', { type: 'REG_DWORD', data: 1 });
      state.profile = { kind: 'not-registered' };
      timeline(ctx, 'cloud', 'Device is not registered for Autopilot: standard OOBE');
      return;
    case 'no-profile':
      logEvent(ctx, autopilotEvent(815));
      setRegistryValue(ctx, AUTOPILOT_DIAGNOSTICS_KEY, 'CloudAssignedTenantDomain', {
        type: 'REG_SZ',
        data: tenant.domains[0]!,
      });
      setRegistryValue(ctx, AUTOPILOT_DIAGNOSTICS_KEY, 'CloudAssignedTenantId', { type: 'REG_SZ', data: tenant.id });
      setRegistryValue(ctx, AUTOPILOT_DIAGNOSTICS_KEY, 'IsAutopilotDisabled', { type: 'REG_DWORD', data: 1 });
      state.profile = { kind: 'no-profile' };
      timeline(ctx, 'cloud', 'No Autopilot profile assigned: standard OOBE');
      return;
    case 'profile': {
      const p = answer.profile;
      const bits = oobeConfigBits(p);
      const key = AUTOPILOT_DIAGNOSTICS_KEY;
      setRegistryValue(ctx, key, 'CloudAssignedTenantDomain', { type: 'REG_SZ', data: tenant.domains[0]! });
      setRegistryValue(ctx, key, 'CloudAssignedTenantId', { type: 'REG_SZ', data: tenant.id });
      setRegistryValue(ctx, key, 'CloudAssignedOobeConfig', { type: 'REG_DWORD', data: bits });
      setRegistryValue(ctx, key, 'CloudAssignedDomainJoinMethod', {
        type: 'REG_DWORD',
        data: p.joinType === 'hybrid' ? 1 : 0,
      });
      setRegistryValue(ctx, key, 'CloudAssignedForcedEnrollment', { type: 'REG_DWORD', data: 1 });
      setRegistryValue(ctx, key, 'IsAutopilotDisabled', { type: 'REG_DWORD', data: 0 });
      writeZtdFile(ctx, p);
      logEvent(ctx, autopilotEvent(161));
      logEvent(ctx, autopilotEvent(111));
      logEvent(ctx, autopilotEvent(101, { policyName: 'CloudAssignedOobeConfig', value: bits }));
      logEvent(ctx, autopilotEvent(103, { policyName: 'CloudAssignedTenantDomain', value: tenant.domains[0]! }));
      logEvent(ctx, autopilotEvent(153, { from: 'ProfileState_Unknown', to: 'ProfileState_Available' }));
      state.profile = { kind: 'available' };
      timeline(ctx, 'cloud', `Autopilot profile "${p.name}" downloaded`);
      return;
    }
  }
}

/** Gives up on this boot's download (profile page timed out): Windows records Autopilot as off. */
export function abandonProfileDownload(ctx: Ctx): void {
  ctx.state.profile = { kind: 'failed' };
  setRegistryValue(ctx, AUTOPILOT_DIAGNOSTICS_KEY, 'IsAutopilotDisabled', { type: 'REG_DWORD', data: 1 });
  timeline(ctx, 'cloud', 'Autopilot profile download timed out');
}
