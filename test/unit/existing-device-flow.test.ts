import { describe, expect, it } from 'vitest';
import { enrollmentProfileName } from '../../electron/core/existing-device/offline-profile';
import { getValue } from '../../electron/core/os/registry';
import { exists, listDirectory, readFile } from '../../electron/core/os/file-system';
import { autopilotJsonText } from '../../shared/scenario/autopilot-json';
import { run, scenarioJson, validated } from './existing-device-support';

const KEY = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Provisioning\\Diagnostics\\Autopilot';
const FOLDER = 'C:\\Windows\\Provisioning\\Autopilot';
const JSON_PATH = `${FOLDER}\\AutopilotConfigurationFile.json`;
const CORRELATION_ID = '4c1e8a27-93b5-4d6f-a0e2-58b7c3d91f04';

/** existing-device-json with a hybrid JSON, the Domain Join profile and the on-premises directory it needs. */
function hybridJson() {
  const json = scenarioJson('existing-device-json');
  json.existingDevice.autopilotJson.content.CloudAssignedDomainJoinMethod = 1;
  json.policies = { ...json.policies, domainJoin: { computerNamePrefix: 'NWT-', domain: 'northwindtraders.com' } };
  const tenant = json.tenant as { activeDirectory?: unknown; users: { onPremisesSamAccountName?: string }[] };
  tenant.activeDirectory = {
    domain: 'northwindtraders.com',
    netbiosName: 'NORTHWIND',
    connector: { installed: true, ouPermissionsDelegated: true },
  };
  tenant.users[0]!.onPremisesSamAccountName = 'nestor';
  return json;
}

const actions = (timeline: { text: string }[]) =>
  timeline
    .filter((t) => t.text.startsWith('Task sequence running action: '))
    .map((t) => t.text.slice('Task sequence running action: '.length));

describe('existing device: the task sequence', () => {
  it('starts from Software Center and runs its steps in order, restarting into Windows PE and into the new Windows', () => {
    const { result } = run(scenarioJson('existing-device-json'), { until: 'region' });
    expect(actions(result.timeline)).toEqual([
      'Restart in Windows PE',
      'Partition Disk 0 - UEFI',
      'Apply Operating System',
      'Apply Windows Settings',
      'Apply Windows Autopilot configuration',
      'Setup Windows and ConfigMgr',
      'Setup Windows and ConfigMgr (resumed after the restart)',
      'Install Applications',
      'Prepare ConfigMgr Client for Capture',
      'Sysprep',
    ]);
    const screens = result.screens.map((s) => s.id);
    // Software Center, WinPE restart, first boot, Sysprep's /reboot: three boots after the first.
    expect(screens).toEqual([
      'boot',
      'task-sequence',
      'boot',
      'task-sequence',
      'boot',
      'task-sequence',
      'boot',
      'region',
    ]);
    expect(result.timeline.map((t) => t.text)).toContain(
      'C:\\Windows\\System32\\Sysprep\\Sysprep.exe /oobe /reboot ran',
    );
  });

  it('takes virtual time: nothing happens until the user selects Install, then each step lasts its time', () => {
    const json = scenarioJson('existing-device-json');
    json.script = [];
    const { result, device } = run(json);
    expect(result.finalScreen).toBe('task-sequence');
    expect(device.state.existingDevice?.phase).toBe('old-windows');
    device.execute('device.click', { control: 'install' });
    device.execute('device.click', { control: 'install-operating-system' });
    const view = device.execute('device.snapshot', {}).screen;
    expect(view).toMatchObject({
      id: 'task-sequence',
      stage: 'running',
      stepName: 'Restart in Windows PE',
      percent: 0,
      environment: 'full-os',
    });
    device.execute('clock.advance', { ms: 60_000 });
    const half = device.execute('device.snapshot', {}).screen;
    expect(half).toMatchObject({ stepName: 'Restart in Windows PE', percent: 5 });
  });

  it('a Required deployment starts by itself, and Sysprep /oobe /shutdown leaves the device off until the user powers it on', () => {
    const json = scenarioJson('existing-device-json');
    json.existingDevice.taskSequence.start = 'required';
    json.existingDevice.taskSequence.sysprep = 'oobe-shutdown';
    json.script = json.script.filter((s) => s.on !== 'task-sequence');
    const { result, device } = run(json, { until: 'powered-off' });
    expect(result.timeline.map((t) => t.text)).toContain(
      'C:\\Windows\\System32\\Sysprep\\Sysprep.exe /oobe /shutdown ran',
    );
    expect(device.state.power).toBe('off');
    expect(exists(device.state.fs, JSON_PATH)).toBe(true);
    device.execute('device.power', { action: 'on' });
    for (let i = 0; i < 20 && device.execute('device.snapshot', {}).screen.id !== 'region'; i += 1)
      device.execute('clock.skip', {});
    expect(device.execute('device.snapshot', {}).screen.id).toBe('region');
    expect(device.state.existingDevice?.appliedCorrelationId).toBe(CORRELATION_ID);
  });
});

describe('existing device: AutopilotConfigurationFile.json on disk', () => {
  it('is placed with its exact name, as ASCII, with every key of the file format, in C:\\Windows\\Provisioning\\Autopilot', () => {
    const json = scenarioJson('existing-device-json');
    const { device } = run(json, { until: 'region' });
    expect(listDirectory(device.state.fs, FOLDER).map((e) => e.name)).toEqual(['AutopilotConfigurationFile.json']);
    const text = readFile(device.state.fs, JSON_PATH);
    expect(text).toBe(autopilotJsonText(validated(json).existingDevice!.autopilotJson));
    expect([...text].every((ch) => ch.charCodeAt(0) < 0x80)).toBe(true);
    expect(device.state.existingDevice?.placedJson).toEqual({ path: JSON_PATH, encoding: 'ascii' });
    expect(Object.keys(JSON.parse(text) as object).sort()).toEqual(
      [
        'CloudAssignedAadServerData',
        'CloudAssignedDomainJoinMethod',
        'CloudAssignedForcedEnrollment',
        'CloudAssignedOobeConfig',
        'CloudAssignedTenantDomain',
        'CloudAssignedTenantId',
        'Comment_File',
        'Version',
        'ZtdCorrelationId',
      ].sort(),
    );
  });

  it('saved as ASCII, a character outside ASCII arrives as "?"; saved as ANSI it is kept', () => {
    const json = scenarioJson('existing-device-json');
    json.existingDevice.autopilotJson.content.Comment_File = 'Profil Zürich';
    expect(readFile(run(json, { until: 'region' }).device.state.fs, JSON_PATH)).toContain(
      '"Comment_File": "Profil Z?rich"',
    );
    json.existingDevice.autopilotJson.encoding = 'ansi';
    expect(readFile(run(json, { until: 'region' }).device.state.fs, JSON_PATH)).toContain(
      '"Comment_File": "Profil Zürich"',
    );
  });

  it('the old Windows is wiped and unattend.xml is gone once the task sequence resumed in Windows', () => {
    const { device } = run(scenarioJson('existing-device-json'), { until: 'region' });
    expect(exists(device.state.fs, 'C:\\Windows\\Panther\\unattend.xml')).toBe(false);
    expect(device.state.setup.device.existingState).toBe('reimaged');
  });

  it('Prepare Windows for Capture (/Generalize) deletes it: no Autopilot, and the License Agreement the profile hides appears', () => {
    const json = scenarioJson('existing-device-json');
    json.existingDevice.taskSequence.sysprep = 'prepare-windows-for-capture';
    json.script = json.script.filter((s) =>
      ['task-sequence', 'region', 'keyboard', 'second-keyboard'].includes(s.on ?? ''),
    );
    const { result, device } = run(json, { until: 'license-agreement' });
    expect(actions(result.timeline).at(-1)).toBe('Prepare Windows for Capture');
    expect(exists(device.state.fs, JSON_PATH)).toBe(false);
    expect(result.finalScreen).toBe('license-agreement');
    expect(device.execute('device.snapshot', {}).screen).toEqual({
      id: 'license-agreement',
      title: 'Please review the License Agreement',
      acceptLabel: 'Accept',
    });
    expect(getValue(device.state.registry, KEY, 'IsAutopilotDisabled')).toEqual({ type: 'REG_DWORD', data: 1 });
    device.execute('device.click', { control: 'accept' });
    expect(device.execute('device.snapshot', {}).screen.id).toBe('consumer-oobe');
    expect(result.screens.map((s) => s.id)).not.toContain('branding-signin');
  });

  it('on Windows 10 the licence page is titled "Windows 10 License Agreement"', () => {
    const json = scenarioJson('existing-device-json-utf8');
    json.windows = { version: '10', edition: 'Enterprise', build: '19045.5371' };
    const { device } = run(json, { until: 'license-agreement' });
    expect(device.execute('device.snapshot', {}).screen).toMatchObject({
      id: 'license-agreement',
      title: 'Windows 10 License Agreement',
    });
  });
});

describe('existing device: OOBE uses the JSON profile offline', () => {
  it('applies the JSON on an unregistered device: registry values from the file, branded sign-in, ESP, desktop', () => {
    const { result, device } = run(scenarioJson('existing-device-json'));
    expect(result.outcome).toBe('success');
    const screens = result.screens.map((s) => s.id);
    expect(screens).toEqual(expect.arrayContaining(['branding-signin', 'password', 'esp', 'desktop']));
    expect(screens).not.toContain('license-agreement');
    expect(screens).not.toContain('privacy');
    expect(result.events.map((e) => e.eventId)).toContain(807);
    const reg = (name: string) => getValue(device.state.registry, KEY, name);
    expect(reg('CloudAssignedOobeConfig')).toEqual({ type: 'REG_DWORD', data: 30 });
    expect(reg('CloudAssignedTenantDomain')).toEqual({ type: 'REG_SZ', data: 'northwindtraders.onmicrosoft.com' });
    expect(reg('CloudAssignedTenantId')).toEqual({ type: 'REG_SZ', data: '3b6f2c9e-41d7-4a8e-9c05-7e2a1d4b8f60' });
    expect(reg('CloudAssignedDomainJoinMethod')).toEqual({ type: 'REG_DWORD', data: 0 });
    expect(reg('CloudAssignedForcedEnrollment')).toEqual({ type: 'REG_DWORD', data: 1 });
    expect(reg('IsAutopilotDisabled')).toEqual({ type: 'REG_DWORD', data: 0 });
    expect(enrollmentProfileName(device.state)).toBe(`OfflineAutoPilotProfile-${CORRELATION_ID}`);
    expect(reg('DeploymentProfileName')).toEqual({ type: 'REG_SZ', data: `OfflineAutoPilotProfile-${CORRELATION_ID}` });
    // The device is still not registered: the JSON does not register it (001:10011–10024).
    expect(device.state.setup.registration.registered).toBe(false);
  });

  it('the online profile wins on a registered device with an assigned profile: its name, not the offline one', () => {
    const json = scenarioJson('existing-device-json');
    json.registration = { registered: true, profileStatus: 'Assigned' };
    json.policies = {
      ...json.policies,
      deploymentProfile: { name: 'Northwind online profile', userAccountType: 'administrator' },
    };
    const { result, device } = run(json);
    expect(result.outcome).toBe('success');
    expect(device.state.existingDevice?.appliedCorrelationId).toBeNull();
    expect(enrollmentProfileName(device.state)).toBe('Northwind online profile');
    // The online profile's bitmap (SkipExpressSettings + SkipOemRegistration + SkipEula), not the JSON's 30.
    expect(getValue(device.state.registry, KEY, 'CloudAssignedOobeConfig')).toEqual({ type: 'REG_DWORD', data: 28 });
  });

  it('a registered device without an assigned profile uses the JSON (event 815)', () => {
    const json = scenarioJson('existing-device-json');
    json.registration = { registered: true, profileStatus: 'Not assigned' };
    const { result, device } = run(json, { until: 'branding-signin' });
    expect(result.events.map((e) => e.eventId)).toContain(815);
    expect(device.state.existingDevice?.appliedCorrelationId).toBe(CORRELATION_ID);
  });

  it('CloudAssignedDomainJoinMethod 1 makes the offline profile a hybrid join profile; hidden pages follow the bitmap', () => {
    const json = hybridJson();
    json.existingDevice.autopilotJson.content.CloudAssignedOobeConfig = 8;
    const { device } = run(json, { until: 'license-agreement' });
    expect(device.state.setup.policies.deploymentProfile).toMatchObject({
      name: `OfflineAutoPilotProfile-${CORRELATION_ID}`,
      joinType: 'hybrid',
      licenseTerms: 'show',
      privacySettings: 'show',
      userAccountType: 'administrator',
    });
    expect(getValue(device.state.registry, KEY, 'CloudAssignedDomainJoinMethod')).toEqual({
      type: 'REG_DWORD',
      data: 1,
    });
    expect(device.execute('device.snapshot', {}).screen.id).toBe('license-agreement');
  });

  it('CloudAssignedDeviceName renames the device (and restarts it) before the sign-in', () => {
    const json = scenarioJson('existing-device-json');
    json.existingDevice.autopilotJson.content.CloudAssignedDeviceName = 'NWT-%RAND:5%';
    const { device } = run(json, { until: 'branding-signin' });
    expect(device.state.computerName).toMatch(/^NWT-[A-Z0-9]{5}$/);
  });

  it('a hybrid JSON joins the domain offline during the ESP and hands over to the on-premises sign-on', () => {
    const json = hybridJson();
    json.script = json.script.filter((s) => s.on !== 'desktop');
    const { result } = run(json, { until: 'signon' });
    expect(result.timeline.map((t) => t.text)).toContainEqual(
      expect.stringMatching(/^Joined to northwindtraders\.com as NWT-/),
    );
    expect(result.finalScreen).toBe('signon');
  });

  it('with the Autopilot service unreachable, the JSON applies when the profile page times out (001:11901)', () => {
    const json = scenarioJson('existing-device-json');
    json.environment = { blockedEndpoints: ['ztd.dds.microsoft.com'] };
    const { result, device } = run(json, { until: 'branding-signin' });
    const profilePage = result.screens.find((s) => s.id === 'autopilot-profile')!;
    const signIn = result.screens.find((s) => s.id === 'branding-signin')!;
    expect(signIn.atMs - profilePage.atMs).toBeGreaterThanOrEqual(180_000);
    expect(result.errors).toEqual([]);
    expect(device.state.existingDevice?.appliedCorrelationId).toBe(CORRELATION_ID);
  });

  it('a file saved as UTF-8 is ignored: plain consumer OOBE, Autopilot disabled', () => {
    const { result, device } = run(scenarioJson('existing-device-json-utf8'));
    expect(result.finalScreen).toBe('consumer-oobe');
    expect(result.screens.map((s) => s.id)).not.toContain('branding-signin');
    expect(exists(device.state.fs, JSON_PATH)).toBe(true);
    expect(device.state.existingDevice?.appliedCorrelationId).toBeNull();
    expect(enrollmentProfileName(device.state)).toBeNull();
    expect(getValue(device.state.registry, KEY, 'IsAutopilotDisabled')).toEqual({ type: 'REG_DWORD', data: 1 });
    expect(result.timeline.map((t) => t.text)).toContainEqual(
      expect.stringMatching(/saved as utf-8: OOBE reads only ASCII or ANSI/),
    );
  });

  it.each([
    ['a misnamed file', { fileName: 'AutopilotConfigurationFile.json.txt' }],
    ['a Unicode file', { encoding: 'unicode' }],
    ['a self-deploying profile on an unregistered device', { content: { CloudAssignedOobeConfig: 30 | 32 | 64 } }],
  ])('%s gives no Autopilot experience (consumer OOBE)', (_name, change) => {
    const json = scenarioJson('existing-device-json-utf8');
    const file = json.existingDevice.autopilotJson;
    file.encoding = 'ascii';
    Object.assign(file, { ...change, content: { ...file.content, ...('content' in change ? change.content : {}) } });
    const { result } = run(json);
    expect(result.finalScreen).toBe('consumer-oobe');
    expect(result.screens.map((s) => s.id)).not.toContain('branding-signin');
  });

  it('a factory reset afterwards gives plain OOBE: no task sequence again, and no Autopilot on the unregistered device', () => {
    const json = scenarioJson('existing-device-json');
    const { device } = run(json, { until: 'branding-signin' });
    device.execute('device.power', { action: 'factory-reset' });
    for (let i = 0; i < 20 && device.execute('device.snapshot', {}).screen.id !== 'region'; i += 1)
      device.execute('clock.skip', {});
    expect(device.execute('device.snapshot', {}).screen.id).toBe('region');
    expect(device.state.existingDevice).toBeNull();
    expect(exists(device.state.fs, JSON_PATH)).toBe(false);
  });
});
