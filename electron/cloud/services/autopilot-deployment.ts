import { autopilotRecord, copyJson, type TenantState } from '../tenant-state';
import type { AnswerOf, RequestOf } from './requests';

/** Profile statuses under which the service hands out the assigned profile (user-driven.md §0). */
const SERVES_PROFILE = new Set(['Assigned', 'Fix pending']);

/**
 * The Windows Autopilot deployment service (ztd.dds.microsoft.com): looks the device up by its
 * hardware identity and answers with the assigned profile, or that it has none, or no record.
 */
export function autopilotProfile(
  tenant: TenantState,
  request: RequestOf<'autopilot.profile'>,
): AnswerOf<'autopilot.profile'> {
  const record = autopilotRecord(tenant, request.caller.serialNumber);
  if (!record) return { kind: 'not-registered' };
  const registration = { registered: true, ...copyJson(record.registration) };
  const profile = tenant.intune.policies.deploymentProfile;
  if (!profile || !SERVES_PROFILE.has(record.registration.profileStatus)) return { kind: 'no-profile', registration };
  return { kind: 'profile', registration, profile: copyJson(profile) };
}
