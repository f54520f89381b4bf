import { describe, expect, it } from 'vitest';
import { runScenario } from '../../electron/core/scenario/runner';
import type { Scenario } from '../../shared/scenario/scenario-types';
import { ENROLLMENT_STRINGS } from '../../shared/strings-enrollment';
import { loadBuiltin } from './builtin-library';

/**
 * Issue 18 point 1: the user's first sign-in after an Entra join needs Entra ID to check the
 * credentials. With the internet gone when the sign-on screen shows, "Sign in" is refused with the
 * generic error and the screen stays; once the internet is back the same sign-in goes through.
 */

const CUT = {
  id: 'internet-lost-at-signon',
  label: 'The internet goes when the sign-on screen shows',
  trigger: { kind: 'on-screen', screen: 'signon' },
  effect: { kind: 'network.internet', available: false },
} as const;

async function withFaults(id: string, faults: readonly object[]): Promise<Scenario> {
  const base = await loadBuiltin(id);
  return { ...base, faults: [...(base.faults ?? []), ...faults] } as Scenario;
}

describe("the first sign-in after an Entra join can't reach Entra ID", () => {
  it('user-driven-entra: the sign-on screen stays with the error, no Account setup, no desktop', async () => {
    const { result, device } = runScenario(await withFaults('user-driven-entra', [CUT]));
    expect(result.finalScreen).toBe('signon');
    const texts = result.timeline.map((t) => t.text);
    expect(texts).toContain('Sign-in as megan@contoso.com: Microsoft Entra ID cannot be reached');
    expect(texts).not.toContain('Signed in as megan@contoso.com');
    expect(texts).not.toContain('ESP: Account setup started');
    expect(result.errors.map((e) => [e.screen, e.code, e.message])).toEqual([
      ['signon', null, ENROLLMENT_STRINGS.signon.unreachable],
    ]);
    const view = device.execute('device.snapshot', {}).screen;
    expect(view).toMatchObject({ id: 'signon', error: ENROLLMENT_STRINGS.signon.unreachable });
    expect(device.state.account.signedIn).toBe(false);
  });

  it('user-driven-entra: with the internet back, the same sign-in goes on to Account setup and the desktop', async () => {
    const { device } = runScenario(await withFaults('user-driven-entra', [CUT]));
    device.execute('fault.fire', { fault: { kind: 'network.internet', available: true } });
    device.execute('device.type', { field: 'password', text: 'Pa55w.rd' });
    device.execute('device.click', { control: 'sign-in' });
    expect(device.state.account.signedIn).toBe(true);
    expect(device.state.page.id).toBe('esp');
  });

  it('self-deploying: an organization member cannot sign in at the end while the internet is gone', async () => {
    const scenario = await withFaults('self-deploying', [CUT]);
    const { result, device } = runScenario(scenario);
    // The built-in has no sign-in step of its own: sign in as a member would.
    if (device.state.page.id !== 'signon') throw new Error(`ended on ${result.finalScreen}`);
    const user = scenario.tenant?.users?.[0];
    device.execute('device.type', { field: 'username', text: user?.upn ?? '' });
    device.execute('device.type', { field: 'password', text: user?.password ?? '' });
    device.execute('device.click', { control: 'sign-in' });
    expect(device.state.page).toMatchObject({ id: 'signon', error: ENROLLMENT_STRINGS.signon.unreachable });
    device.execute('fault.fire', { fault: { kind: 'network.internet', available: true } });
    device.execute('device.type', { field: 'password', text: user?.password ?? '' });
    device.execute('device.click', { control: 'sign-in' });
    expect(device.state.account.signedIn).toBe(true);
  });
});
