import { describe, expect, it } from 'vitest';
import type { DeviceSetupInput } from '../../shared/device-setup';
import { HELLO_STRINGS } from '../../shared/strings-hello';
import { TEST_PIN, deployToDesktop, resetSetup } from './autopilot-reset-driver';

/**
 * Windows Hello for Business at the first sign-in (oobe-ui.md §22), after Account setup: the
 * biometric page only with the hardware, the Entra-joined PIN flow with MFA when required, the
 * hybrid page and its error page; the tenant's setting and PIN rules, changeable by tenant.change.
 */

type Tweak = (setup: DeviceSetupInput) => DeviceSetupInput;

function helloSetup(state: 'enabled' | 'disabled' | 'notConfigured', tweak: Tweak = (s) => s, hybrid = false) {
  const base = resetSetup({ hybrid });
  return tweak({ ...base, tenant: { ...base.tenant, windowsHello: { state } } });
}

function hello(d: ReturnType<typeof deployToDesktop>) {
  const view = d.view();
  if (view.id !== 'windows-hello') throw new Error(`on ${view.id}`);
  return view;
}

describe('Windows Hello for Business at the first sign-in', () => {
  it('Entra joined: "Use Windows Hello with your account" → Set up a PIN → All set! → desktop', () => {
    const d = deployToDesktop(helloSetup('notConfigured'), 'windows-hello');
    expect(hello(d)).toMatchObject({ stage: 'entra-intro', flavour: 'entra', biometrics: null });
    expect(d.timeline).toContain('Windows Hello for Business provisioning starts (tenant setting: notConfigured)');
    d.click('ok');
    expect(hello(d).stage).toBe('set-pin');
    d.type('new-pin', '1234');
    d.type('confirm-pin', '1234');
    d.click('ok');
    expect(hello(d)).toMatchObject({ stage: 'set-pin', error: 'Your PIN must be at least 6 characters long.' });
    d.type('new-pin', TEST_PIN);
    d.type('confirm-pin', '483921');
    d.click('ok');
    expect(hello(d).error).toBe(HELLO_STRINGS.pin.mismatch);
    d.type('new-pin', TEST_PIN);
    expect(hello(d)).toMatchObject({ newPinLength: 6, error: null });
    d.type('confirm-pin', TEST_PIN);
    d.click('ok');
    expect(hello(d).stage).toBe('all-set');
    d.click('ok');
    expect(d.view()).toMatchObject({ id: 'desktop' });
    expect(d.device.state.hello).toMatchObject({ done: true, outcome: 'pin-set' });
    // Locking and unlocking never asks again.
    d.key('Meta+L');
    d.key('Ctrl+Alt+Delete');
    d.type('username', 'megan@contoso.com');
    d.type('password', 'Pa55w.rd');
    d.click('sign-in');
    expect(d.view().id).toBe('desktop');
  });

  it('asks for the MFA code first when the user must use MFA', () => {
    const d = deployToDesktop(
      helloSetup('enabled', (s) => ({
        ...s,
        tenant: { ...s.tenant, users: s.tenant!.users!.map((u) => ({ ...u, mfa: true })) },
      })),
      'windows-hello',
    );
    d.click('ok');
    expect(hello(d).stage).toBe('mfa');
    d.type('code', '000000');
    d.click('verify');
    expect(hello(d)).toMatchObject({ stage: 'mfa', error: expect.any(String) });
    d.type('code', '123456');
    d.click('verify');
    expect(hello(d).stage).toBe('set-pin');
  });

  it('shows the biometric page first only with a camera or fingerprint reader', () => {
    const withCamera: Tweak = (s) => ({
      ...s,
      device: { ...s.device, biometrics: { faceCamera: true, fingerprintReader: false } },
    });
    const d = deployToDesktop(helloSetup('enabled', withCamera), 'windows-hello');
    expect(hello(d)).toMatchObject({ stage: 'biometric', biometrics: 'face' });
    d.click('yes-set-up');
    expect(hello(d).stage).toBe('entra-intro');
    expect(d.device.state.hello?.biometricEnrolled).toBe(true);
  });

  it('a tenant that disables Windows Hello for Business goes straight to the desktop', () => {
    const d = deployToDesktop(helloSetup('disabled'));
    expect(d.view().id).toBe('desktop');
    expect(d.device.state.hello?.outcome ?? 'not-required').toBe('not-required');
  });

  it('follows the tenant: PIN rules changed before provisioning apply; a change on the PIN page waits for the next provisioning', () => {
    const d = deployToDesktop(helloSetup('enabled'), 'esp');
    const asked: string[] = [];
    d.device.onEvent((_name, payload) => asked.push((payload as { operation: string }).operation), ['service:called']);
    d.device.execute('tenant.change', { change: { kind: 'windows-hello.edit', pin: { minimumLength: 8 } } });
    d.until('windows-hello');
    d.click('ok');
    // The device asked once, when provisioning started: a later change does not reach this page.
    d.device.execute('tenant.change', { change: { kind: 'windows-hello.edit', pin: { minimumLength: 4 } } });
    d.type('new-pin', TEST_PIN);
    d.type('confirm-pin', TEST_PIN);
    d.click('ok');
    expect(hello(d).error).toBe('Your PIN must be at least 8 characters long.');
    expect(asked.filter((op) => op === 'intune.windows-hello')).toHaveLength(1);
    expect(() =>
      d.device.execute('tenant.change', {
        change: { kind: 'windows-hello.edit', pin: { minimumLength: 20, maximumLength: 10 } },
      }),
    ).toThrow(/minimum PIN length/);
  });

  it('hybrid: "Your organization requires Windows Hello" → Set up PIN; offline, the error page with its lines', () => {
    const d = deployToDesktop(
      helloSetup('enabled', (s) => s, true),
      'windows-hello',
    );
    expect(hello(d)).toMatchObject({ stage: 'hybrid-intro', flavour: 'hybrid' });
    d.click('set-up-pin');
    d.device.execute('fault.fire', {
      fault: { kind: 'network.endpoint', endpoint: 'login.microsoftonline.com', reachable: false },
    });
    d.type('new-pin', TEST_PIN);
    d.type('confirm-pin', TEST_PIN);
    d.click('ok');
    const error = hello(d);
    expect(error).toMatchObject({ stage: 'error', failure: { code: '0x80072ee7' } });
    expect(error.failure?.correlationId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(d.errors.at(-1)).toMatchObject({ screen: 'windows-hello', code: '0x80072ee7' });
    d.device.execute('fault.fire', {
      fault: { kind: 'network.endpoint', endpoint: 'login.microsoftonline.com', reachable: true },
    });
    d.click('try-again');
    d.type('new-pin', TEST_PIN);
    d.type('confirm-pin', TEST_PIN);
    d.click('ok');
    expect(hello(d).stage).toBe('all-set');
    d.click('ok');
    expect(d.view().id).toBe('desktop');
  });
});
