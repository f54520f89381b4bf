import { describe, expect, it } from 'vitest';
import { CREDENTIAL_PROVIDERS_POLICY_KEY, REDEPLOYMENT_POLICY } from '../../electron/core/reset/reset-policy';
import type { DeviceSetupInput } from '../../shared/device-setup';
import { answerLocalePages, driveDevice, signInToEntra } from '../support/device-driver';
import { signIn } from './device-prep-driver';
import { MEGAN, MINUTE, PASSWORD, UPN, WIRED_NETWORK, wiredContoso } from '../support/setups';

/**
 * What follows the user's enrollment, whichever flow enrolled the device: the first sync's device
 * restrictions profile (Autopilot Reset = Allow), and no Intune enrollment with MDM user scope "None".
 */

type Policies = NonNullable<DeviceSetupInput['policies']>;

const DP_POLICY: NonNullable<Policies['devicePreparation']>[number] = {
  name: 'DP policy',
  deviceGroup: 'DP Devices',
  userGroup: 'DP Users',
  apps: ['vpn'],
  scripts: [],
};

/** A wired device never registered for Autopilot, with one device preparation policy for Megan. */
function devicePrepSetup(policies: Partial<Policies>, failingApp = false): DeviceSetupInput {
  return wiredContoso(
    5150,
    {
      users: [MEGAN],
      tenant: {
        groups: [
          { name: 'DP Users', kind: 'user', members: [UPN] },
          { name: 'DP Devices', kind: 'device', owners: ['Intune Provisioning Client'] },
        ],
      },
      policies: { devicePreparation: [DP_POLICY], ...policies },
      workload: {
        apps: [
          {
            id: 'vpn',
            name: 'Contoso VPN',
            type: 'win32',
            durationMs: 2 * MINUTE,
            ...(failingApp ? { outcome: 'failure' as const } : {}),
          },
        ],
      },
    },
    { device: { network: WIRED_NETWORK }, registration: { registered: false } },
  );
}

describe('the step after enrollment, shared by the classic sign-in and device preparation', () => {
  it('device preparation with "Autopilot Reset" = "Allow" gets DisableAutomaticReDeploymentCredentials = 0', () => {
    const d = signIn(devicePrepSetup({ deviceRestrictions: { autopilotReset: 'allow' } }));
    d.until('device-prep-complete');
    expect(d.regValue(CREDENTIAL_PROVIDERS_POLICY_KEY, REDEPLOYMENT_POLICY)).toEqual({ type: 'REG_DWORD', data: 0 });
    expect(d.timeline).toContain(
      'Policy applied: CredentialProviders/DisableAutomaticReDeploymentCredentials = 0 (local Autopilot Reset allowed)',
    );
  });

  it('device preparation without the setting writes no policy (local Autopilot Reset stays disabled)', () => {
    const d = signIn(devicePrepSetup({}));
    d.until('device-prep-complete');
    expect(d.regValue(CREDENTIAL_PROVIDERS_POLICY_KEY, REDEPLOYMENT_POLICY)).toBeUndefined();
  });
});

describe('MDM user scope "None" in the classic user-driven flow', () => {
  const classic = (mdmUserScope: 'All' | 'None') =>
    wiredContoso(5150, {
      users: [MEGAN],
      tenant: { mdmUserScope },
      policies: {
        deploymentProfile: { name: 'Contoso user-driven' },
        enrollmentStatusPage: { name: 'Contoso ESP', timeoutMinutes: 60 },
        deviceRestrictions: { autopilotReset: 'allow' },
      },
      workload: { apps: [{ id: 'vpn', name: 'Contoso VPN', type: 'win32', durationMs: 2 * MINUTE }] },
    });

  it('joins Microsoft Entra ID but does not enroll in Intune: no ESP, no enrollment, no policies, the desktop', () => {
    const d = driveDevice(classic('None'));
    answerLocalePages(d);
    signInToEntra(d, UPN, PASSWORD);
    d.until('desktop');
    expect(d.screenIds).not.toContain('esp');
    expect(d.timeline).toContain(
      `Joined to Microsoft Entra ID as ${UPN}; not enrolled in Intune: MDM user scope is "None" (Windows automatic Intune enrollment is not configured)`,
    );
    expect(d.timeline.some((t) => t.startsWith('Joined to Microsoft Entra ID and enrolled in Intune'))).toBe(false);
    expect(d.device.state.account.enrollmentId).toBeNull();
    expect(d.regValue(CREDENTIAL_PROVIDERS_POLICY_KEY, REDEPLOYMENT_POLICY)).toBeUndefined();
    expect(d.view()).toMatchObject({ id: 'desktop', joinType: 'Microsoft Entra joined' });
  });

  it('with scope "All" the same device enrolls and runs the ESP', () => {
    const d = driveDevice(classic('All'));
    answerLocalePages(d);
    signInToEntra(d, UPN, PASSWORD);
    d.until('desktop');
    expect(d.screenIds).toContain('esp');
    expect(d.device.state.account.enrollmentId).not.toBeNull();
    expect(d.regValue(CREDENTIAL_PROVIDERS_POLICY_KEY, REDEPLOYMENT_POLICY)).toEqual({ type: 'REG_DWORD', data: 0 });
  });
});

describe('the desktop after "Continue anyway" in device preparation', () => {
  it('says setup did not finish rather than "ready for work"', () => {
    const d = signIn(devicePrepSetup({ devicePreparation: [{ ...DP_POLICY, allowSkip: true }] }, true));
    d.until('device-prep-failure');
    d.click('continue-anyway');
    d.until('desktop'); // through Windows Hello's PIN (on by default)
    expect(d.view()).toMatchObject({ id: 'desktop', provisioningIncomplete: true });
  });

  it('after a successful deployment the desktop says it is ready', () => {
    const d = signIn(devicePrepSetup({}));
    d.until('device-prep-complete');
    d.click('next');
    d.until('desktop');
    expect(d.view()).toMatchObject({ id: 'desktop', provisioningIncomplete: false });
  });
});
