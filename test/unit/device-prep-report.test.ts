import { describe, expect, it } from 'vitest';
import { runScenario } from '../../electron/core/scenario/runner';
import type { DeploymentReport } from '../../shared/report';
import { loadBuiltin } from '../scenarios/builtin-library';

/**
 * The deployment report of each built-in device preparation scenario (device-preparation.md §4):
 * the list row, the Device section and the Apps / Scripts sections with their last reported status.
 */

async function reportOf(id: string): Promise<DeploymentReport | null> {
  const { result } = runScenario(await loadBuiltin(id));
  return result.report;
}

const statuses = (items: DeploymentReport['details']['apps']) => Object.fromEntries(items.map((i) => [i.id, i.status]));

describe('deployment report of the built-in scenarios', () => {
  it('device-prep-entra: Success, every selected item Installed, the policy and its version', async () => {
    const report = (await reportOf('device-prep-entra'))!;
    expect(report.row).toMatchObject({
      deploymentStatus: 'Success',
      phase: 'App installation',
      upn: 'megan@contoso.com',
      deploymentTime: '0:40:58',
    });
    expect(report.row.enrollmentDate).toBe('2026-11-02T09:03:49.000Z');
    expect(report.row.deviceName).toMatch(/^DESKTOP-[A-Z0-9]{7}$/);
    expect(report.details.device).toMatchObject({
      deploymentPolicy: 'Contoso device preparation',
      policyVersion: 3,
      osVersion: '10.0.26100.2894',
      deploymentStatus: 'Success',
    });
    expect(report.details.device.deviceId).toMatch(/^[0-9a-f]{8}-/);
    expect(statuses(report.details.apps)).toEqual({
      'microsoft-365': 'Installed',
      'contoso-expenses': 'Installed',
      'contoso-vpn': 'Installed',
      'company-portal': 'Installed',
    });
    expect(statuses(report.details.scripts)).toEqual({ 'set-power-plan': 'Installed' });
    expect(report.logsAvailable).toBe(false);
    expect(report.debrief.join(' ')).toContain('gained 1 % every 36.4 s');
  });

  it('device-prep-app-failure: Failed in Policy installation, the app Failed, nothing after it reached', async () => {
    const report = (await reportOf('device-prep-app-failure'))!;
    expect(report.row).toMatchObject({ deploymentStatus: 'Failed', phase: 'Policy installation' });
    expect(statuses(report.details.apps)).toEqual({
      'microsoft-365': 'Failed',
      'contoso-expenses': null,
      'contoso-vpn': null,
      'company-portal': null,
    });
    expect(statuses(report.details.scripts)).toEqual({ 'set-power-plan': null });
    expect(report.logsAvailable).toBe(true);
    expect(report.debrief[0]).toContain('after 2 attempts');
  });

  it('device-prep-script-failure: Failed in Script installation, the user-context script Failed', async () => {
    const report = (await reportOf('device-prep-script-failure'))!;
    expect(report.row).toMatchObject({ deploymentStatus: 'Failed', phase: 'Script installation' });
    expect(statuses(report.details.scripts)).toEqual({ 'set-power-plan': 'Installed', 'map-drives': 'Failed' });
    expect(statuses(report.details.apps)).toMatchObject({
      'microsoft-365': 'Installed',
      'contoso-expenses': 'Installed',
      'contoso-vpn': null,
      'company-portal': null,
    });
  });

  it('device-prep-timeout: Failed after exactly the 15-minute budget, the running app still In progress', async () => {
    const report = (await reportOf('device-prep-timeout'))!;
    expect(report.row).toMatchObject({
      deploymentStatus: 'Failed',
      phase: 'Policy installation',
      deploymentTime: '0:15:00',
    });
    expect(statuses(report.details.apps)['microsoft-365']).toBe('In progress');
    expect(report.debrief.join(' ')).toContain('9.1 s');
  });

  it('device-prep-continue-anyway: Failed in App installation although the user reached the desktop', async () => {
    const report = (await reportOf('device-prep-continue-anyway'))!;
    expect(report.row).toMatchObject({ deploymentStatus: 'Failed', phase: 'App installation' });
    expect(statuses(report.details.apps)).toEqual({
      'microsoft-365': 'Installed',
      'contoso-expenses': 'Installed',
      'contoso-vpn': 'Failed',
      'company-portal': null,
    });
    expect(report.debrief.join(' ')).toContain('Continue anyway');
  });

  it('device-prep-hang-at-100: Success once the restart let the deployment continue', async () => {
    const report = (await reportOf('device-prep-hang-at-100'))!;
    expect(report.row.deploymentStatus).toBe('Success');
  });

  it.each(['device-prep-registered-v1-wins', 'device-prep-standard-user-conflict'])(
    '%s: no device preparation deployment, no report',
    async (id) => {
      expect(await reportOf(id)).toBeNull();
    },
  );

  it('a run that is not device preparation has no report', async () => {
    expect(await reportOf('user-driven-entra')).toBeNull();
  });
});
