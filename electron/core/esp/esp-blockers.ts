import type { IntuneConnector } from '../network/cloud-link';
import { canReach, domainControllerReachable } from '../network/connectivity';
import { TIMINGS } from '../oobe/timings';
import type { DeviceState } from '../state';
import type { EspWork } from './esp-state';

/** Why a step cannot go on: it waits (and the page times out), or it fails with a code. */
export type Blocker = { kind: 'wait'; reason: string } | { kind: 'fail'; code: string; reason: string } | null;

/** How long the hybrid pre-provisioning technician flow waits for a domain controller (oobe-ui.md §15, §24). */
export const DC_WAIT_MS = 25 * 60_000;

/** ERROR_NO_SUCH_DOMAIN: the code Windows reports when no domain controller answers (oobe-ui.md §15). */
export const NO_DOMAIN_CONTROLLER_CODE = '0x80070774';

/**
 * The domain controller check of hybrid join (user-driven.md §3): skipped for VPN scenarios. The
 * user-driven flow fails at once; the pre-provisioning technician flow waits up to 25 minutes for
 * one to answer (counted from when the step started waiting) before it fails.
 */
function domainControllerBlocker(state: DeviceState, work: EspWork): Blocker {
  const profile = state.setup.policies.deploymentProfile;
  if (profile?.skipAdConnectivityCheck || domainControllerReachable(state)) return null;
  const reason = 'no domain controller could be contacted';
  if (state.esp?.mode === 'technician') {
    const waitedMs = state.clock.now - (work.waitingSinceMs ?? state.clock.now);
    if (waitedMs < DC_WAIT_MS) return { kind: 'wait', reason: `${reason} (pre-provisioning waits up to 25 minutes)` };
    return { kind: 'fail', code: NO_DOMAIN_CONTROLLER_CODE, reason: `${reason} within 25 minutes` };
  }
  return { kind: 'fail', code: NO_DOMAIN_CONTROLLER_CODE, reason };
}

/**
 * The Intune Connector for Active Directory can't produce the offline domain join blob. `connector`
 * is the tenant's live one (electron/core/network/cloud-link.ts `intuneConnector`), so an admin's
 * fix during the wait lets the step go on at its next check.
 */
function connectorBlocker(state: DeviceState, work: EspWork, connector: IntuneConnector | null): Blocker {
  const join = state.setup.policies.domainJoin;
  if (!connector?.installed) return { kind: 'wait', reason: 'no Intune Connector for Active Directory is installed' };
  if (!join) return { kind: 'wait', reason: 'no Domain Join profile is assigned to the device' };
  if (compareVersions(connector.version, '6.2501.2000.5') < 0) {
    return { kind: 'wait', reason: `the connector version ${connector.version} is older than 6.2501.2000.5` };
  }
  if (join.organizationalUnit && /^CN=Computers,/i.test(join.organizationalUnit)) {
    return {
      kind: 'wait',
      reason: 'the Domain Join profile names CN=Computers as the OU; leave it blank for the Computers container',
    };
  }
  if (!connector.ouPermissionsDelegated && connector.computersAlreadyJoined >= 10) {
    return {
      kind: 'wait',
      reason: 'the connector account has already joined 10 computers and has no rights on the OU',
    };
  }
  return domainControllerBlocker(state, work);
}

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * What stops a step from finishing on this device, now (re-checked while it waits); `connector` is
 * the tenant's Intune Connector as it is now (the offline domain join step reads it).
 */
export function blockerOf(state: DeviceState, work: EspWork, connector: IntuneConnector | null): Blocker {
  const { smbios } = state.setup.device;
  if (work.ref === 'ime') {
    if (smbios.processors < 2 || smbios.memoryGb < 4) {
      return { kind: 'wait', reason: 'the device has fewer than 2 processors or less than 4 GB of memory' };
    }
    if (Math.abs(state.clockDriftMs) > TIMINGS.clockSkewLimitMs) {
      return { kind: 'wait', reason: 'the device clock is too far from network time for its certificates' };
    }
    if (!canReach(state, 'enrollment.manage.microsoft.com'))
      return { kind: 'wait', reason: 'Intune cannot be reached' };
  }
  if (work.ref === 'odj') return connectorBlocker(state, work, connector);
  return null;
}
