import { describe, expect, it } from 'vitest';
import { exists, readBinaryFile } from '../../electron/core/os/file-system';
import type { DeviceSetupInput } from '../../shared/device-setup';
import type { Fault } from '../../shared/faults';
import { DEVICE_PREP_STRINGS } from '../../shared/strings-device-prep';
import {
  DEVICE_GROUP,
  MINUTE,
  USER_GROUP,
  UPN,
  app,
  dpSetup,
  failureView,
  progressView,
  script,
  signIn,
} from './device-prep-driver';

/**
 * Windows Autopilot device preparation as a user meets it (device-preparation.md §1): the steps in
 * their documented order, the failure page's buttons as the policy allows them, Retry, Continue
 * anyway, Export logs with and without a USB drive, and the branches where it never runs.
 */

describe('the deployment steps', () => {
  it('runs LOB/Microsoft 365 apps, then scripts, then Win32/Store apps, whatever the policy order', () => {
    const apps = [
      app('w32', 1),
      app('store', 1, { type: 'store' }),
      app('lob', 1, { type: 'lob' }),
      app('m365', 1, { type: 'microsoft-365' }),
    ];
    const d = signIn(dpSetup({}, apps, [script('s1', 1)]));
    d.until('device-prep-progress');
    const order: string[] = [];
    while (d.device.state.page.id === 'device-prep-progress') {
      const running = Object.entries(d.report()!.details.apps.concat(d.report()!.details.scripts)).find(
        ([, i]) => i.status === 'In progress',
      );
      if (running && order.at(-1) !== running[1].id) order.push(running[1].id);
      d.device.execute('clock.skip', {});
    }
    expect(order).toEqual(['lob', 'm365', 's1', 'w32', 'store']);
    expect(d.view().id).toBe('device-prep-complete');
  });

  it('says the agent is installing until the management extension is in, then provisioning', () => {
    const d = signIn(dpSetup({}, [app('a', 5)]));
    d.until('device-prep-progress');
    expect(progressView(d.view()).statusText).toBe(DEVICE_PREP_STRINGS.progress.statusAgentInstalling);
    expect(progressView(d.view()).title).toBe('Setting up for work or school');
    d.advance(2 * MINUTE);
    expect(progressView(d.view()).status).toBe('provisioning');
  });

  it('joins, enrolls and signs the user in automatically after "Required setup complete", then the next sync delivers the rest', () => {
    const d = signIn(dpSetup({}, [app('selected', 1)], [], {}));
    d.until('device-prep-complete');
    expect(d.device.state.account.joined).toBe(true);
    expect(d.view()).toMatchObject({ title: 'Required setup complete', nextLabel: 'Next' });
    d.click('next');
    // The automatic sign-in's first sign-in provisions Windows Hello, then the desktop (oobe-ui.md §2, §22).
    expect(d.view().id).toBe('windows-hello');
    d.until('desktop'); // through Windows Hello's PIN (on by default)
    expect(d.device.state.account.signedIn).toBe(true);
    expect(d.report()!.row.deploymentStatus).toBe('Success');
  });

  it('delivers the device-group app the policy did not select with the sync after the desktop, not before', () => {
    const setup = dpSetup({}, [app('selected', 1), app('unselected', 1)]);
    setup.policies!.devicePreparation![0]!.apps = ['selected'];
    const d = signIn(setup);
    d.until('device-prep-complete');
    const delivered = () =>
      d.timeline.some((t) => t.startsWith('Sync after the desktop') && t.includes('App unselected'));
    expect(delivered()).toBe(false);
    expect(d.report()!.details.apps.map((a) => a.id)).toEqual(['selected']);
    d.click('next');
    d.until('desktop'); // through Windows Hello's PIN (on by default)
    d.advance(2 * MINUTE);
    expect(delivered()).toBe(true);
  });
});

describe('the failure page', () => {
  const failing = app('broken', 2, { type: 'lob', outcome: 'failure', errorCode: '0x80070643' });

  it('shows the custom error message, Retry only, and no Export logs link by default', () => {
    const d = signIn(dpSetup({ customErrorMessage: 'Call the desk.' }, [failing]));
    d.until('device-prep-failure');
    const view = failureView(d.view());
    expect(view).toMatchObject({
      message: 'Call the desk.',
      messageIsCustom: true,
      errorCode: '0x80070643',
      buttons: { retry: true, continueAnyway: false },
      exportLogs: null,
    });
    expect(() => d.click('continue-anyway')).toThrow(/no control "continue-anyway"/);
    expect(() => d.click('export-logs')).toThrow(/no control "export-logs"/);
  });

  it('falls back to the default message when the policy has none', () => {
    const d = signIn(dpSetup({}, [failing]));
    d.until('device-prep-failure');
    expect(failureView(d.view())).toMatchObject({
      message: DEVICE_PREP_STRINGS.failure.defaultMessage,
      messageIsCustom: false,
    });
  });

  it('Retry starts a new attempt at the failed item with a fresh budget; a transient failure then succeeds', () => {
    const flaky = app('flaky', 2, { type: 'lob', outcome: 'failure', failAttempts: 1 });
    const d = signIn(dpSetup({ timeoutMinutes: 15 }, [app('first', 1, { type: 'lob' }), flaky]));
    d.until('device-prep-failure');
    expect(d.report()!.details.apps.map((a) => a.status)).toEqual(['Installed', 'Failed']);
    d.advance(20 * MINUTE); // the old budget would be spent by now
    d.click('retry');
    const view = progressView(d.view());
    expect(view.percent).toBe(1);
    expect(d.report()!.row.deploymentStatus).toBe('In progress');
    d.until('device-prep-complete');
    expect(d.report()!.details.apps.map((a) => a.status)).toEqual(['Installed', 'Installed']);
    expect(d.report()!.row.deploymentStatus).toBe('Success');
  });

  it('Continue anyway (only when allowed) records the deployment as failed and goes to the desktop', () => {
    const d = signIn(dpSetup({ allowSkip: true }, [failing, app('later', 1)]));
    d.until('device-prep-failure');
    expect(failureView(d.view()).buttons.continueAnyway).toBe(true);
    expect(failureView(d.view()).labels).toEqual({ retry: 'Retry', continueAnyway: 'Continue anyway' });
    d.click('continue-anyway');
    d.until('desktop'); // through Windows Hello's PIN (on by default)
    expect(d.view().id).toBe('desktop');
    const report = d.report()!;
    expect(report.row.deploymentStatus).toBe('Failed');
    expect(report.details.apps.map((a) => a.status)).toEqual(['Failed', null]);
    expect(report.logsAvailable).toBe(true);
  });

  it('Export logs writes MDMDiagReport.zip to the first USB drive, with no message, the link grey meanwhile', () => {
    const d = signIn(
      dpSetup({ showDiagnosticsLink: true }, [failing], [], {
        rest: { device: { usbDrives: [{ label: 'USB' }, { label: 'OTHER' }] } },
      }),
    );
    d.until('device-prep-failure');
    const errorsBefore = d.errors.length;
    d.click('export-logs');
    expect(failureView(d.view()).exportLogs).toEqual({ label: 'Export logs', busy: true });
    expect(() => d.click('export-logs')).toThrow(/grey while the export runs/);
    d.advance(MINUTE);
    const view = failureView(d.view());
    expect(view.exportLogs!.busy).toBe(false);
    expect(view.lastExport).toEqual({ writtenTo: 'D:\\MDMDiagReport.zip' });
    expect(exists(d.device.state.fs, 'D:\\MDMDiagReport.zip')).toBe(true);
    // A real zip (local file header "PK\x03\x04") holding the registry dump, as mdmdiagnosticstool writes it.
    const zip = readBinaryFile(d.device.state.fs, 'D:\\MDMDiagReport.zip');
    expect([...zip.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect(new TextDecoder('latin1').decode(zip)).toContain('MdmDiagReport_RegistryDump.reg');
    expect(d.errors.length).toBe(errorsBefore);
  });

  it('Export logs with no USB drive writes nothing anywhere and says nothing', () => {
    const d = signIn(dpSetup({ showDiagnosticsLink: true }, [failing]));
    d.until('device-prep-failure');
    const errorsBefore = d.errors.length;
    d.click('export-logs');
    d.advance(MINUTE);
    const view = failureView(d.view());
    expect(view.lastExport).toEqual({ writtenTo: null });
    expect(exists(d.device.state.fs, 'C:\\Users\\Public\\Documents\\MDMDiagnostics\\MDMDiagReport.zip')).toBe(false);
    expect(d.errors.length).toBe(errorsBefore);
    expect(view.id).toBe('device-prep-failure');
  });

  it('fails a script that runs with the logged-on credentials: nobody is signed in during OOBE', () => {
    const d = signIn(dpSetup({}, [], [script('ok', 1), script('user', 1, { context: 'user' })]));
    d.until('device-prep-failure');
    expect(d.report()!.details.scripts.map((s) => s.status)).toEqual(['Installed', 'Failed']);
    expect(d.report()!.row.phase).toBe('Script installation');
  });
});

describe('skipped items', () => {
  it('reports "Skipped" for an app not assigned to the device group or not applicable, and still succeeds', () => {
    const apps = [
      app('elsewhere', 1, { assignedGroups: ['Other devices'] }),
      app('na', 1, { applicable: false }),
      app('ok', 1),
    ];
    const d = signIn(
      dpSetup({}, apps, [], {
        tenant: {
          groups: [
            { name: USER_GROUP, kind: 'user', members: [UPN] },
            { name: DEVICE_GROUP, kind: 'device', owners: ['Intune Provisioning Client'] },
            { name: 'Other devices', kind: 'device' },
          ],
        },
      }),
    );
    d.until('device-prep-complete');
    expect(d.report()!.details.apps.map((a) => a.status)).toEqual(['Skipped', 'Skipped', 'Installed']);
    expect(d.report()!.row.deploymentStatus).toBe('Success');
  });

  it('skips Win32 and Store apps when Managed installer is Active (known issue)', () => {
    const apps = [app('lob', 1, { type: 'lob' }), app('w32', 1), app('store', 1, { type: 'store' })];
    const d = signIn(dpSetup({}, apps, [], { tenant: { managedInstaller: 'Active' } }));
    d.until('device-prep-complete');
    expect(d.report()!.details.apps.map((a) => a.status)).toEqual(['Installed', 'Skipped', 'Skipped']);
  });

  it('reports the documented quirks: "Dependent" for relationships, "Installed" for a completed uninstall', () => {
    const apps = [app('dep', 1, { relationship: 'dependency' }), app('gone', 1, { intent: 'uninstall' })];
    const d = signIn(dpSetup({}, apps));
    d.until('device-prep-complete');
    expect(d.report()!.details.apps.map((a) => a.status)).toEqual(['Dependent', 'Installed']);
  });
});

describe('when device preparation does not run', () => {
  const reasons = (d: ReturnType<typeof signIn>) => d.device.state.devicePrep;

  it('never launches for a user outside every policy user group: the stock join goes on to the desktop', () => {
    const d = signIn(
      dpSetup({ userGroup: 'Nobody' }, [app('a', 1)], [], {
        tenant: {
          groups: [
            { name: 'Nobody', kind: 'user' },
            { name: DEVICE_GROUP, kind: 'device', owners: ['Intune Provisioning Client'] },
          ],
        },
      }),
    );
    d.until('desktop');
    expect(reasons(d)).toBeNull();
    expect(d.report()).toBeNull();
  });

  it('never launches on a build without KB5035942', () => {
    const d = signIn(
      dpSetup({}, [app('a', 1)], [], { rest: { windows: { version: '11', edition: 'Pro', build: '22631.3000' } } }),
    );
    d.until('desktop');
    expect(d.report()).toBeNull();
  });

  it('never launches without a corporate identifier when personal devices are blocked; runs with one', () => {
    const blocked = signIn(dpSetup({}, [app('a', 1)], [], { tenant: { personalDevicesBlocked: true } }));
    blocked.until('desktop');
    expect(blocked.report()).toBeNull();
    const corporate = signIn(
      dpSetup({}, [app('a', 1)], [], {
        tenant: {
          personalDevicesBlocked: true,
          corporateIdentifiers: [
            { manufacturer: 'Contoso Devices', model: 'Contoso Laptop 14', serialNumber: 'CORP-0042' },
          ],
        },
        rest: { device: { smbios: { serialNumber: 'CORP-0042' } } },
      }),
    );
    corporate.until('device-prep-progress');
    expect(corporate.report()!.row.serialNumber).toBe('CORP-0042');
  });

  it('skips provisioning for a Standard User policy when Entra adds no local administrators', () => {
    const d = signIn(
      dpSetup({ userAccountType: 'standard' }, [app('a', 1)], [], { tenant: { entraLocalAdministrators: 'Selected' } }),
    );
    d.until('desktop');
    expect(d.report()).toBeNull();
    const admin = signIn(
      dpSetup({ userAccountType: 'administrator' }, [app('a', 1)], [], {
        tenant: { entraLocalAdministrators: 'None' },
      }),
    );
    admin.until('device-prep-progress');
  });

  it('applies the highest-priority policy when several target the user', () => {
    const setup = dpSetup({}, [app('a', 1), app('b', 1)]);
    setup.policies!.devicePreparation = [
      { name: 'Second', priority: 2, deviceGroup: DEVICE_GROUP, userGroup: USER_GROUP, apps: ['b'] },
      { name: 'First', priority: 1, deviceGroup: DEVICE_GROUP, userGroup: USER_GROUP, apps: ['a'] },
    ];
    const d = signIn(setup);
    d.until('device-prep-complete');
    expect(d.report()!.details.device.deploymentPolicy).toBe('First');
    expect(d.report()!.details.apps.map((x) => x.id)).toEqual(['a']);
  });
});

type KnownIssue = Extract<Fault, { kind: 'device-prep.known-issue' }>['issue'];
type Trigger = NonNullable<DeviceSetupInput['faults']>[number]['trigger'];

/** Arms one documented known issue as the setup's only fault, `id` (e.g. "k7", labelled "K7"). */
function armKnownIssue(
  setup: DeviceSetupInput,
  id: string,
  issue: KnownIssue,
  trigger: Trigger = { kind: 'on-screen', screen: 'device-prep-progress' },
): void {
  setup.faults = [{ id, label: id.toUpperCase(), trigger, effect: { kind: 'device-prep.known-issue', issue } }];
}

describe('known issues', () => {
  it('stuck at 100 %: stays until the user restarts, then continues to "Required setup complete"', () => {
    const setup = dpSetup({}, [app('a', 1)]);
    armKnownIssue(setup, 'k7', 'hang-at-100', { kind: 'manual' });
    const d = signIn(setup);
    d.until('device-prep-progress');
    d.device.execute('fault.fire', { id: 'k7' });
    d.advance(10 * MINUTE);
    expect(progressView(d.view()).percent).toBe(100);
    expect(d.device.execute('clock.skip', {}).firedAtMs).toBeNull();
    expect(d.report()!.row.deploymentStatus).toBe('In progress');
    d.device.execute('device.power', { action: 'restart' });
    d.until('device-prep-complete');
    expect(d.report()!.row.deploymentStatus).toBe('Success');
  });

  it('BitLocker 128-bit shows up after the desktop when armed', () => {
    const setup = dpSetup({}, [app('a', 1)]);
    armKnownIssue(setup, 'k6', 'bitlocker-128-bit');
    const d = signIn(setup);
    d.until('device-prep-complete');
    d.click('next');
    d.until('desktop'); // through Windows Hello's PIN (on by default)
    d.advance(2 * MINUTE);
    expect(d.timeline.some((t) => t.includes('XTS-AES 128-bit'))).toBe(true);
  });

  it('fails outside UTC while the July 2024 issue is armed', () => {
    const setup = dpSetup({}, [app('a', 1)], [], { rest: { device: { timeZone: 'Pacific Standard Time' } } });
    armKnownIssue(setup, 'k5', 'non-utc-time-zone');
    const d = signIn(setup);
    d.until('device-prep-failure');
    expect(d.report()!.row.deploymentStatus).toBe('Failed');
    expect(d.report()!.details.apps[0]!.status).toBeNull();
  });

  it('a group membership failure leaves the device out of the group: its apps are "Skipped"', () => {
    const setup = dpSetup({}, [app('a', 1)]);
    armKnownIssue(setup, 'k4', 'group-membership-failure');
    const d = signIn(setup);
    d.until('device-prep-complete');
    expect(d.report()!.details.apps[0]!.status).toBe('Skipped');
  });
});
