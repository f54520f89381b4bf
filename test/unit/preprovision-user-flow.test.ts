import { describe, expect, it } from 'vitest';
import { readFile } from '../../electron/core/os/file-system';
import { answerLocalePages, signInToEntra } from '../support/device-driver';
import {
  drive,
  hybridPreprovision,
  MINUTE,
  PASSWORD,
  ppSetup,
  provisionToResult,
  resealed,
  toConfig,
  UPN,
} from './preprovision-helpers';

/**
 * The user flow after Reseal (provisioning-modes.md §1.6–1.8): Entra join and hybrid join reach
 * the desktop; Device setup runs again, Device preparation does not; the documented caveats.
 */
const HOUR = 60 * MINUTE;

describe('user flow, Microsoft Entra join', () => {
  it('signs in, reruns Device setup (not Device preparation), runs Account setup and reaches the desktop', () => {
    const d = resealed(
      ppSetup({
        workload: {
          apps: [
            { id: 'vpn', name: 'Contoso VPN', type: 'win32', durationMs: 5 * MINUTE },
            { id: 'notes', name: 'Contoso Notes', type: 'store', context: 'user', durationMs: 2 * MINUTE },
          ],
        },
      }),
    );
    answerLocalePages(d);
    const attestationsBefore = d.timeline.filter((t) => t.startsWith('TPM attestation started')).length;
    signInToEntra(d, UPN, PASSWORD);
    d.until('esp');
    const esp = d.as('esp');
    expect(esp.categories.map((c) => c.state)).toEqual(['complete', 'working', 'waiting']);
    const vpnRuns = () => d.timeline.filter((t) => t === 'ESP: Contoso VPN done').length;
    expect(vpnRuns()).toBe(1);
    d.until('desktop');
    expect(vpnRuns()).toBe(2);
    expect(d.timeline.filter((t) => t.startsWith('TPM attestation started')).length).toBe(attestationsBefore);
    expect(d.timeline).toContain('ESP: Contoso Notes done');
  });
});

describe('user flow, Microsoft Entra hybrid join', () => {
  it('goes to the ESP without an Entra sign-in, then the sign-on screen (Ctrl+Alt+Del, domain credentials), Account setup, Sign out, desktop', () => {
    const d = resealed(ppSetup(hybridPreprovision()));
    answerLocalePages(d);
    d.until('esp');
    expect(d.screens.map((s) => s.id).slice(-3)).not.toContain('branding-signin');
    expect(d.as('esp').categories[0]!.state).toBe('complete');
    d.until('signon');
    expect(d.as('signon').username).toBe('CONTOSO\\megan');
    d.key('Ctrl+Alt+Delete');
    d.type('password', PASSWORD);
    d.click('sign-in');
    d.until('stay-signed-in');
    d.click('ok');
    d.click('done');
    d.until('esp');
    while (!d.as('esp').signOut) d.device.execute('clock.skip', {});
    d.click('sign-out');
    d.until('signon');
    d.key('Ctrl+Alt+Delete');
    d.type('password', PASSWORD);
    d.click('sign-in');
    expect(d.view()).toMatchObject({ id: 'windows-hello', flavour: 'hybrid' });
    d.until('desktop'); // through Windows Hello's PIN (on by default)
  });
});

describe('user flow caveats', () => {
  it('within 90 minutes of Reseal, Account setup waits for the tokens to refresh', () => {
    const d = resealed(ppSetup(), 10 * MINUTE);
    d.device.execute('fault.fire', { fault: { kind: 'preprovision.caveat', caveat: 'user-flow-within-90-minutes' } });
    answerLocalePages(d);
    signInToEntra(d, UPN, PASSWORD);
    d.until('esp');
    while (d.as('esp').categories[2]!.state !== 'working') d.device.execute('clock.skip', {});
    const resealedAt = d.device.state.preprovision.resealedAtMs!;
    d.advance(resealedAt + 90 * MINUTE - d.device.nowMs - MINUTE);
    expect(d.as('esp').categories[2]!.items[0]).toMatchObject({ id: 'policies', state: 'working' });
    d.until('desktop');
    expect(d.device.nowMs).toBeGreaterThanOrEqual(resealedAt + 90 * MINUTE);
  });

  it('more than six months after Reseal, Win32 detection fails with the documented IME error', () => {
    const d = resealed(
      ppSetup({
        policies: { enrollmentStatusPage: { name: 'Contoso ESP', timeoutMinutes: 90, allowUseOnError: true } },
      }),
      190 * 24 * HOUR,
    );
    d.device.execute('fault.fire', { fault: { kind: 'preprovision.caveat', caveat: 'user-flow-after-6-months' } });
    answerLocalePages(d);
    signInToEntra(d, UPN, PASSWORD);
    d.until('esp-error');
    expect(d.as('esp-error').code).toBe('0x87d1041c');
    const log = readFile(
      d.device.state.fs,
      'C:\\ProgramData\\Microsoft\\IntuneManagementExtension\\Logs\\IntuneManagementExtension.log',
    );
    expect(log).toMatch(
      /^Error code: \[Win32App\]\[DetectionActionHandler\] Detection for policy with id: [0-9a-f-]{36} resulted in action status: Failed and detection state: NotComputed\.\r\n$/,
    );
  });

  it('a compliance reset shows the device noncompliant until compliance is evaluated again', () => {
    const d = drive(ppSetup());
    d.device.execute('fault.fire', { fault: { kind: 'preprovision.caveat', caveat: 'compliance-reset' } });
    toConfig(d);
    expect(provisionToResult(d)).toBe('preprovision-success');
    d.click('reseal');
    d.advance(2 * HOUR);
    expect(d.timeline.some((t) => t.includes('Compliant → Not compliant'))).toBe(false);
    d.device.execute('device.power', { action: 'on' });
    answerLocalePages(d);
    const reset = d.timeline.findIndex((t) => t.includes('Compliant → Not compliant'));
    expect(reset).toBeGreaterThan(0);
    signInToEntra(d, UPN, PASSWORD);
    d.until('desktop');
    d.advance(30 * MINUTE);
    expect(d.timeline.findIndex((t) => t.includes('Not compliant → Compliant'))).toBeGreaterThan(reset);
  });

  it('wlidsvc disabled in the technician flow: no Entra sign-in option in the user flow', () => {
    const d = drive(ppSetup());
    d.device.execute('fault.fire', { fault: { kind: 'preprovision.caveat', caveat: 'wlidsvc-disabled' } });
    toConfig(d);
    expect(provisionToResult(d)).toBe('preprovision-success');
    d.click('reseal');
    d.advance(2 * HOUR);
    d.device.execute('device.power', { action: 'on' });
    answerLocalePages(d);
    // The EULA and local-account creation instead (003:80): test/unit/local-oobe-paths.test.ts.
    d.until('license-agreement');
    expect(d.screens.map((s) => s.id)).not.toContain('branding-signin');
  });
});
