import type { Ctx } from '../context';
import { applyResetPolicy } from '../reset/reset-policy';
import { writeEnrollmentRecords } from './enrollment-records';

/**
 * The user's enrollment went through, whichever flow ran it (the classic sign-in, or device
 * preparation's join step): the enrollment records and the account's joined state.
 */
export function recordUserEnrollment(ctx: Ctx, upn: string): void {
  const { account } = ctx.state;
  account.enrollmentId = writeEnrollmentRecords(ctx, upn);
  account.joined = true;
  account.credentialsCached = true;
}

/**
 * The first MDM sync after a user enrollment, shared by every flow that enrolls the device for a
 * user: it delivers the device configuration profiles — today the device restrictions profile
 * ("Autopilot Reset" = "Allow" sets DisableAutomaticReDeploymentCredentials, 001:11284).
 */
export function afterEnrollment(ctx: Ctx): void {
  applyResetPolicy(ctx);
}
