import { describe, expect, it } from 'vitest';
import { answerRequest } from '../../electron/cloud/services/answer';
import { Tenant } from '../../electron/cloud/tenant';
import { createTenantState, type TenantState } from '../../electron/cloud/tenant-state';
import { deviceSetupSchema, type DeviceSetupInput } from '../../shared/device-setup';
import { ENROLLMENT_STRINGS } from '../../shared/strings-enrollment';
import { tenantChangeSchema } from '../../shared/tenant-commands';
import { MEGAN, PRESET_LANGUAGE, UPN, wiredContoso } from '../support/setups';

/**
 * The simulated cloud's services on their own (electron/cloud/): each operation's answers,
 * including the documented refusals, and the tenant changes an admin makes.
 */

const E = ENROLLMENT_STRINGS.error;
const DEVICE = { serialNumber: 'SN-0001', hardwareHash: 'T0FLRQ' };
const caller = DEVICE;

function tenantOf(parts: Partial<Parameters<typeof wiredContoso>[1]> = {}, more: Partial<DeviceSetupInput> = {}) {
  const setup = wiredContoso(
    7,
    {
      users: [MEGAN],
      policies: { deploymentProfile: { name: 'Contoso', ...PRESET_LANGUAGE }, enrollmentStatusPage: {} },
      ...parts,
    },
    more,
  );
  return createTenantState(deviceSetupSchema.parse(setup), DEVICE);
}

const ask = (t: TenantState, op: 'entra.join' | 'intune.enroll', upn = UPN) => answerRequest(t, { op, caller, upn });

describe('Windows Autopilot deployment service', () => {
  it('answers the assigned profile to a registered device, by its serial number', () => {
    const t = tenantOf();
    const answer = answerRequest(t, { op: 'autopilot.profile', caller });
    expect(answer).toMatchObject({ kind: 'profile', profile: { name: 'Contoso' }, registration: { registered: true } });
    expect(t.autopilot.devices[0]).toMatchObject({ serialNumber: 'SN-0001', hardwareHash: 'T0FLRQ' });
    expect(t.autopilot.devices[0]!.ztdId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(answerRequest(t, { op: 'autopilot.profile', caller: { ...caller, serialNumber: 'OTHER' } })).toEqual({
      kind: 'not-registered',
    });
  });

  it('serves no profile while the status is "Not assigned"; assigning it serves it at the next request', () => {
    const t = tenantOf({}, { registration: { profileStatus: 'Not assigned' } });
    expect(answerRequest(t, { op: 'autopilot.profile', caller }).kind).toBe('no-profile');
    new Tenant(t).change({ kind: 'autopilot.assign-profile', serialNumber: 'SN-0001' });
    expect(answerRequest(t, { op: 'autopilot.profile', caller }).kind).toBe('profile');
  });

  it('a deleted record is not registered; an imported hardware hash CSV registers it again, "Not assigned"', () => {
    const tenant = new Tenant(tenantOf());
    tenant.change({ kind: 'autopilot.delete-record', serialNumber: 'SN-0001' });
    expect(tenant.answer({ op: 'autopilot.profile', caller }).kind).toBe('not-registered');
    tenant.change({
      kind: 'autopilot.import',
      csv: 'Device Serial Number,Windows Product ID,Hardware Hash,Group Tag\r\nSN-0001,,T0FLRQ,Sales\r\n',
    });
    expect(tenant.state.autopilot.devices[0]!.registration).toMatchObject({
      groupTag: 'Sales',
      profileStatus: 'Not assigned',
    });
    expect(() => tenant.change({ kind: 'autopilot.import', csv: 'Serial,Hash\nX,Y' })).toThrow(
      'The CSV must start with the header "Device Serial Number,Windows Product ID,Hardware Hash".',
    );
  });
});

describe('Microsoft Entra ID', () => {
  it('home realm discovery: an unverified domain or a record of another organization is "another organization"', () => {
    expect(answerRequest(tenantOf(), { op: 'entra.realm', caller, upn: 'adele@fabrikam.com' }).kind).toBe(
      'other-organization',
    );
    expect(answerRequest(tenantOf(), { op: 'entra.realm', caller, upn: 'nobody@contoso.com' }).kind).toBe(
      'unknown-user',
    );
    expect(answerRequest(tenantOf(), { op: 'entra.realm', caller, upn: UPN }).kind).toBe('ok');
    const other = tenantOf({}, { registration: { tenant: 'other' } });
    expect(answerRequest(other, { op: 'entra.realm', caller, upn: UPN }).kind).toBe('other-organization');
  });

  it('refuses the join with 801c0003 at the device limit or when users may not join; a setting change lets it through', () => {
    const full = tenantOf({ users: [{ ...MEGAN, joinedDevices: 50 }] });
    const refused = ask(full, 'entra.join');
    expect(refused).toEqual({
      kind: 'refused',
      refusal: {
        message: `${E.notAuthorized}, error code 801c0003`,
        code: '801c0003',
        reason: 'the user already has 50 joined devices (limit 50)',
      },
    });
    new Tenant(full).change({ kind: 'entra.device-settings', deviceJoinLimit: 100 });
    expect(ask(full, 'entra.join').kind).toBe('joined');
    expect(full.entra.deviceObjects).toEqual([{ serialNumber: 'SN-0001', upn: UPN }]);
    const none = tenantOf({ tenant: { usersMayJoinDevices: 'None' } });
    expect(ask(none, 'entra.join')).toMatchObject({ kind: 'refused', refusal: { code: '801c0003' } });
  });

  it('a second join of the same device does not count twice', () => {
    const t = tenantOf({ users: [{ ...MEGAN, joinedDevices: 49 }] });
    expect(ask(t, 'entra.join').kind).toBe('joined');
    expect(ask(t, 'entra.join').kind).toBe('joined');
    expect(t.entra.deviceObjects).toHaveLength(1);
  });
});

describe('Intune enrollment', () => {
  it.each([
    ['more than one MDM configuration', { tenant: { multipleMdmConfigurations: true } }, '0xc1036501', E.tryAgainOnly],
    ['no licence', { users: [{ ...MEGAN, licensed: false }] }, null, E.mdmTermsOfUse],
    ['the enrollment device limit', { users: [{ ...MEGAN, enrolledDevices: 5 }] }, '80180018', E.tryAgainOnly],
    ['a platform restriction', { tenant: { windowsEnrollmentBlocked: true } }, '0x80180014', E.tryAgainOnly],
  ] as const)('refuses for %s with the documented code', (_name, parts, code, message) => {
    const answer = ask(tenantOf(parts as Partial<Parameters<typeof wiredContoso>[1]>), 'intune.enroll');
    expect(answer).toMatchObject({ kind: 'refused', refusal: { code, message } });
  });

  it('an assigned licence lets the enrollment through and creates the device record', () => {
    const t = tenantOf({ users: [{ ...MEGAN, licensed: false }] });
    expect(ask(t, 'intune.enroll')).toMatchObject({
      kind: 'refused',
      refusal: { event: { id: 71, text: 'MDM Enroll: Failed (0x80180018)' } },
    });
    new Tenant(t).change({ kind: 'licence.assign', upn: UPN });
    expect(ask(t, 'intune.enroll')).toMatchObject({ kind: 'enrolled', policies: { enrollmentStatusPage: {} } });
    expect(t.intune.managedDevices).toEqual([{ serialNumber: 'SN-0001', upn: UPN }]);
  });

  it('a remote action waits in the tenant and is delivered once, at the device check-in', () => {
    const tenant = new Tenant(tenantOf());
    expect(() =>
      tenant.change({ kind: 'intune.remote-action', serialNumber: 'SN-0001', action: 'autopilot-reset' }),
    ).toThrow('Intune has no enrolled device with serial number "SN-0001".');
    ask(tenant.state, 'intune.enroll');
    tenant.change({ kind: 'intune.remote-action', serialNumber: 'SN-0001', action: 'autopilot-reset' });
    expect(tenant.answer({ op: 'intune.check-in', caller })).toMatchObject({ actions: ['autopilot-reset'] });
    expect(tenant.answer({ op: 'intune.check-in', caller })).toMatchObject({ actions: [] });
  });

  it('ESP and device preparation edits keep the rest of the policy and are validated like the scenario file', () => {
    const tenant = new Tenant(tenantOf());
    tenant.change({ kind: 'esp.edit', settings: { timeoutMinutes: 120 } });
    expect(tenant.state.intune.policies.enrollmentStatusPage).toMatchObject({
      timeoutMinutes: 120,
      showProgress: true,
    });
    expect(() => tenant.change({ kind: 'device-preparation.edit', policy: 'Nope', settings: {} })).toThrow(
      'Intune has no device preparation policy "Nope".',
    );
    const bad = tenantChangeSchema.safeParse({ kind: 'esp.edit', settings: { timeoutMinutes: 0 } });
    expect(bad.success).toBe(false);
    expect(tenantChangeSchema.safeParse({ kind: 'esp.edit', settings: { colour: 'red' } }).success).toBe(false);
  });
});

describe('on-premises Active Directory', () => {
  it("granting the connector's OU rights needs an Active Directory and sets them", () => {
    const tenant = new Tenant(tenantOf());
    expect(() => tenant.change({ kind: 'connector.grant-ou-rights' })).toThrow(
      'This tenant has no on-premises Active Directory.',
    );
    const hybrid = new Tenant(
      tenantOf({
        tenant: {
          activeDirectory: {
            domain: 'contoso.com',
            netbiosName: 'CONTOSO',
            connector: { ouPermissionsDelegated: false },
          },
        },
      }),
    );
    hybrid.change({ kind: 'connector.grant-ou-rights' });
    expect(hybrid.state.entra.directory.activeDirectory?.connector.ouPermissionsDelegated).toBe(true);
  });
});

describe('the tenant.change JSON Schema', () => {
  it('assets/tenant-change.schema.json is generated from the zod schema (npm run schema)', async () => {
    const { readFileSync } = await import('node:fs');
    const { TENANT_CHANGE_JSON_SCHEMA } = await import('../../electron/scenarios/paths');
    const { tenantChangeJsonSchema } = await import('../../shared/tenant-commands');
    expect(readFileSync(TENANT_CHANGE_JSON_SCHEMA, 'utf8'), 'stale: run `npm run schema`').toBe(
      `${JSON.stringify(tenantChangeJsonSchema(), null, 2)}\n`,
    );
  });
});
