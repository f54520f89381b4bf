import { describe, expect, it } from 'vitest';
import { DC_WAIT_MS } from '../../electron/core/esp/esp-blockers';
import type { DeviceSetupInput } from '../../shared/device-setup';
import { fillTemplate, PREPROVISION_STRINGS } from '../../shared/strings-preprovision';
import { answerLocalePages, signInToEntra, type DeviceDriver } from '../support/device-driver';
import { MEGAN, MINUTE, PASSWORD, preprovisionReady, UPN } from '../support/setups';
import { drive, hybridPreprovision, ppSetup, toConfig } from './preprovision-helpers';

/**
 * Pre-provisioning: the user flow's sign-in on a device the technician flow joined, and the hybrid
 * technician flow's wait for a domain controller (oobe-ui.md §15, §24).
 */

function hybrid(domainControllerReachable: boolean): DeviceSetupInput {
  return ppSetup(hybridPreprovision(domainControllerReachable));
}

const WAITING =
  'ESP: Offline domain join is waiting: no domain controller could be contacted (pre-provisioning waits up to 25 minutes)';

/** "Next" on the configuration page, then timers until the offline domain join starts waiting for a DC. */
function toDcWait(d: DeviceDriver): number {
  d.click('provision');
  for (let i = 0; i < 5000 && !d.timeline.includes(WAITING); i += 1) {
    if (d.skip() === null) break;
  }
  expect(d.timeline).toContain(WAITING);
  return d.device.nowMs;
}

describe('hybrid pre-provisioning technician flow without a domain controller', () => {
  it('waits 25 minutes on the ESP, then fails with 0x80070774 on the pre-provisioning failure page', () => {
    const d = drive(hybrid(false));
    toConfig(d);
    const waitStart = toDcWait(d);
    d.advance(DC_WAIT_MS - 1_000);
    expect(d.device.state.page.id).toBe('esp');
    expect(d.errors).toEqual([]);
    d.until('preprovision-failure');
    expect(d.device.nowMs - waitStart).toBeGreaterThanOrEqual(DC_WAIT_MS);
    const text = fillTemplate(PREPROVISION_STRINGS.errors.adControllerNotReached, '0x80070774');
    expect(d.errors.at(-1)).toMatchObject({ code: '0x80070774', message: text });
    expect(d.timeline).toContain(
      'ESP: Offline domain join failed: no domain controller could be contacted within 25 minutes',
    );
  });

  it('goes on when the domain controller answers during the wait', () => {
    const d = drive(hybrid(false));
    toConfig(d);
    toDcWait(d);
    d.advance(10 * MINUTE);
    d.fault({ kind: 'network.domain-controller', reachable: true });
    for (let i = 0; i < 5000; i += 1) {
      const id = d.device.state.page.id;
      if (id === 'preprovision-success' || id === 'preprovision-failure') break;
      if (d.skip() === null) break;
    }
    expect(d.device.state.page.id).toBe('preprovision-success');
    expect(d.timeline).toContain('ESP: Offline domain join can go on');
  });
});

describe('pre-provisioning user flow sign-in', () => {
  it('says the user signs in to the device the technician flow joined, not that it joins Entra ID again', () => {
    const d = drive(preprovisionReady([MEGAN]));
    toConfig(d);
    d.click('provision');
    for (let i = 0; i < 5000 && d.device.state.page.id !== 'preprovision-success'; i += 1) {
      if (d.skip() === null) break;
    }
    expect(d.device.state.page.id).toBe('preprovision-success');
    d.click('reseal');
    d.advance(120 * MINUTE);
    d.device.execute('device.power', { action: 'on' });
    answerLocalePages(d);
    const before = d.timeline.length;
    signInToEntra(d, UPN, PASSWORD);
    d.until('esp');
    const userFlow = d.timeline.slice(before);
    expect(userFlow).toContain(
      `User flow: ${UPN} signs in to the device the technician flow already joined to Microsoft Entra ID and enrolled in Intune`,
    );
    expect(userFlow).toContain(`Signed in as ${UPN}; the ESP reruns Device setup, then Account setup runs`);
    expect(userFlow).not.toContain('Joining Microsoft Entra ID and enrolling in Intune');
    expect(userFlow.some((t) => t.startsWith('Joined to Microsoft Entra ID and enrolled in Intune'))).toBe(false);
  });
});
