import { describe, expect, it } from 'vitest';
import { AUTOPILOT_JSON_FILE_NAME, readAutopilotJson } from '../../shared/scenario/autopilot-json';
import { existingDeviceChecks } from '../../shared/scenario/existing-device';
import { validateScenario } from '../../shared/scenario/validate';
import { scenarioJson, validated } from './existing-device-support';

const problems = (json: unknown) => {
  const checked = validateScenario(json);
  return checked.ok ? [] : checked.problems;
};

describe('existing-devices scenarios: what validation catches', () => {
  it('the built-in ASCII file is read by Windows: no problem, no note', () => {
    const scenario = validated(scenarioJson('existing-device-json'));
    expect(existingDeviceChecks(scenario)).toEqual({ problems: [], notes: [] });
  });

  it('raw text content is read as Windows reads it; ANSI is as good as ASCII', () => {
    const json = scenarioJson('existing-device-json');
    const file = json.existingDevice.autopilotJson;
    Object.assign(file, { encoding: 'ansi', content: JSON.stringify(file.content) });
    expect(problems(json)).toEqual([]);
  });

  it('saving as ASCII turns non-ASCII characters into "?": a tenant domain typed with one no longer matches', () => {
    const json = scenarioJson('existing-device-json');
    json.existingDevice.autopilotJson.content.Comment_File = 'Profil Zürich';
    expect(problems(json)).toEqual([]);
    json.existingDevice.autopilotJson.content.CloudAssignedTenantDomain = 'northwindträdérs.onmicrosoft.com';
    expect(problems(json)).toEqual([
      {
        path: 'existingDevice.autopilotJson.content.CloudAssignedTenantDomain',
        message: '"northwindtr?d?rs.onmicrosoft.com" is not one of tenant.domains',
      },
    ]);
  });

  it('several reasons at once are all reported, each with its path', () => {
    const json = scenarioJson('existing-device-json');
    Object.assign(json.existingDevice.autopilotJson, {
      fileName: 'autopilotconfigurationfile.json',
      encoding: 'unicode',
    });
    expect(problems(json).map((p) => p.path)).toEqual([
      'existingDevice.autopilotJson.fileName',
      'existingDevice.autopilotJson.encoding',
    ]);
  });

  it('a self-deploying JSON is fine when the online profile wins (registered, assigned)', () => {
    const json = scenarioJson('existing-device-json');
    json.existingDevice.autopilotJson.content.CloudAssignedOobeConfig = 126;
    expect(problems(json).map((p) => p.path)).toEqual(['existingDevice.autopilotJson.content.CloudAssignedOobeConfig']);
    json.registration = { registered: true, profileStatus: 'Assigned' };
    json.policies = { ...json.policies, deploymentProfile: { name: 'Kiosks', deploymentMode: 'self-deploying' } };
    expect(problems(json)).toEqual([]);
  });

  it('scenario consistency: the JSON names the scenario tenant; hybrid needs the Domain Join profile; the device needs the ConfigMgr client', () => {
    const json = scenarioJson('existing-device-json');
    json.existingDevice.autopilotJson.content.CloudAssignedTenantId = '00000000-0000-4000-8000-000000000000';
    json.existingDevice.autopilotJson.content.CloudAssignedDomainJoinMethod = 1;
    (json.device as Record<string, unknown>).existingState = 'oem-fresh';
    expect(problems(json)).toEqual([
      { path: 'device.existingState', message: expect.stringMatching(/must start as "domain-joined-configmgr"/) },
      {
        path: 'existingDevice.autopilotJson.content.CloudAssignedTenantId',
        message: expect.stringMatching(/is not tenant\.id/),
      },
      {
        path: 'existingDevice.autopilotJson.content.CloudAssignedDomainJoinMethod',
        message: expect.stringMatching(/needs policies\.domainJoin/),
      },
    ]);
  });

  it('CloudAssignedDeviceName follows the device name template rules; a good one renames the device before the sign-in', () => {
    const json = scenarioJson('existing-device-json');
    json.existingDevice.autopilotJson.content.CloudAssignedDeviceName = 'NORTHWIND-%SERIAL%';
    expect(problems(json)).toEqual([
      {
        path: 'existingDevice.autopilotJson.content.CloudAssignedDeviceName',
        message: expect.stringMatching(/Windows allows at most 15/),
      },
    ]);
  });

  it('an existing-devices scenario without existingDevice is rejected', () => {
    const json = scenarioJson('existing-device-json') as Record<string, unknown>;
    delete json.existingDevice;
    expect(problems(json)).toEqual([
      { path: 'existingDevice', message: expect.stringMatching(/needs existingDevice/) },
    ]);
  });

  it('readAutopilotJson gives the profile Windows applies', () => {
    const read = readAutopilotJson({
      fileName: AUTOPILOT_JSON_FILE_NAME,
      encoding: 'ascii',
      expectIgnoredByWindows: false,
      content: scenarioJson('existing-device-json').existingDevice.autopilotJson.content,
    });
    expect(read).toEqual({
      ok: true,
      profile: {
        version: 2049,
        tenantId: '3b6f2c9e-41d7-4a8e-9c05-7e2a1d4b8f60',
        tenantDomain: 'northwindtraders.onmicrosoft.com',
        oobeConfig: 30,
        domainJoinMethod: 0,
        forcedEnrollment: 1,
        ztdCorrelationId: '4c1e8a27-93b5-4d6f-a0e2-58b7c3d91f04',
        aadServerData: expect.stringContaining('ZeroTouchConfig'),
        deviceName: null,
      },
    });
  });

  it('a broken JSON text is one problem on one line, whatever the engine quotes of it', () => {
    const read = readAutopilotJson({
      fileName: AUTOPILOT_JSON_FILE_NAME,
      encoding: 'ascii',
      expectIgnoredByWindows: true,
      content: '{\n  "Version": 2049,\n  oops\n}',
    });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]?.message).toMatch(/^not valid JSON \(.+\): Windows cannot read the profile$/);
    expect(read.problems[0]?.message).not.toContain('\n');
  });
});
