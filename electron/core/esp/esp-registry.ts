import { setRegistryValue, type Ctx } from '../context';
import { Rng } from '../rng';
import type { EspWork } from './esp-state';

/** Where Windows tracks what the ESP waits for (external-diagnostics.md §6.1, esp.md §8). */
export const ESP_TRACKING_KEY = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\Autopilot\\EnrollmentStatusTracking';

/** Sidecar (Intune management extension) states: 1 NotInstalled, 2 NotRequired, 3 Completed, 4 Error. */
export function writeSidecarProviderState(ctx: Ctx, state: 1 | 2 | 3 | 4): void {
  setRegistryValue(
    ctx,
    `${ESP_TRACKING_KEY}\\Device\\DevicePreparation\\PolicyProviders\\Sidecar`,
    'InstallationState',
    {
      type: 'REG_DWORD',
      data: state,
    },
  );
}

/** The Intune app id of a workload app: a GUID stable per scenario seed and app. */
export function intuneAppId(seed: number, ref: string): string {
  const hex = [...Rng.derive(seed, `intune-app:${ref}`).bytes(16)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Win32 app states under Device\Setup\Apps\Tracking\Sidecar: 1 NotInstalled, 2 InProgress, 3 Completed, 4 Error. */
export function writeWin32AppState(ctx: Ctx, work: EspWork, state: 1 | 2 | 3 | 4): void {
  if (!work.win32) return;
  const id = intuneAppId(ctx.state.setup.seed, work.ref);
  setRegistryValue(
    ctx,
    `${ESP_TRACKING_KEY}\\Device\\Setup\\Apps\\Tracking\\Sidecar\\Win32App_${id}_1`,
    'InstallationState',
    {
      type: 'REG_DWORD',
      data: state,
    },
  );
}

/** Once the Sidecar provider has listed its apps, Device setup can leave "Identifying". */
export function writeTrackingPoliciesCreated(ctx: Ctx): void {
  setRegistryValue(
    ctx,
    `${ESP_TRACKING_KEY}\\Device\\Setup\\Apps\\PolicyProviders\\Sidecar`,
    'TrackingPoliciesCreated',
    {
      type: 'REG_DWORD',
      data: 1,
    },
  );
}
