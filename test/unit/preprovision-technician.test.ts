import { describe, expect, it } from 'vitest';
import { parsePreprovisionQrPayload } from '../../shared/preprovision-qr';
import { formatElapsed, PREPROVISION_STRINGS } from '../../shared/strings-preprovision';
import { chooseMenuRow, drive, MINUTE, ppSetup, provisionToResult, toConfig, UPN } from './preprovision-helpers';

/**
 * The technician flow (provisioning-modes.md §1.4 T3–T7): the configuration page and its Refresh,
 * the QR payload, the device-only ESP with TPM attestation, the success page and Reseal.
 */
describe('pre-provisioning configuration page', () => {
  it('shows organization, profile, the assigned user and a QR payload with the device ZTD ID and serial number', () => {
    const d = drive(ppSetup({ registration: { assignedUser: UPN } }));
    chooseMenuRow(d, 'pre-provision');
    // Row 2 checks for updates first (oobe-ui.md §13), then the page downloads the details.
    expect(d.view().id).toBe('updates');
    d.until('preprovision-config');
    // The details download first: Refresh and Next are disabled meanwhile.
    expect(d.as('preprovision-config')).toMatchObject({ refreshing: true, nextEnabled: false });
    expect(() => d.click('refresh')).toThrow(/disabled/);
    expect(() => d.click('provision')).toThrow(/disabled/);
    toConfigDone(d);
    const config = d.as('preprovision-config');
    expect(config).toMatchObject({
      organizationName: 'Contoso',
      profileName: 'Contoso pre-provisioned',
      assignedUser: UPN,
      nextEnabled: true,
    });
    const qr = parsePreprovisionQrPayload(config.qrPayload);
    expect(qr?.serialNumber).toBe(d.device.execute('device.snapshot', {}).info.serialNumber);
    expect(qr?.ztdId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(config.qrPayload).toBe(JSON.stringify({ ZtdId: qr!.ztdId, SerialNumber: qr!.serialNumber }));
  });

  it('keeps the same ZTD ID for the same device and gives another device another one', () => {
    const a = drive(ppSetup());
    const b = drive(ppSetup());
    const c = drive(ppSetup({ seed: 77 }));
    for (const d of [a, b, c]) toConfig(d);
    const id = (d: typeof a) => parsePreprovisionQrPayload(d.as('preprovision-config').qrPayload)!.ztdId;
    expect(id(a)).toBe(id(b));
    expect(id(a)).not.toBe(id(c));
  });

  it('"Refresh" downloads the profile again: a user assigned and a profile renamed in Intune show up', () => {
    const d = drive(ppSetup());
    toConfig(d);
    expect(d.as('preprovision-config').assignedUser).toBeNull();
    d.device.execute('fault.fire', { fault: { kind: 'tenant.assign-user', upn: UPN } });
    d.device.execute('fault.fire', { fault: { kind: 'tenant.profile-name', name: 'Contoso kiosks' } });
    // Nothing changes on screen until the technician selects Refresh.
    expect(d.as('preprovision-config').assignedUser).toBeNull();
    d.click('refresh');
    expect(d.as('preprovision-config').refreshing).toBe(true);
    toConfigDone(d);
    expect(d.as('preprovision-config')).toMatchObject({
      assignedUser: UPN,
      profileName: 'Contoso kiosks',
      refreshing: false,
    });
  });

  it('a critical update found after row 2 restarts the device, which comes back to the configuration page', () => {
    const d = drive(ppSetup({ updates: { available: true, downloadMs: 2 * MINUTE, restart: true } }));
    toConfig(d);
    const ids = d.screens.map((s) => s.id);
    expect(ids.slice(ids.indexOf('preprovision-menu'))).toEqual([
      'preprovision-menu',
      'updates',
      'boot',
      'preprovision-config',
    ]);
    expect(d.as('preprovision-config').profileName).toBe('Contoso pre-provisioned');
  });

  it('"Cancel" goes back to OOBE', () => {
    const d = drive(ppSetup());
    toConfig(d);
    d.click('cancel');
    expect(d.view().id).toBe('region');
  });
});

describe('technician ESP', () => {
  it('runs only Device preparation and Device setup, with "Securing your hardware" doing TPM attestation', () => {
    const d = drive(ppSetup());
    toConfig(d);
    d.click('provision');
    d.until('esp');
    const esp = d.as('esp');
    const prep = esp.categories.find((c) => c.id === 'device-preparation')!;
    expect(prep.state).toBe('working');
    expect(prep.items[0]).toMatchObject({ id: 'tpm', label: 'Securing your hardware', state: 'working' });
    // Nothing else runs before attestation: the join and enrollment wait their turn.
    expect(prep.items.slice(1, 3).map((i) => i.state)).toEqual(['waiting', 'waiting']);
    expect(esp.continueAnyway).toBe(false);
    const screens: string[] = [];
    while (d.device.state.page.id === 'esp') {
      const v = d.as('esp');
      screens.push(v.categories.map((c) => c.state).join('/'));
      d.device.execute('clock.skip', {});
    }
    expect(d.view().id).toBe('preprovision-success');
    expect(screens).toContain('complete/working/waiting');
    expect(screens.at(-1)).toBe('complete/complete/waiting');
    expect(screens.some((s) => s.endsWith('/working'))).toBe(false);
    expect(d.timeline.some((t) => t.startsWith('TPM attestation started (attempt 1)'))).toBe(true);
  });

  it('never offers "Continue anyway", even with a non-blocking ESP profile', () => {
    const d = drive(ppSetup({ policies: { enrollmentStatusPage: { name: 'Non-blocking', blockDeviceUse: false } } }));
    toConfig(d);
    d.click('provision');
    while (d.as('esp').categories[0]!.state !== 'complete') d.device.execute('clock.skip', {});
    expect(d.as('esp').continueAnyway).toBe(false);
    expect(() => d.click('continue-anyway')).toThrow();
  });

  it('resumes after an app restarts the device during Device setup, and still ends on the success page', () => {
    const d = drive(
      ppSetup({
        workload: {
          apps: [{ id: 'driver', name: 'Contoso Dock Driver', type: 'win32', durationMs: 3 * MINUTE, restart: 'hard' }],
        },
      }),
    );
    toConfig(d);
    expect(provisionToResult(d)).toBe('preprovision-success');
    const ids = d.screens.map((s) => s.id);
    expect(ids.slice(ids.indexOf('preprovision-config'))).toEqual([
      'preprovision-config',
      'esp',
      'boot',
      'esp',
      'preprovision-success',
    ]);
    expect(d.timeline.filter((t) => t.startsWith('TPM attestation started')).length).toBe(1);
  });

  it('renames and restarts right after "Provision" when the profile has a name template, then runs the ESP', () => {
    const d = drive(
      ppSetup({
        policies: {
          deploymentProfile: { name: 'Named', allowPreProvisionedDeployment: true, deviceNameTemplate: 'CTS-%SERIAL%' },
        },
      }),
    );
    toConfig(d);
    d.click('provision');
    expect(d.view().id).toBe('boot');
    d.until('esp');
    expect(d.device.state.computerName.startsWith('CTS-')).toBe(true);
    expect(provisionToResultFromEsp(d)).toBe('preprovision-success');
  });
});

describe('success page and Reseal', () => {
  it('shows the details and the elapsed time; "Reseal" powers the device off, resealed', () => {
    const d = drive(ppSetup());
    toConfig(d);
    const started = d.device.nowMs;
    expect(provisionToResult(d)).toBe('preprovision-success');
    const success = d.as('preprovision-success');
    expect(success).toMatchObject({
      organizationName: 'Contoso',
      profileName: 'Contoso pre-provisioned',
      showQr: false,
      enrollmentOnly: false,
    });
    expect(success.elapsedMs).toBe(d.device.nowMs - started);
    expect(success.elapsedMs).toBeGreaterThan(5 * MINUTE);
    expect(formatElapsed(success.elapsedMs)).toMatch(/^0 hours \d+ minutes$/);
    d.click('reseal');
    expect(d.device.state.power).toBe('off');
    expect(d.view()).toEqual({ id: 'powered-off', resealed: true });
  });

  it('Windows 10 shows the QR code on the result page', () => {
    const d = drive(ppSetup({ windows: { version: '10', build: '19045.5247' } }));
    chooseMenuRow(d, 'pre-provision');
    d.until('preprovision-config');
    toConfigDone(d);
    expect(provisionToResult(d)).toBe('preprovision-success');
    expect(d.as('preprovision-success').showQr).toBe(true);
    expect(PREPROVISION_STRINGS.config.provision['10']).toBe('Provision');
  });
});

function toConfigDone(d: ReturnType<typeof drive>): void {
  while (d.as('preprovision-config').refreshing) d.device.execute('clock.skip', {});
}

function provisionToResultFromEsp(d: ReturnType<typeof drive>): string {
  while (d.device.state.page.id === 'esp') d.device.execute('clock.skip', {});
  return d.device.state.page.id;
}
