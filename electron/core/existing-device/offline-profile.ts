import {
  AUTOPILOT_JSON_FILE_NAME,
  OOBE_CONFIG_BITS,
  readAutopilotJson,
  SELF_DEPLOYING_OOBE_BITS,
  type AutopilotJsonProfile,
} from '../../../shared/scenario/autopilot-json';
import { deploymentProfileSchema, type DeploymentProfile } from '../../../shared/scenario/policies';
import { logEvent, setRegistryValue, timeline, type Ctx } from '../context';
import { readFile, resolvePath } from '../os/file-system';
import { autopilotEvent } from '../os/event-log';
import { AUTOPILOT_DIAGNOSTICS_KEY } from '../oobe/autopilot-diagnostics-key';
import type { DeviceState } from '../state';
import { AUTOPILOT_JSON_FOLDER } from './task-sequence-plan';

/**
 * OOBE's use of AutopilotConfigurationFile.json (provisioning-modes.md §3.6): when the Autopilot
 * service has no profile for the device (not registered, or registered without one), OOBE applies
 * the profile in the file — offline, the device stays unregistered. When the service hands out an
 * assigned profile, that one wins and the file is not read (001:9963–9968; docs/FIDELITY.md).
 */

/** The name the Intune and Entra device objects get when the JSON profile applied (001:11903). */
export function offlineProfileName(ztdCorrelationId: string): string {
  return `OfflineAutoPilotProfile-${ztdCorrelationId}`;
}

/** enrollmentProfileName of the device objects once enrolled: the JSON's name, the online profile's, or null (no Autopilot). */
export function enrollmentProfileName(state: DeviceState): string | null {
  if (state.existingDevice?.appliedCorrelationId) return offlineProfileName(state.existingDevice.appliedCorrelationId);
  return state.profile.kind === 'available' ? (state.setup.policies.deploymentProfile?.name ?? null) : null;
}

/** The file as OOBE finds it, or why OOBE has nothing to apply. */
function findFile(state: DeviceState): { ok: true; profile: AutopilotJsonProfile } | { ok: false; why: string } {
  const placed = state.existingDevice?.placedJson;
  const expected = `${AUTOPILOT_JSON_FOLDER}\\${AUTOPILOT_JSON_FILE_NAME}`;
  const stored = resolvePath(state.fs, expected);
  if (!placed || stored === null) {
    const other = placed ? ` (the task sequence placed ${placed.path})` : '';
    return { ok: false, why: `no ${AUTOPILOT_JSON_FILE_NAME} in ${AUTOPILOT_JSON_FOLDER}${other}` };
  }
  const fileName = stored.slice(stored.lastIndexOf('\\') + 1);
  const read = readAutopilotJson({
    fileName,
    encoding: placed.encoding,
    content: readFile(state.fs, stored),
    expectIgnoredByWindows: false,
  });
  if (!read.ok) return { ok: false, why: read.problems.map((p) => p.message).join('; ') };
  if ((read.profile.oobeConfig & SELF_DEPLOYING_OOBE_BITS) !== 0) {
    return {
      ok: false,
      why: 'the JSON holds a self-deploying profile, which needs TPM attestation and a registered device (001:8968)',
    };
  }
  return read;
}

/** The JSON as a deployment profile: the settings the file carries, the rest at their defaults. */
function asDeploymentProfile(json: AutopilotJsonProfile): DeploymentProfile {
  const bit = (b: number) => (json.oobeConfig & b) !== 0;
  return deploymentProfileSchema.parse({
    name: offlineProfileName(json.ztdCorrelationId),
    joinType: json.domainJoinMethod === 1 ? 'hybrid' : 'entra',
    licenseTerms: bit(OOBE_CONFIG_BITS.SkipEula) ? 'hide' : 'show',
    privacySettings: bit(OOBE_CONFIG_BITS.SkipExpressSettings) ? 'hide' : 'show',
    userAccountType: bit(OOBE_CONFIG_BITS.OobeUserNotLocalAdmin) ? 'standard' : 'administrator',
    // ForcedEnrollment 1 is what the export writes for "Hide change account options" (docs/FIDELITY.md).
    hideChangeAccountOptions: json.forcedEnrollment === 1 ? 'hide' : 'show',
    ...(json.deviceName ? { deviceNameTemplate: json.deviceName } : {}),
  });
}

/**
 * Called when the service answered "not registered" or "no profile", or when the profile page gave
 * up waiting for it. Returns true when OOBE applied the JSON's profile (the caller then stops),
 * false when there is no usable file (standard OOBE, or the profile page's error).
 */
export function applyOfflineProfile(ctx: Ctx, serviceAnswer: 'not-registered' | 'no-profile' | 'timed-out'): boolean {
  const { state } = ctx;
  if (!state.existingDevice || state.existingDevice.phase !== 'done') return false;
  const found = findFile(state);
  if (!found.ok) {
    timeline(ctx, 'cloud', `No Autopilot profile from ${AUTOPILOT_JSON_FILE_NAME}: ${found.why}`);
    return false;
  }
  const json = found.profile;
  if (serviceAnswer !== 'timed-out') logEvent(ctx, autopilotEvent(serviceAnswer === 'not-registered' ? 807 : 815));
  const key = AUTOPILOT_DIAGNOSTICS_KEY;
  setRegistryValue(ctx, key, 'CloudAssignedTenantDomain', { type: 'REG_SZ', data: json.tenantDomain });
  setRegistryValue(ctx, key, 'CloudAssignedTenantId', { type: 'REG_SZ', data: json.tenantId });
  setRegistryValue(ctx, key, 'CloudAssignedOobeConfig', { type: 'REG_DWORD', data: json.oobeConfig });
  setRegistryValue(ctx, key, 'CloudAssignedDomainJoinMethod', { type: 'REG_DWORD', data: json.domainJoinMethod });
  setRegistryValue(ctx, key, 'CloudAssignedForcedEnrollment', { type: 'REG_DWORD', data: json.forcedEnrollment });
  setRegistryValue(ctx, key, 'IsAutopilotDisabled', { type: 'REG_DWORD', data: 0 });
  logEvent(ctx, autopilotEvent(101, { policyName: 'CloudAssignedOobeConfig', value: json.oobeConfig }));
  logEvent(ctx, autopilotEvent(103, { policyName: 'CloudAssignedTenantDomain', value: json.tenantDomain }));
  logEvent(ctx, autopilotEvent(153, { from: 'ProfileState_Unknown', to: 'ProfileState_Available' }));
  // The rest of OOBE reads the deployment profile from the setup: from here on it is the JSON's.
  state.setup.policies.deploymentProfile = asDeploymentProfile(json);
  state.existingDevice.appliedCorrelationId = json.ztdCorrelationId;
  state.profile = { kind: 'available' };
  timeline(
    ctx,
    'cloud',
    `Autopilot profile applied offline from ${AUTOPILOT_JSON_FILE_NAME} (enrollmentProfileName ${offlineProfileName(json.ztdCorrelationId)})`,
  );
  return true;
}
