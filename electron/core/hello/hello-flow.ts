import type { PinPolicy, WindowsHelloSetting } from '../../../shared/scenario/windows-hello';
import { HELLO_STRINGS } from '../../../shared/strings-hello';
import { deviceTimeIso, showError, showPage, timeline, type Ctx } from '../context';
import { isHybrid, signedInUser } from '../enrollment/users';
import { callService } from '../network/cloud-link';
import type { HelloPage } from './hello-state';

/** What Windows shows when the PIN's key can't be registered (the service unreachable or refusing). */
const UNREACHABLE_CODE = '0x80072ee7'; // [UNVERIFIED] WININET's "server name could not be resolved"
const REFUSED_CODE = '0x801c03ed'; // [UNVERIFIED] Entra refused the key registration

const DEFAULT_PIN: PinPolicy = {
  minimumLength: 6,
  maximumLength: 127,
  uppercaseLetters: 'notAllowed',
  lowercaseLetters: 'notAllowed',
  specialCharacters: 'notAllowed',
};

/** The tenant's Windows Hello setting as the device last heard it (the cloud's answer, kept on the device). */
function policyOf(ctx: Ctx): WindowsHelloSetting | null {
  const answer = callService(ctx, { op: 'intune.windows-hello' });
  return answer.kind === 'policy' ? answer.setting : null;
}

/**
 * The PIN rules for this device: those the tenant sent when provisioning started. Windows Hello for
 * Business is a device configuration policy (001:3629), so the device holds the rules it received and
 * does not ask again at each PIN; a trainer's change reaches the next provisioning.
 */
export function pinPolicy(ctx: Ctx): PinPolicy {
  return ctx.state.hello?.pin ?? DEFAULT_PIN;
}

function biometricHardware(ctx: Ctx): boolean {
  const b = ctx.state.setup.device.biometrics;
  return b.faceCamera || b.fingerprintReader;
}

function page(ctx: Ctx, stage: HelloPage['stage']): void {
  const flavour = isHybrid(ctx.state) ? 'hybrid' : 'entra';
  showPage(ctx, {
    id: 'windows-hello',
    stage,
    flavour,
    newPin: '',
    confirmPin: '',
    code: '',
    error: null,
    failure: null,
  });
}

/**
 * The first sign-in's Windows Hello for Business provisioning (oobe-ui.md §2: after ESP Account
 * setup, the biometric page when the device has the hardware, then the PIN). Returns false when
 * there is nothing to do (already done, no work account, or the tenant turned Hello off), so the
 * caller goes on to the desktop.
 */
export function startWindowsHello(ctx: Ctx): boolean {
  const { state } = ctx;
  if (state.hello?.done || !state.account.joined || !signedInUser(state)) return false;
  const setting = policyOf(ctx);
  // Offline, the device can't learn the policy: it goes on to the desktop and provisions at a later sign-in.
  if (!setting) {
    timeline(ctx, 'cloud', 'Windows Hello for Business: policy not received (no connection); provisioning postponed');
    return false;
  }
  if (setting.state === 'disabled') {
    state.hello = { done: true, outcome: 'not-required', biometricEnrolled: false, pin: setting.pin };
    timeline(ctx, 'cloud', 'Windows Hello for Business is disabled for the tenant: no PIN setup');
    return false;
  }
  state.hello = { done: false, outcome: null, biometricEnrolled: false, pin: setting.pin };
  timeline(ctx, 'cloud', `Windows Hello for Business provisioning starts (tenant setting: ${setting.state})`);
  if (biometricHardware(ctx)) page(ctx, 'biometric');
  else helloIntro(ctx);
  return true;
}

/** The PIN's introduction: Entra-joined ("Use Windows Hello with your account") or hybrid. */
export function helloIntro(ctx: Ctx): void {
  page(ctx, isHybrid(ctx.state) ? 'hybrid-intro' : 'entra-intro');
}

/** "Set up a PIN", with the boxes empty. */
export function askForPin(ctx: Ctx, current: HelloPage): void {
  current.stage = 'set-pin';
  current.newPin = '';
  current.confirmPin = '';
  current.error = null;
  current.failure = null;
}

/** A deterministic correlation ID for the error page (the device's serial number and the time, hashed). */
function correlationId(ctx: Ctx): string {
  let hex = '';
  for (let round = 0; hex.length < 32; round += 1) {
    let h = 0x811c9dc5 ^ round;
    for (const ch of `${ctx.state.identity.serialNumber}#${ctx.state.clock.now}#${round}`) {
      h ^= ch.charCodeAt(0);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    hex += h.toString(16).padStart(8, '0');
  }
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** The PIN passed its rules: Entra ID registers its key, or the error page says why not. */
export function registerPin(ctx: Ctx, current: HelloPage): void {
  const user = signedInUser(ctx.state);
  const answer = callService(ctx, { op: 'entra.register-hello-key', upn: user?.upn ?? '' });
  current.newPin = '';
  current.confirmPin = '';
  if (answer.kind === 'registered') {
    current.stage = 'all-set';
    if (ctx.state.hello) ctx.state.hello.outcome = 'pin-set';
    timeline(ctx, 'cloud', `Windows Hello for Business: PIN set up for ${user?.upn ?? ''}`);
    return;
  }
  const code = answer.kind === 'unreachable' ? UNREACHABLE_CODE : REFUSED_CODE;
  current.stage = 'error';
  current.failure = { code, correlationId: correlationId(ctx), timestamp: deviceTimeIso(ctx.state) };
  const message = current.flavour === 'hybrid' ? HELLO_STRINGS.hybrid.errorTitle : HELLO_STRINGS.entra.errorBody;
  showError(ctx, { code, message });
}

/** Hello is behind the device (set up or skipped): the desktop. */
export function finishWindowsHello(ctx: Ctx, outcome: 'pin-set' | 'skipped'): void {
  const hello = ctx.state.hello;
  ctx.state.hello = {
    done: true,
    outcome: hello?.outcome ?? outcome,
    biometricEnrolled: hello?.biometricEnrolled ?? false,
    pin: hello?.pin ?? DEFAULT_PIN,
  };
  if (outcome === 'skipped') timeline(ctx, 'input', 'Windows Hello: Skip for now');
  showPage(ctx, { id: 'desktop', window: 'none' });
}
