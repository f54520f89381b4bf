import { logEvent, timeline, type Ctx } from '../context';
import { attestationOutcome, type AttestationOutcome } from '../hardware/tpm';
import { canReach } from '../network/connectivity';
import { autopilotEvent } from '../os/event-log';
import { TIMINGS } from '../oobe/timings';
import type { PlanOutcome } from '../plan/plan-types';
import type { EspWork } from './esp-state';

/** "Securing your hardware" waits this long for attestation before it fails (oobe-ui.md §16, §24). */
export const ATTESTATION_WAIT_MS = 7 * 60_000;

/**
 * What attestation does on this attempt: the TPM's own outcome (electron/core/hardware/tpm.ts),
 * unless the device can't reach the attestation service, its clock is off (device-model.md §5:
 * "TPM attestation errors"), or a known issue makes it fail after a reset (001:3285–3289).
 */
function outcomeNow(ctx: Ctx, attempt: number): AttestationOutcome {
  const { state } = ctx;
  const { device, seed } = state.setup;
  const outcome = attestationOutcome({ ...device.tpm, fault: state.tpmFault }, device.smbios, seed, attempt);
  if (!outcome.ok) return outcome;
  const hang = (reason: string): AttestationOutcome => ({ kind: 'hang', ok: false, reason, timeoutCode: '0x800705b4' });
  if (!canReach(state, 'microsoftaik.azure.net')) return hang('The TPM attestation service cannot be reached.');
  if (Math.abs(state.clockDriftMs) > TIMINGS.clockSkewLimitMs)
    return hang('The device clock is too far from network time for the attestation certificates.');
  const pp = state.preprovision;
  if (pp.resetAfterEspFailure && pp.caveats.includes('attestation-fails-after-reset')) {
    return hang('Known issue: after an ESP failure and Reset, TPM attestation fails on the retry.');
  }
  return outcome;
}

/**
 * Decides TPM attestation's try as the ESP's step begins: it ends as the outcome says (a failure
 * carries its code), or after the 7-minute wait with 0x800705b4 when it cannot complete.
 */
export function decideAttestation(ctx: Ctx, work: EspWork): { ms: number; outcome: PlanOutcome } {
  const pp = ctx.state.preprovision;
  pp.attestationAttempt += 1;
  const outcome = outcomeNow(ctx, pp.attestationAttempt);
  if (outcome.kind === 'ok') {
    work.outcome = 'success';
    timeline(ctx, 'cloud', `TPM attestation started (attempt ${pp.attestationAttempt})`);
    return { ms: outcome.durationMs, outcome: { kind: 'success' } };
  }
  work.outcome = 'failure';
  if (outcome.kind === 'error') {
    work.errorCode = outcome.code;
    timeline(
      ctx,
      'cloud',
      `TPM attestation started (attempt ${pp.attestationAttempt}); it will fail: ${outcome.message}`,
    );
    return { ms: outcome.durationMs, outcome: { kind: 'failure', code: outcome.code, reason: outcome.message } };
  }
  work.errorCode = outcome.timeoutCode;
  timeline(
    ctx,
    'cloud',
    `TPM attestation started (attempt ${pp.attestationAttempt}); it cannot complete: ${outcome.reason}`,
  );
  return { ms: ATTESTATION_WAIT_MS, outcome: { kind: 'failure', code: outcome.timeoutCode, reason: outcome.reason } };
}

/**
 * Events 171 and 172 in the Autopilot log (001:2693–2694) when attestation fails: the TPM identity
 * can't be confirmed, so the profile can't be marked available either.
 */
export function logAttestationFailure(ctx: Ctx, code: string): void {
  logEvent(ctx, autopilotEvent(171, { hresult: code }));
  logEvent(ctx, autopilotEvent(172, { hresult: code }));
}
