import { after, timeline, type Ctx } from '../context';
import { policyOf } from './dp-plan';
import { DP_TIMINGS } from './dp-timings';

/**
 * The sync after the desktop (device-preparation.md §1.7, step 10): what the policy did not select
 * arrives now — device-group apps and scripts, user-targeted apps, apps Managed installer skipped,
 * other MDM policy and user-based configuration. Waits for the desktop if the user is not there yet.
 */
export function onSecondSync(ctx: Ctx): void {
  const { state } = ctx;
  const dp = state.devicePrep;
  if (!dp || dp.secondSyncDone) return;
  if (state.page.id !== 'desktop') {
    after(ctx, DP_TIMINGS.secondSyncMs, { type: 'dp-second-sync' });
    return;
  }
  dp.secondSyncDone = true;
  const policy = policyOf(state, dp);
  const inGroup = (groups: string[] | undefined) =>
    !groups || groups.some((g) => g.toLowerCase() === (policy.deviceGroup ?? '').toLowerCase());
  // Skipped items and those the deployment never reached (it failed first) are still Required for the device group.
  const skipped = new Set(
    Object.entries(dp.items)
      .filter(([, v]) => v.status === 'Skipped' || v.status === null)
      .map(([id]) => id),
  );
  const apps = state.setup.workload.apps.filter(
    (a) =>
      a.applicable &&
      (a.context === 'user' ||
        (dp.inDeviceGroup && inGroup(a.assignedGroups) && (!policy.apps.includes(a.id) || skipped.has(a.id)))),
  );
  const scripts = state.setup.workload.scripts.filter(
    (s) => dp.inDeviceGroup && inGroup(s.assignedGroups) && (!policy.scripts.includes(s.id) || skipped.has(s.id)),
  );
  const delivered = [...apps.map((a) => `app "${a.name}"`), ...scripts.map((s) => `script "${s.name}"`)];
  timeline(
    ctx,
    'cloud',
    delivered.length > 0
      ? `Sync after the desktop: ${delivered.join(', ')} delivered, with the remaining MDM policy and user-based configuration`
      : 'Sync after the desktop: remaining MDM policy and user-based configuration delivered',
  );
  if (state.devicePrepIssues.includes('bitlocker-128-bit')) {
    timeline(
      ctx,
      'cloud',
      'BitLocker encrypted the OS drive with XTS-AES 128-bit although the policy asks for 256-bit (known issue: race condition)',
    );
  }
}
