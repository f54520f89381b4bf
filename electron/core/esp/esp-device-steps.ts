import { logEvent, timeline, type Ctx } from '../context';
import { logMdmEvent, writeEnrollmentRecords } from '../enrollment/enrollment-records';
import { canReach } from '../network/connectivity';
import { appendFile } from '../os/file-system';
import { Rng } from '../rng';
import type { DeviceState } from '../state';
import type { Blocker } from './esp-blockers';
import type { EspWork } from './esp-state';
import { comgmtWorkDone } from '../comgmt/comgmt-esp';

/** The User Device Registration admin log, where device join failures go (001:3392–3394). */
const UDR_CHANNEL = 'Microsoft-Windows-User Device Registration/Admin';
const UDR_PROVIDER = 'Microsoft-Windows-User Device Registration';

/** ERROR_INSTALL_ALREADY_RUNNING: Windows's text for it is "Another installation is in progress…" (001:2963). [INF] */
export const ANOTHER_INSTALLATION_CODE = '0x80070652';

/**
 * What stops Device preparation's own work in the technician flow and self-deploying mode
 * (provisioning-modes.md §6 rows 10, 11, 13, 16); null lets it run. Re-checked while it waits.
 */
export function deviceStepBlocker(state: DeviceState, work: EspWork): Blocker {
  const mode = state.esp?.mode ?? 'user-driven';
  const tenant = state.preprovision.tenant;
  if (work.ref === 'device-join') {
    if (!canReach(state, 'enterpriseregistration.windows.net') || !canReach(state, 'login.microsoftonline.com')) {
      return { kind: 'wait', reason: 'Microsoft Entra device registration cannot be reached' };
    }
    if (tenant.entraDeviceDeleted)
      return { kind: 'fail', code: '0x801c03f3', reason: 'the device object was deleted from Microsoft Entra ID' };
  }
  if (work.ref === 'mdm-enroll') {
    if (!canReach(state, 'enrollment.manage.microsoft.com'))
      return { kind: 'wait', reason: 'Intune cannot be reached' };
    // Intune enforces "Allow pre-provisioned deployment" at enrollment (001:12499).
    if (mode === 'technician' && !state.setup.policies.deploymentProfile?.allowPreProvisionedDeployment) {
      return { kind: 'fail', code: '0x80180005', reason: 'the profile does not allow pre-provisioned deployment' };
    }
    if (tenant.oneTimeLimitReached) {
      return {
        kind: 'fail',
        code: '0x80180014',
        reason: 'Enrollment blocked for AP device by SDM One Time Limit Check',
      };
    }
  }
  const caveat = userFlowCaveat(state, work);
  if (caveat) return caveat;
  if (mode === 'technician' && isLobBesideWin32(state, work)) {
    return {
      kind: 'fail',
      code: ANOTHER_INSTALLATION_CODE,
      reason: 'Win32 and LOB apps are targeted at the same device',
    };
  }
  return null;
}

/** Tokens refresh properly only 90 minutes after Reseal (003:65). */
const TOKEN_REFRESH_MS = 90 * 60_000;
/** Intune's "application was not detected" code; oobe-ui.md §12.3's example "Apps (0x87d1041c)". [INF] */
export const DETECTION_FAILED_CODE = '0x87d1041c';

/** The armed user-flow caveats (provisioning-modes.md §1.8) as they meet the ESP. */
function userFlowCaveat(state: DeviceState, work: EspWork): Blocker {
  const pp = state.preprovision;
  if (pp.stage !== 'user-flow') return null;
  const sinceReseal = state.clock.now - (pp.resealedAtMs ?? 0);
  if (
    pp.caveats.includes('user-flow-within-90-minutes') &&
    state.esp?.phase === 'user' &&
    work.ref === 'EntDMID' &&
    sinceReseal < TOKEN_REFRESH_MS
  ) {
    return {
      kind: 'wait',
      reason: 'the device tokens from the technician flow have not refreshed yet (less than 90 minutes since Reseal)',
    };
  }
  if (pp.caveats.includes('user-flow-after-6-months') && work.win32) {
    return {
      kind: 'fail',
      code: DETECTION_FAILED_CODE,
      reason: 'the Intune management extension certificates expired more than six months after Reseal',
    };
  }
  return null;
}

/** The IME log line of an expired-certificate detection failure, exactly as documented (003:66–67). */
export function detectionErrorLine(policyId: string): string {
  return `Error code: [Win32App][DetectionActionHandler] Detection for policy with id: ${policyId} resulted in action status: Failed and detection state: NotComputed.`;
}

/** A line-of-business (MSI) app tracked in the same ESP as Win32 apps (003:35). */
function isLobBesideWin32(state: DeviceState, work: EspWork): boolean {
  const app = state.setup.workload.apps.find((a) => a.id === work.ref);
  if (!app || app.type !== 'lob') return false;
  return (state.esp?.categories ?? []).some((c) => c.items.some((i) => i.works.some((w) => w.win32)));
}

/** The logs Windows writes when one of these steps fails (ETW text 001:2778–2782, event log 001:3392). */
export function logDeviceStepFailure(ctx: Ctx, work: EspWork, code: string): void {
  if (work.ref === 'device-join') {
    logEvent(ctx, {
      channel: UDR_CHANNEL,
      provider: UDR_PROVIDER,
      eventId: 204,
      level: 'Error',
      message: `The get join response operation callback failed with exit code: Unknown HResult Error code: ${code}.`,
    });
  }
  if (work.ref === 'mdm-enroll' && code === '0x80180014') {
    logMdmEvent(
      ctx,
      52,
      'Error',
      'MDM Enroll: Server Returned Fault/Code/Subcode/Value=(DeviceNotSupported) Fault/Reason/Text=(Enrollment blocked for AP device by SDM One Time Limit Check)',
    );
  }
  if (work.win32 && code === DETECTION_FAILED_CODE) {
    const line = detectionErrorLine(win32PolicyId(ctx.state, work.ref));
    appendFile(ctx.state.fs, IME_LOG, `${line}\r\n`, ctx.state.clock.now);
    timeline(ctx, 'cloud', line);
  }
  if (work.ref === 'mdm-enroll' && code === '0x80180005') logMdmEvent(ctx, 52, 'Error', `MDM Enroll: Failed (${code})`);
}

const IME_LOG = 'C:\\ProgramData\\Microsoft\\IntuneManagementExtension\\Logs\\IntuneManagementExtension.log';

/** The Win32 app's Intune policy id: a GUID, stable per scenario and app. */
function win32PolicyId(state: DeviceState, ref: string): string {
  const hex = [...Rng.derive(state.setup.seed, `win32app.policy:${ref}`).bytes(16)]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** A device step finished: the device is joined (records in the registry) or enrolled. */
export function completeDeviceStep(ctx: Ctx, work: EspWork): void {
  const { state } = ctx;
  comgmtWorkDone(ctx, work);
  // The installed IME keeps its log from then on; it holds only the lines the documents quote (FIDELITY).
  if (work.ref === 'ime') appendFile(state.fs, IME_LOG, '', state.clock.now);
  if (work.ref === 'device-join') {
    // Self-deploying has no OOBE left once the device is joined: a restart resumes the ESP.
    // (The technician flow stays "not joined" for OOBE: the user flow shows its pages after Reseal.)
    if (state.esp?.mode === 'self-deploying') state.account.joined = true;
    timeline(ctx, 'cloud', 'Joined to Microsoft Entra ID with the device identity (no user)');
  }
  if (work.ref === 'mdm-enroll') {
    // Self-deploying has no user affinity: an assigned user is ignored (provisioning-modes.md §2.5).
    const upn = state.esp?.mode === 'self-deploying' ? '' : (state.setup.registration.assignedUser ?? '');
    state.account.enrollmentId = writeEnrollmentRecords(ctx, upn);
    timeline(ctx, 'cloud', 'Enrolled in Intune with the device identity');
  }
}
