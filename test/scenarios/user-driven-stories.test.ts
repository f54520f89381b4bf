import { describe, expect, it } from 'vitest';
import { intuneAppId } from '../../electron/core/esp/esp-registry';
import { runScenario, type RunOptions } from '../../electron/core/scenario/runner';
import type { Scenario } from '../../shared/scenario/scenario';
import type { ScreenView, ScreenViewOf } from '../../shared/snapshot';
import { ENROLLMENT_STRINGS } from '../../shared/strings-enrollment';
import { loadBuiltin } from './builtin-library';

/**
 * What each user-driven built-in teaches (sign-in, enrollment, ESP, hybrid join), checked on the
 * device itself: the screen's view model, `reg query` in the command prompt, the event logs. The
 * golden files pin the timelines; these pin the point of each scenario.
 */

type Run = ReturnType<typeof runScenario>;
type Device = Run['device'];

const MINUTE = 60_000;
const ESP_DEFAULT_ERROR = ENROLLMENT_STRINGS.esp.defaultError;
const ENROLLMENTS = 'HKLM\\SOFTWARE\\Microsoft\\Enrollments';
const AUTOPILOT_KEY = 'HKLM\\SOFTWARE\\Microsoft\\Provisioning\\Diagnostics\\Autopilot';
const WIN32_APPS =
  'HKLM\\SOFTWARE\\Microsoft\\Windows\\Autopilot\\EnrollmentStatusTracking\\Device\\Setup\\Apps\\Tracking\\Sidecar';
const SIDECAR =
  'HKLM\\SOFTWARE\\Microsoft\\Windows\\Autopilot\\EnrollmentStatusTracking\\Device\\DevicePreparation\\PolicyProviders\\Sidecar';
const ODJ_APPLIED = 'HKLM\\SOFTWARE\\Microsoft\\Provisioning\\OMADM\\SyncML\\ODJApplied';

async function run(
  id: string,
  options: RunOptions & { keepSteps?: number; change?: (s: Scenario) => Scenario } = {},
): Promise<Run> {
  const { keepSteps, change, ...runOptions } = options;
  const loaded = await loadBuiltin(id);
  const scenario = change ? change(loaded) : loaded;
  return runScenario(
    { ...scenario, script: keepSteps === undefined ? scenario.script : scenario.script.slice(0, keepSteps) },
    runOptions,
  );
}

const view = (device: Device): ScreenView => device.execute('device.snapshot', {}).screen;

function espError(device: Device): ScreenViewOf<'esp-error'> {
  const v = view(device);
  if (v.id !== 'esp-error') throw new Error(`expected the ESP error screen, got ${v.id}`);
  return v;
}

/** `reg query` as a trainee types it; the data of one value, or undefined. */
function regValue(device: Device, key: string, name: string): string | undefined {
  const out = device.execute('shell.run', { line: `reg query "${key}" /v ${name}` });
  return out.stdout
    .split('\r\n')
    .find((l) => l.startsWith(`    ${name}    `))
    ?.split('    ')[3];
}

const regTree = (device: Device, key: string) => device.execute('shell.run', { line: `reg query "${key}" /s` });
const screenIds = (r: Run['result']) => r.screens.map((s) => s.id);
const eventIds = (r: Run['result']) => r.events.map((e) => e.eventId);
const screenAt = (r: Run['result'], id: string) => r.screens.find((s) => s.id === id)!.atMs;
const item = (v: ScreenViewOf<'esp-error'> | ScreenViewOf<'esp'>, category: number, id: string) =>
  v.categories[category]!.items.find((i) => i.id === id)!;

describe('user-driven built-in stories', () => {
  it('user-driven-entra-win10: "Next", text toggles, Collect logs; a 30-minute timeout that Try again gets past', async () => {
    const atPassword = await run('user-driven-entra-win10', { keepSteps: 5 });
    expect(view(atPassword.device)).toMatchObject({ id: 'password', submitLabel: 'Next' });

    const atError = await run('user-driven-entra-win10', { keepSteps: 7 });
    const error = espError(atError.device);
    expect(error).toMatchObject({ detailsStyle: 'text', diagnostics: 'collect-logs', code: '0x800705b4' });
    expect(error.buttons).toEqual({ resetDevice: true, tryAgain: true, continueAnyway: false });
    expect(error.categories.map((c) => c.expanded)).toEqual([false, true, false]);
    atError.device.execute('device.key', { chord: 'Ctrl+Shift+D' });
    expect(view(atError.device).id).toBe('esp-error');

    const { result, device } = await run('user-driven-entra-win10');
    expect(screenAt(result, 'esp-error') - screenAt(result, 'esp')).toBe(30 * MINUTE);
    expect(result.timeline.map((t) => t.text)).toEqual(
      expect.arrayContaining(['Logs collected to D:\\MDMDiagReport.cab', 'ESP: Try again']),
    );
    expect(screenIds(result).slice(-4)).toEqual(['esp-error', 'esp', 'windows-hello', 'desktop']);
    expect(view(device)).toMatchObject({ id: 'desktop', provisioningIncomplete: false });
    const guid = /\\Enrollments\\([0-9A-F-]{36})\r\n/.exec(regTree(device, ENROLLMENTS).stdout)![1];
    expect(regValue(device, `${ENROLLMENTS}\\${guid}\\FirstSync`, 'SyncFailureTimeout')).toBe('0x1e');
  });

  it('user-driven-hybrid: offline domain join, Ctrl+Alt+Delete with CONTOSO\\megan, the Entra pages, Sign out, the desktop', async () => {
    const { result, device } = await run('user-driven-hybrid');
    const ids = screenIds(result);
    expect(ids.slice(ids.indexOf('privacy'))).toEqual([
      'privacy',
      'signon',
      'esp',
      'stay-signed-in',
      'all-set',
      'esp',
      'signon',
      'windows-hello',
      'desktop',
    ]);
    expect(result.timeline.filter((t) => t.text === 'Signed in as CONTOSO\\megan')).toHaveLength(2);
    expect(result.timeline.filter((t) => t.text === 'Key pressed: Ctrl+Alt+Delete')).toHaveLength(2);
    expect(result.timeline.map((t) => t.text)).toContain('Sign out');
    expect(eventIds(result)).toContain(107);
    expect(device.state.computerName).toMatch(/^CTS-[A-Z0-9]{11}$/);
    expect(view(device)).toMatchObject({
      id: 'desktop',
      joinType: 'Microsoft Entra hybrid joined',
      computerName: device.state.computerName,
      workAccount: { upn: 'megan@contoso.com', joinType: 'Microsoft Entra hybrid joined' },
    });
    expect(regValue(device, AUTOPILOT_KEY, 'CloudAssignedDomainJoinMethod')).toBe('0x1');
    expect(device.execute('shell.run', { line: `reg query ${ODJ_APPLIED}` }).exitCode).toBe(0);
  });

  it('user-driven-hybrid: the device restarts after the offline domain join and the ESP resumes its device phase; pre-provisioning postpones that reboot (001:11416, 001:11524)', async () => {
    const { result } = await run('user-driven-hybrid');
    const texts = result.timeline.map((t) => t.text);
    // Enrolled before the Active Directory join (001:10957), not joined to Entra ID at that point.
    expect(texts).not.toContain('Joining Microsoft Entra ID and enrolling in Intune');
    expect(texts.some((t) => t.startsWith('Joined to Microsoft Entra ID'))).toBe(false);
    expect(texts).toContain(
      'Enrolled in Intune as megan@contoso.com; not joined to Microsoft Entra ID: the domain join comes next',
    );
    const odj = texts.indexOf('ESP: Offline domain join done');
    expect(texts.slice(odj, odj + 4)).toEqual([
      'ESP: Offline domain join done',
      'Restarting to complete the domain join',
      'Device restarting',
      'Screen: boot',
    ]);
    // After the boot screen the ESP comes back in Device preparation (the IME), then Device setup,
    // and only then the sign-on screen for the Active Directory credentials.
    const afterBoot = texts.slice(odj + 4);
    expect(afterBoot.indexOf('Screen: esp')).toBeLessThan(afterBoot.indexOf('ESP: Intune Management Extension done'));
    expect(afterBoot.indexOf('ESP: Device setup complete')).toBeLessThan(afterBoot.indexOf('Screen: signon'));
    expect(texts.filter((t) => t === 'Device restarting')).toHaveLength(1);

    const pp = await run('preprovision-hybrid');
    const ppTexts = pp.result.timeline.map((t) => t.text);
    expect(ppTexts).toContain('ESP: Offline domain join done');
    // The technician flow does not restart after the join; the user flow makes the postponed restart,
    // then asks for the Active Directory credentials (001:11524).
    expect(ppTexts).not.toContain('Restarting to complete the domain join');
    const unboxed = ppTexts.findIndex((t) => t.startsWith('User flow: the device is unboxed'));
    const userFlow = ppTexts.slice(unboxed);
    const postponed = userFlow.indexOf(
      'User flow: restarting to complete the domain join postponed by pre-provisioning',
    );
    expect(postponed).toBeGreaterThan(0);
    expect(userFlow[postponed + 1]).toBe('Device restarting');
    expect(postponed).toBeLessThan(userFlow.indexOf('Screen: signon'));
    expect(ppTexts.slice(0, unboxed)).not.toContain('Device restarting');
  });

  it('esp-app-timeout: the hanging app keeps InstallationState 2 until the 60-minute timer fails it with 0x800705b4', async () => {
    const hanging = await run('esp-app-timeout', { keepSteps: 7, maxVirtualMs: 30 * MINUTE });
    const appKey = `${WIN32_APPS}\\Win32App_${intuneAppId(hanging.result.seed, 'drawing-viewer')}_1`;
    expect(view(hanging.device)).toMatchObject({ id: 'esp' });
    expect(regValue(hanging.device, appKey, 'InstallationState')).toBe('0x2');

    const { result, device } = await run('esp-app-timeout');
    expect(screenAt(result, 'esp-error') - screenAt(result, 'esp')).toBe(60 * MINUTE);
    expect(result.errors).toEqual([
      { atMs: screenAt(result, 'esp-error'), code: '0x800705b4', screen: 'esp-error', message: ESP_DEFAULT_ERROR },
    ]);
    expect(regValue(device, appKey, 'InstallationState')).toBe('0x4');
    const error = espError(device);
    expect(item(error, 1, 'apps')).toMatchObject({ state: 'failed', statusText: '0x800705b4' });
    expect(error.buttons).toEqual({ resetDevice: true, tryAgain: true, continueAnyway: false });
    expect(error.diagnostics).toBe('view-diagnostics');
    expect(screenIds(result).slice(-2)).toEqual(['autopilot-diagnostics', 'esp-error']);
  });

  it('esp-blocking-app-failure: the selected app blocks with 0x87d1041c; the non-selected failing app is not even tracked', async () => {
    const working = await run('esp-blocking-app-failure', { keepSteps: 7, maxVirtualMs: 8 * MINUTE });
    const running = view(working.device);
    expect(running.id === 'esp' && item(running, 1, 'apps').statusText).toBe('1 of 2 installed');

    const { result, device } = await run('esp-blocking-app-failure');
    expect(result.errors.map((e) => e.code)).toEqual(['0x87d1041c']);
    const error = espError(device);
    expect(item(error, 1, 'apps')).toMatchObject({ state: 'failed', statusText: '0x87d1041c' });
    expect(error.buttons).toEqual({ resetDevice: true, tryAgain: true, continueAnyway: false });
    const tracked = regTree(device, WIN32_APPS).stdout;
    expect(tracked).toContain(`Win32App_${intuneAppId(result.seed, 'point-of-sale')}_1`);
    expect(tracked).not.toContain(intuneAppId(result.seed, 'label-printer'));
    device.execute('device.key', { chord: 'Ctrl+Shift+D' });
    const diagnostics = view(device);
    const apps =
      diagnostics.id === 'autopilot-diagnostics'
        ? diagnostics.sections.find((s) => s.id === 'apps-and-policies')!
        : null;
    const names = apps?.rows.map((r) => r.name) ?? [];
    expect(names).toEqual(expect.arrayContaining(['Company Portal', 'Tailspin Point of Sale']));
    expect(names).not.toContain('Tailspin Label Printer');
    expect(names).not.toContain('Microsoft 365 Apps for enterprise');
    expect(apps?.rows.find((r) => r.name === 'Tailspin Point of Sale')?.value).toBe('Error 0x87d1041c');

    // Fix the detection rule: the label printer still fails, yet nothing stops the user.
    const fixed = await run('esp-blocking-app-failure', {
      change: (s) => ({
        ...s,
        workload: {
          ...s.workload,
          apps: s.workload.apps.map((a) => (a.id === 'point-of-sale' ? { ...a, outcome: 'success' } : a)),
        },
        script: s.script.filter((step) => step.on !== 'esp-error'),
      }),
    });
    // Past the ESP: the first sign-in's Windows Hello, which this variant's script leaves to the user.
    expect(fixed.result.finalScreen).toBe('windows-hello');
    expect(fixed.result.errors).toEqual([]);
  });

  it('esp-continue-anyway: Reset, Try again and Continue anyway on the error; the desktop shows provisioning incomplete', async () => {
    const atError = await run('esp-continue-anyway', { until: 'esp-error' });
    const error = espError(atError.device);
    expect(error.buttons).toEqual({ resetDevice: true, tryAgain: true, continueAnyway: true });
    expect(error.diagnostics).toBeNull();
    expect(error.code).toBe('0x80070643');
    expect(error.categories.map((c) => c.state)).toEqual(['complete', 'complete', 'failed']);
    const guid = /\\Enrollments\\([0-9A-F-]{36})\r\n/.exec(regTree(atError.device, ENROLLMENTS).stdout)![1];
    expect(regValue(atError.device, `${ENROLLMENTS}\\${guid}\\FirstSync`, 'BlockInStatusPage')).toBe('0x7');

    const { result, device } = await run('esp-continue-anyway');
    expect(result.timeline.map((t) => t.text)).toContain('ESP: Continue anyway');
    expect(view(device)).toMatchObject({
      id: 'desktop',
      provisioningIncomplete: true,
      window: 'access-work-or-school',
    });
  });

  it('unlicensed-user: the MDM terms-of-use page, event 71 with 0x80180018, no enrollment', async () => {
    const { result, device } = await run('unlicensed-user');
    expect(result.errors).toEqual([
      expect.objectContaining({
        screen: 'something-went-wrong',
        code: null,
        message: ENROLLMENT_STRINGS.error.mdmTermsOfUse,
      }),
    ]);
    expect(result.events.find((e) => e.eventId === 71)).toMatchObject({
      level: 'Error',
      message: 'MDM Enroll: Failed (0x80180018)',
    });
    expect(regTree(device, ENROLLMENTS).stdout).not.toContain('UPN');
    expect(screenIds(result)).not.toContain('esp');
  });

  it('esp-device-limit: 801c0003 before any ESP, and the user keeps their 50 devices', async () => {
    const { result, device } = await run('esp-device-limit');
    expect(result.errors).toEqual([
      expect.objectContaining({
        code: '801c0003',
        message: "This user isn't authorized to enroll, error code 801c0003",
      }),
    ]);
    expect(view(device)).toMatchObject({ id: 'something-went-wrong', code: '801c0003' });
    expect(regTree(device, ENROLLMENTS).stdout).not.toContain('UPN');
  });

  it('entra-urls-blocked: the profile arrives (event 161) but the sign-in page cannot load', async () => {
    const { result, device } = await run('entra-urls-blocked');
    expect(eventIds(result)).toContain(161);
    expect(screenIds(result)).not.toContain('branding-signin');
    expect(screenIds(result).slice(-3)).toEqual(['autopilot-profile', 'updates', 'something-went-wrong']);
    expect(view(device)).toEqual({
      id: 'something-went-wrong',
      message: ENROLLMENT_STRINGS.error.tryAgainOnly,
      code: null,
      canTryAgain: true,
    });
    expect(regValue(device, AUTOPILOT_KEY, 'CloudAssignedTenantDomain')).toBe('treyresearch.onmicrosoft.com');
  });

  it('hybrid-ou-error: enrolled, but the offline domain join never comes; 0x800705b4 in Device preparation after 60 minutes', async () => {
    const { result, device } = await run('hybrid-ou-error');
    expect(result.timeline.map((t) => t.text)).toContain(
      'ESP: Offline domain join is waiting: the Domain Join profile names CN=Computers as the OU; leave it blank for the Computers container',
    );
    expect(screenAt(result, 'esp-error') - screenAt(result, 'esp')).toBe(60 * MINUTE);
    const error = espError(device);
    expect(error.code).toBe('0x800705b4');
    expect(item(error, 0, 'aadj')).toMatchObject({
      label: 'Joining your organization’s network',
      state: 'failed',
      statusText: '0x800705b4',
    });
    expect(error.categories.map((c) => c.state)).toEqual(['failed', 'previous-failed', 'previous-failed']);
    expect(error.buttons).toEqual({ resetDevice: false, tryAgain: true, continueAnyway: false });
    expect(regTree(device, ENROLLMENTS).stdout).toContain('UPN    REG_SZ    nestor@woodgrovebank.com');
    expect(eventIds(result)).not.toContain(107);
    expect(device.execute('shell.run', { line: `reg query ${ODJ_APPLIED}` }).exitCode).toBe(1);
    expect(device.state.computerName).toMatch(/^DESKTOP-/);
  });

  it('clock-skew: event times run 7 hours ahead until w32tm /resync /force; then the ESP goes on to the desktop', async () => {
    const { result, device } = await run('clock-skew');
    const texts = result.timeline.map((t) => t.text);
    const resync = texts.indexOf('Clock resynchronized with time.windows.com (was 25200 s off)');
    expect(
      texts.indexOf(
        'ESP: Intune Management Extension is waiting: the device clock is too far from network time for its certificates',
      ),
    ).toBeLessThan(resync);
    expect(texts.indexOf('ESP: Intune Management Extension can go on')).toBeGreaterThan(resync);
    expect(screenIds(result)).not.toContain('esp-error');
    expect(view(device)).toMatchObject({ id: 'desktop', provisioningIncomplete: false });
    const start = Date.parse(device.state.setup.device.startTime);
    const enrolled = device.execute('eventlog.read', {
      channel: 'Microsoft-Windows-DeviceManagement-Enterprise-Diagnostics-Provider/Admin',
    }).records[0]!;
    expect(Date.parse(enrolled.timeCreated) - (start + enrolled.atMs)).toBe(7 * 3_600_000);
    expect(device.state.clockDriftMs).toBe(0);
  });

  it('user-driven-mfa: the code page after the password; a wrong code is refused, the right one joins', async () => {
    const atMfa = await run('user-driven-mfa', { keepSteps: 6 });
    expect(view(atMfa.device)).toMatchObject({ id: 'mfa', username: 'alex@relecloud.com', error: null });
    const { result, device } = await run('user-driven-mfa');
    const ids = screenIds(result);
    expect(ids.slice(ids.indexOf('password'), ids.indexOf('password') + 3)).toEqual(['password', 'mfa', 'esp']);
    expect(result.timeline.filter((t) => t.text === 'Verification code accepted')).toHaveLength(1);
    expect(view(device)).toMatchObject({
      id: 'desktop',
      joinType: 'Microsoft Entra joined',
      userPrincipalName: 'alex@relecloud.com',
    });
  });

  it('vm-too-small: 1 processor, 2 GB: the Intune management extension never starts; 0x800705b4 after 60 minutes', async () => {
    const { result, device } = await run('vm-too-small');
    expect(screenAt(result, 'esp-error') - screenAt(result, 'esp')).toBe(60 * MINUTE);
    const error = espError(device);
    expect(item(error, 0, 'prepare-mdm')).toMatchObject({
      label: 'Preparing your device for mobile management',
      statusText: '0x800705b4',
    });
    expect(regValue(device, SIDECAR, 'InstallationState')).toBe('0x4');
    device.execute('device.key', { chord: 'Ctrl+Shift+D' });
    const diagnostics = view(device);
    // The network is fine: the cause is the VM's size.
    expect(
      diagnostics.id === 'autopilot-diagnostics' &&
        diagnostics.sections.find((s) => s.id === 'network-connectivity')?.status,
    ).toBe('complete');
  });
});
