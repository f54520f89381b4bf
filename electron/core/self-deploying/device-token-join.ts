import { ENROLLMENT_STRINGS } from '../../../shared/strings-enrollment';
import { logEvent, showError, showPage, timeline, type Ctx } from '../context';
import type { PlanOwner } from '../plan/plan-owner';
import { startPlan } from '../plan/plan-runner';
import type { PlanStep } from '../plan/plan-types';
import { logMdmEvent, writeEnrollmentRecords } from '../enrollment/enrollment-records';
import { ATTESTATION_WAIT_MS } from '../esp/esp-attestation';
import { buildEspState } from '../esp/esp-plan';
import type { EspState } from '../esp/esp-state';
import { attestationOutcome } from '../hardware/tpm';
import { canReach } from '../network/connectivity';
import { continueAfterJoin } from '../oobe/after-join';
import { TIMINGS } from '../oobe/timings';
import { autopilotEvent } from '../os/event-log';
import type { DeviceState } from '../state';
import { selfDeploying } from './sd-mode';

/** The automatic MDM enrollment's refusal when Entra ID has several MDM configurations (001:3390). */
export const MULTIPLE_MDM_CODE = '0xc1036501';
/** ERROR_TIMEOUT: self-deploying's code when the device can't be verified (no TPM 2.0, VM: 001:11179). */
const TIMEOUT_CODE = '0x800705b4';
/** The MDM client's event when the enrollment service refuses a device it enrolled before (001:2778–2782). */
const ONE_TIME_LIMIT_EVENT =
  'MDM Enroll: Server Returned Fault/Code/Subcode/Value=(DeviceNotSupported) Fault/Reason/Text=(Enrollment blocked for AP device by SDM One Time Limit Check)';

/**
 * Self-deploying after the updates check: no credential prompt (001:2616, 001:12452). The ESP opens
 * at once and Device preparation does the userless work itself (esp/esp-device-steps.ts): TPM
 * attestation in "Securing your hardware", the join with the device's identity, the enrollment.
 * Without an ESP profile the same work runs behind the page on screen (startDeviceTokenJoin).
 */
export function startSelfDeploying(ctx: Ctx): void {
  const { state } = ctx;
  const sd = selfDeploying(state);
  if (sd.espBoot === null) {
    sd.espBoot = state.bootCount;
    const assigned = state.setup.registration.assignedUser;
    if (assigned) timeline(ctx, 'cloud', `Assigned user ${assigned} ignored: self-deploying mode has no user affinity`);
  }
  if (!state.setup.policies.enrollmentStatusPage?.showProgress) {
    startDeviceTokenJoin(ctx);
    return;
  }
  state.esp ??= withTenantOutcomes(state, buildEspState(state.setup, false, 'self-deploying'));
  continueAfterJoin(ctx);
}

/**
 * What the tenant makes of the enrollment step, known when the plan is made: several MDM
 * configurations in Entra ID refuse the automatic enrollment with 0xc1036501 every time it runs.
 */
function withTenantOutcomes(state: DeviceState, esp: EspState): EspState {
  if (!state.setup.tenant.multipleMdmConfigurations) return esp;
  for (const cat of esp.categories) {
    for (const item of cat.items) {
      for (const work of item.works) {
        if (work.ref !== 'mdm-enroll') continue;
        work.outcome = 'failure';
        work.errorCode = MULTIPLE_MDM_CODE;
      }
    }
  }
  return esp;
}

/** Why the userless join fails without an ESP: the same checks Device preparation makes, in its order. */
export type DeviceTokenRefusal =
  { kind: 'wait'; reason: string } | { kind: 'fail'; code: string; reason: string; log: (ctx: Ctx) => void };

export function deviceTokenRefusal(state: DeviceState, attempt: number): DeviceTokenRefusal | null {
  const { tenant, device, seed } = state.setup;
  for (const endpoint of [
    'login.microsoftonline.com',
    'enterpriseregistration.windows.net',
    'enrollment.manage.microsoft.com',
  ] as const) {
    if (!canReach(state, endpoint)) return { kind: 'wait', reason: `${endpoint} cannot be reached` };
  }
  // The device token comes from TPM attestation: no attestation, no join (001:3389, 001:11179).
  const attestation = attestationOutcome({ ...device.tpm, fault: state.tpmFault }, device.smbios, seed, attempt);
  if (!attestation.ok) {
    const code = attestation.kind === 'error' ? attestation.code : TIMEOUT_CODE;
    const reason = attestation.kind === 'error' ? attestation.message : attestation.reason;
    return {
      kind: 'fail',
      code,
      reason,
      log: (ctx) => {
        logEvent(ctx, autopilotEvent(171, { hresult: code }));
        logEvent(ctx, autopilotEvent(172, { hresult: code }));
      },
    };
  }
  if (tenant.multipleMdmConfigurations) {
    // The automatic enrollment's failure event (external-diagnostics.md §6.2, template 76).
    const log = (ctx: Ctx) =>
      logMdmEvent(ctx, 76, 'Error', `Auto MDM Enroll: Device Credential (0x0), Failed (${MULTIPLE_MDM_CODE})`);
    return {
      kind: 'fail',
      code: MULTIPLE_MDM_CODE,
      reason: 'Microsoft Entra ID has more than one MDM configuration',
      log,
    };
  }
  if (state.preprovision.tenant.oneTimeLimitReached || tenant.windowsEnrollmentBlocked) {
    const reason = tenant.windowsEnrollmentBlocked
      ? 'a platform restriction blocks Windows MDM enrollment'
      : 'Enrollment blocked for AP device by SDM One Time Limit Check';
    return {
      kind: 'fail',
      code: '0x80180014',
      reason,
      log: (ctx) => logMdmEvent(ctx, 52, 'Error', ONE_TIME_LIMIT_EVENT),
    };
  }
  return null;
}

/**
 * No ESP profile: the device attests, joins and enrolls behind the page on screen; a device that
 * can't attest gives up after the 7-minute attestation wait (oobe-ui.md §24).
 */
export function startDeviceTokenJoin(ctx: Ctx): void {
  const { state } = ctx;
  const sd = selfDeploying(state);
  sd.joinAttempts += 1;
  sd.joinFailure = null;
  const { device, seed } = state.setup;
  const attestation = attestationOutcome(
    { ...device.tpm, fault: state.tpmFault },
    device.smbios,
    seed,
    sd.joinAttempts,
  );
  const waitMs = attestation.kind === 'hang' ? ATTESTATION_WAIT_MS : attestation.durationMs + TIMINGS.joinMs;
  timeline(
    ctx,
    'cloud',
    'Joining Microsoft Entra ID with the device identity (TPM attestation), without user credentials',
  );
  // Two steps: the attestation and join take their time, then the services' answer, which waits for
  // the routes it needs and fails with the documented code when the tenant or the TPM refuses.
  const step = (id: string, name: string, ms: number): PlanStep => ({
    id,
    name,
    duration: { kind: 'fixed', ms },
    needs: [],
    writes: [],
    outcome: { kind: 'success' },
    interrupted: { kind: 'restart' },
    onRestart: 'restart',
  });
  startPlan(ctx, {
    id: DEVICE_TOKEN_JOIN_PLAN_ID,
    owner: 'device-token-join',
    pollMs: TIMINGS.espPollMs,
    steps: [step(`join-${sd.joinAttempts}`, 'The device join', waitMs), step('answer', 'The device join', 0)],
  });
}

/** The no-ESP join's one run in `state.plans`. */
export const DEVICE_TOKEN_JOIN_PLAN_ID = 'device-token-join';

/** The no-ESP join's answer: joined and enrolled, or the generic error page with the code. */
export const DEVICE_TOKEN_JOIN_OWNER: PlanOwner<Ctx> = {
  blocker(ctx, _run, step) {
    if (step.id !== 'answer') return null;
    const refusal = deviceTokenRefusal(ctx.state, selfDeploying(ctx.state).joinAttempts);
    if (!refusal) return null;
    return refusal.kind === 'wait' ? refusal : { kind: 'fail', code: refusal.code, reason: refusal.reason };
  },
  waiting(ctx, _run, _step, reason) {
    timeline(ctx, 'cloud', `The device join is waiting: ${reason}`);
  },
  failed(ctx, run) {
    const { state } = ctx;
    const sd = selfDeploying(state);
    const refusal = deviceTokenRefusal(state, sd.joinAttempts);
    if (refusal?.kind !== 'fail') return;
    refusal.log(ctx);
    sd.joinFailure = { code: refusal.code };
    timeline(ctx, 'cloud', `The device join failed: ${run.failure?.reason ?? refusal.reason}`);
    const message = ENROLLMENT_STRINGS.error.tryAgainOnly;
    showPage(ctx, { id: 'something-went-wrong', message, code: refusal.code });
    showError(ctx, { code: refusal.code, message });
  },
  done(ctx) {
    const { state } = ctx;
    if (state.account.joined || selfDeploying(state).joinFailure) return;
    // No user enrolled the device: the enrollment's UPN value stays empty, as Device preparation's step writes it.
    state.account.enrollmentId = writeEnrollmentRecords(ctx, '');
    state.account.joined = true;
    timeline(
      ctx,
      'cloud',
      'Joined to Microsoft Entra ID with the device identity and enrolled in Intune (no primary user)',
    );
    continueAfterJoin(ctx);
  },
};
