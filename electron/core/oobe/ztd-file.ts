import type { DeploymentProfile } from '../../../shared/scenario/policies';
import type { Ctx } from '../context';
import { writeFile } from '../os/file-system';
import { deviceDate, usDateTime } from '../shell/device-time';

/** Where the device keeps the downloaded profile (external-diagnostics.md §4, "ZTD profile JSON"). */
export const ZTD_FILE = 'C:\\Windows\\ServiceState\\wmansvc\\AutopilotDDSZTDFile.json';

/**
 * The downloaded profile as the device caches it. The spec names the fields diagnostics read from
 * it (PolicyDownloadDate, DeploymentProfileName, CloudAssignedDomainJoinMethod,
 * HybridJoinSkipDCConnectivityCheck, CloudAssignedDeviceName); the file holds only those. Their
 * value formats are not documented (docs/FIDELITY.md, [UNVERIFIED]).
 */
export function writeZtdFile(ctx: Ctx, profile: DeploymentProfile): void {
  const { state } = ctx;
  const body = {
    PolicyDownloadDate: usDateTime(deviceDate(state)),
    DeploymentProfileName: profile.name,
    CloudAssignedDomainJoinMethod: profile.joinType === 'hybrid' ? 1 : 0,
    HybridJoinSkipDCConnectivityCheck: profile.skipAdConnectivityCheck ? 1 : 0,
    CloudAssignedDeviceName: profile.deviceNameTemplate ?? '',
  };
  writeFile(state.fs, ZTD_FILE, `${JSON.stringify(body, null, 2).replace(/\n/g, '\r\n')}\r\n`, state.clock.now);
}
