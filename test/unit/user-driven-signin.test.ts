import { describe, expect, it } from 'vitest';
import type { DeviceSetupInput, ServiceEndpoint } from '../../shared/device-setup';
import type { ScenarioBodyInput } from '../../shared/scenario/scenario';
import { ENROLLMENT_STRINGS } from '../../shared/strings-enrollment';
import { driveDevice, signInToEntra } from '../support/device-driver';
import { MEGAN, PASSWORD, PRESET_LANGUAGE, UPN, wiredContoso } from '../support/setups';

/**
 * The sign-in part of user-driven mode (user-driven.md §2, §5; errors.md B-rows): the password and
 * MFA pages, and each documented refusal with the page, code and event a trainee would look for.
 */

type Tenant = NonNullable<ScenarioBodyInput['tenant']>;
type User = NonNullable<Tenant['users']>[number];

const ADMIN = 'Microsoft-Windows-DeviceManagement-Enterprise-Diagnostics-Provider/Admin';
const E = ENROLLMENT_STRINGS.error;

function setup(
  user: Partial<User> = {},
  tenant: Partial<Tenant> = {},
  blocked: ServiceEndpoint[] = [],
): DeviceSetupInput {
  return wiredContoso(
    6060,
    {
      users: [{ ...MEGAN, ...user }],
      tenant,
      policies: {
        deploymentProfile: { name: 'Contoso wired', ...PRESET_LANGUAGE },
        enrollmentStatusPage: { name: 'Contoso ESP' },
      },
      workload: { apps: [{ id: 'portal', name: 'Company Portal', type: 'store', durationMs: 60_000 }] },
    },
    { environment: { blockedEndpoints: blocked } },
  );
}

function boot(input: DeviceSetupInput) {
  const d = driveDevice(input);
  return {
    ...d,
    /** Username, Next, password, Sign in: the page after that is the test's to check. */
    signIn: (password = PASSWORD) => {
      signInToEntra(d, UPN, password);
    },
    adminEvents: () => d.events(ADMIN),
  };
}

describe('password and MFA pages', () => {
  it("a wrong password stays on the page with Entra ID's message; the right one joins", () => {
    const d = boot(setup());
    d.signIn('not-it');
    expect(d.view()).toMatchObject({ id: 'password', error: ENROLLMENT_STRINGS.password.wrong });
    d.type('password', 'Pa55w.rd');
    d.click('sign-in');
    expect(d.view()).toMatchObject({ id: 'password', busy: true });
    expect(() => d.click('back')).toThrow('There is no control "back" on the "password" screen.');
    d.until('esp');
  });

  it('Back on the password page returns to the sign-in page with the username kept', () => {
    const d = boot(setup());
    d.until('branding-signin');
    d.type('username', UPN);
    d.click('next');
    d.click('back');
    expect(d.view()).toMatchObject({ id: 'branding-signin', username: UPN });
  });

  it('a user with MFA gets "Enter code" after the password; a wrong code is refused, the right one joins', () => {
    const d = boot(setup({ mfa: true, mfaCode: '482913' }));
    d.signIn();
    expect(d.view()).toMatchObject({ id: 'mfa', username: UPN, error: null, busy: false });
    expect(d.device.state.account.joined).toBe(false);
    d.type('code', '000000');
    d.click('verify');
    expect(d.view()).toMatchObject({ id: 'mfa', error: ENROLLMENT_STRINGS.mfa.wrong });
    d.type('code', '482913');
    d.click('verify');
    expect(d.view()).toMatchObject({ id: 'mfa', busy: true });
    d.until('esp');
    expect(d.device.state.account.joined).toBe(true);
  });
});

describe('documented refusals: "Something went wrong", no enrollment', () => {
  it.each([
    ['no Intune licence', setup({ licensed: false }), E.mdmTermsOfUse, null, [71, 'MDM Enroll: Failed (0x80180018)']],
    [
      'the Entra device limit reached',
      setup({ joinedDevices: 50 }),
      `${E.notAuthorized}, error code 801c0003`,
      '801c0003',
      null,
    ],
    [
      'users may not join devices',
      setup({}, { usersMayJoinDevices: 'None' }),
      `${E.notAuthorized}, error code 801c0003`,
      '801c0003',
      null,
    ],
    [
      'the Intune enrollment limit reached',
      setup({ enrolledDevices: 5 }),
      E.tryAgainOnly,
      '80180018',
      [71, 'MDM Enroll: Failed (0x80180018)'],
    ],
    [
      'more than one MDM configuration',
      setup({}, { multipleMdmConfigurations: true }),
      E.tryAgainOnly,
      '0xc1036501',
      null,
    ],
    [
      'Windows enrollment blocked by a platform restriction',
      setup({}, { windowsEnrollmentBlocked: true }),
      E.tryAgainOnly,
      '0x80180014',
      [52, expect.stringContaining('Enrollment blocked for AP device by SDM One Time Limit Check')],
    ],
    [
      'the enrollment endpoints unreachable',
      setup({}, {}, ['enrollment.manage.microsoft.com']),
      E.tryAgainOnly,
      null,
      null,
    ],
  ] as const)('%s', (_name, input, message, code, event) => {
    const d = boot(input);
    d.signIn();
    d.until('something-went-wrong');
    expect(d.view()).toEqual({ id: 'something-went-wrong', message, code, canTryAgain: true });
    expect(d.device.state.account.joined).toBe(false);
    expect(
      d.device.execute('shell.run', { line: 'reg query HKLM\\SOFTWARE\\Microsoft\\Enrollments /s' }).stdout,
    ).not.toContain('UPN');
    const errors = d.adminEvents().filter((e) => e.level === 'Error');
    expect(errors.map((e) => [e.eventId, e.message])).toEqual(event ? [event] : []);
    // "Try again" leads back to the sign-in page, with the username kept.
    d.click('try-again');
    expect(d.view()).toMatchObject({ id: 'branding-signin', username: UPN });
  });
});

describe('Microsoft Entra sign-in URLs blocked', () => {
  it('login.microsoftonline.com blocked: "Something went wrong" where the sign-in page should be', () => {
    const d = boot(setup({}, {}, ['login.microsoftonline.com']));
    d.until('something-went-wrong');
    expect(d.view()).toEqual({ id: 'something-went-wrong', message: E.tryAgainOnly, code: null, canTryAgain: true });
    const events = d.device.execute('eventlog.read', {
      channel: 'Microsoft-Windows-ModernDeployment-Diagnostics-Provider/Autopilot',
    }).records;
    expect(events.map((e) => e.eventId)).toContain(161);
  });

  it('Try again once the URL is allowed shows the sign-in page', () => {
    const d = boot(setup({}, {}, ['login.microsoftonline.com']));
    d.until('something-went-wrong');
    d.device.execute('fault.fire', {
      fault: { kind: 'network.endpoint', endpoint: 'login.microsoftonline.com', reachable: true },
    });
    d.click('try-again');
    expect(d.view().id).toBe('branding-signin');
  });

  it('Try again while the URL is still blocked shows "Something went wrong" again', () => {
    const d = boot(setup({}, {}, ['login.microsoftonline.com']));
    d.until('something-went-wrong');
    d.click('try-again');
    expect(d.view().id).toBe('something-went-wrong');
  });
});
