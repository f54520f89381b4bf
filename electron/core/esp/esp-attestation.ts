import { after, logEvent, timeline, type Ctx } from '../context';
import { attestationOutcome, type AttestationOutcome } from '../hardware/tpm';
import { canReach } from '../network/connectivity';
import { autopilotEvent } from '../os/event-log';
import { TIMINGS } from '../oobe/timings';
import type { EspItem, EspWork } from './esp-state';

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
 * Starts TPM attestation as the running ESP work: it ends as the outcome says, as an ordinary
 * "esp-work-done" (a failure carries its code), or after the 7-minute wait with 0x800705b4.
 */
export function startAttestation(ctx: Ctx, categoryId: string, item: EspItem, work: EspWork, index: number): void {
  const pp = ctx.state.preprovision;
  pp.attestationAttempt += 1;
  const outcome = outcomeNow(ctx, pp.attestationAttempt);
  if (outcome.kind === 'ok') {
    work.outcome = 'success';
    timeline(ctx, 'cloud', `TPM attestation started (attempt ${pp.attestationAttempt})`);
    after(ctx, outcome.durationMs, { type: 'esp-work-done', category: categoryId, item: item.id, index });
    return;
  }
  work.outcome = 'failure';
  if (outcome.kind === 'error') {
    work.errorCode = outcome.code;
    timeline(
      ctx,
      'cloud',
      `TPM attestation started (attempt ${pp.attestationAttempt}); it will fail: ${outcome.message}`,
    );
    after(ctx, outcome.durationMs, { type: 'esp-work-done', category: categoryId, item: item.id, index });
    return;
  }
  work.errorCode = outcome.timeoutCode;
  timeline(
    ctx,
    'cloud',
    `TPM attestation started (attempt ${pp.attestationAttempt}); it cannot complete: ${outcome.reason}`,
  );
  after(ctx, ATTESTATION_WAIT_MS, { type: 'esp-work-done', category: categoryId, item: item.id, index });
}

/**
 * Events 171 and 172 in the Autopilot log (001:2693–2694) when attestation fails: the TPM identity
 * can't be confirmed, so the profile can't be marked available either.
 */
export function logAttestationFailure(ctx: Ctx, code: string): void {
  logEvent(ctx, autopilotEvent(171, { hresult: code }));
  logEvent(ctx, autopilotEvent(172, { hresult: code }));
}
