import { expect } from 'vitest';
import type { DeviceSetupInput } from '../../shared/device-setup';
import { driveDevice, type DeviceDriver } from '../support/device-driver';
import { CONTOSO, MEGAN, MINUTE, PASSWORD, preprovisionReady, UPN } from '../support/setups';

/** What only the preprovision-*.test.ts files need, on the shared device driver. */

export { MINUTE, PASSWORD, UPN } from '../support/setups';

type Policies = NonNullable<DeviceSetupInput['policies']>;

/**
 * A wired Contoso laptop whose profile allows pre-provisioning and leaves the language to the user,
 * so the region page is the first OOBE screen (003:37); Megan and Adele are its users. `more`
 * overrides any part (`policies` adds to or replaces the profile and the ESP).
 */
export function ppSetup(more: Partial<DeviceSetupInput> & { policies?: Partial<Policies> } = {}): DeviceSetupInput {
  const { policies, ...rest } = more;
  return preprovisionReady([MEGAN, { upn: 'adele@contoso.com', password: PASSWORD }], policies, rest);
}

/** The shared driver plus the technician's five presses of the Windows key. */
export function drive(input: DeviceSetupInput) {
  const d = driveDevice(input);
  return {
    ...d,
    winX5: () => {
      for (let i = 0; i < 5; i += 1) d.key('Meta');
    },
  };
}

export type Driven = ReturnType<typeof drive>;

/** Region page → WIN ×5 → a row of "What would you like to do?" → Next (what follows is the test's). */
export function chooseMenuRow(d: Driven, row: 'provisioning-package' | 'pre-provision' | 'reset-device'): void {
  d.until('region');
  d.winX5();
  d.select('preprovision-option', row);
  d.click('next');
}

/** Region page → WIN ×5 → row 2 → Next → the configuration page with its details downloaded. */
export function toConfig(d: Driven): void {
  chooseMenuRow(d, 'pre-provision');
  d.until('preprovision-config');
  while (d.as('preprovision-config').refreshing) d.skip();
}

/** Pre-provisioned to success, resealed, left off for `wait` ms, powered on for the user: OOBE from its start. */
export function resealed(input: DeviceSetupInput, wait = 2 * 60 * MINUTE): Driven {
  const d = drive(input);
  toConfig(d);
  expect(provisionToResult(d)).toBe('preprovision-success');
  d.click('reseal');
  d.advance(wait);
  d.device.execute('device.power', { action: 'on' });
  return d;
}

/** From the configuration page to a result page. */
export function provisionToResult(d: DeviceDriver): 'preprovision-success' | 'preprovision-failure' {
  d.click('provision');
  for (let i = 0; i < 5000; i += 1) {
    const id = d.device.state.page.id;
    if (id === 'preprovision-success' || id === 'preprovision-failure') return id;
    if (d.skip() === null) break;
  }
  throw new Error(`no result page; stayed on ${d.device.state.page.id}`);
}

/** A hybrid pre-provisioning setup: Contoso's AD with the Intune connector, a domain join profile. */
export function hybridPreprovision(
  domainControllerReachable = true,
): Partial<DeviceSetupInput> & { policies: Partial<Policies> } {
  return {
    environment: { domainControllerReachable },
    tenant: {
      ...CONTOSO,
      users: [{ upn: UPN, password: PASSWORD, onPremisesSamAccountName: 'megan' }],
      activeDirectory: {
        domain: 'contoso.com',
        netbiosName: 'CONTOSO',
        connector: { installed: true, version: '6.2501.2000.5', ouPermissionsDelegated: true },
      },
    },
    policies: {
      deploymentProfile: {
        name: 'Contoso hybrid pre-provisioned',
        joinType: 'hybrid',
        allowPreProvisionedDeployment: true,
      },
      enrollmentStatusPage: { name: 'Contoso ESP', timeoutMinutes: 90 },
      domainJoin: { domain: 'contoso.com', computerNamePrefix: 'CTS-' },
    },
  };
}
