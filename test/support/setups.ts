import type { DeviceSetupInput } from '../../shared/device-setup';

/**
 * The setups most device tests start from: a wired Contoso device and its users. A test names
 * only what its case is about (the seed, the profile, the ESP, the apps) and overrides the rest.
 */

type Tenant = NonNullable<DeviceSetupInput['tenant']>;
type User = NonNullable<Tenant['users']>[number];
type Policies = NonNullable<DeviceSetupInput['policies']>;

export const MINUTE = 60_000;
export const UPN = 'megan@contoso.com';
export const PASSWORD = 'Pa55w.rd';
/** Megan Bowen, the Contoso user most tests sign in as. */
export const MEGAN: User = { upn: UPN, password: PASSWORD };

/** A cable plugged in with internet; no Wi-Fi adapter, so the network page never shows. */
export const WIRED_NETWORK = {
  ethernet: { present: true, cableConnected: true, internet: true },
  wifi: { present: false, networks: [] },
};

/** The tenant's name and domains (users, groups and switches are the test's). */
export const CONTOSO = { name: 'Contoso', domains: ['contoso.onmicrosoft.com', 'contoso.com'] };

/** Deployment profile settings that skip the region and keyboard pages. */
export const PRESET_LANGUAGE = { language: 'en-US', automaticallyConfigureKeyboard: true } as const;

/**
 * A wired Contoso device: `parts` fills the tenant's users (plus any tenant switches), the
 * policies and the workload; `more` replaces or adds whole sections (device, environment, windows …).
 */
export function wiredContoso(
  seed: number,
  parts: { users: User[]; tenant?: Partial<Tenant>; policies: Policies; workload?: DeviceSetupInput['workload'] },
  more: Partial<DeviceSetupInput> = {},
): DeviceSetupInput {
  return {
    seed,
    device: { network: WIRED_NETWORK },
    tenant: { ...CONTOSO, users: parts.users, ...parts.tenant },
    policies: parts.policies,
    ...(parts.workload ? { workload: parts.workload } : {}),
    ...more,
  };
}

/**
 * A wired Contoso laptop whose profile allows pre-provisioning and leaves the language to the user,
 * so the region page is the first OOBE screen (003:37); an ESP that collects logs, one app, one
 * certificate. `policies` adds to or replaces the profile and the ESP; `more` replaces whole sections.
 */
export function preprovisionReady(
  users: User[],
  policies: Partial<Policies> = {},
  more: Partial<DeviceSetupInput> = {},
): DeviceSetupInput {
  return wiredContoso(
    5150,
    {
      users,
      policies: {
        deploymentProfile: { name: 'Contoso pre-provisioned', allowPreProvisionedDeployment: true },
        enrollmentStatusPage: { name: 'Contoso ESP', timeoutMinutes: 90, logCollection: true },
        ...policies,
      },
      workload: {
        apps: [{ id: 'vpn', name: 'Contoso VPN', type: 'win32', durationMs: 5 * MINUTE }],
        certificates: [{ id: 'root-ca', name: 'Contoso Root CA', durationMs: 20_000 }],
      },
    },
    more,
  );
}
