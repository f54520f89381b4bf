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
  // Each Win32 app's state is written several times per run; derive its id once per (seed, app).
  const key = `${seed}:${ref}`;
  const known = APP_IDS.get(key);
  if (known !== undefined) return known;
  if (APP_IDS.size >= APP_ID_CACHE_LIMIT) APP_IDS.clear();
  const id = deriveIntuneAppId(seed, ref);
  APP_IDS.set(key, id);
  return id;
}

/** A pure function's results, so the cache changes no output; bounded so a long-lived host can't grow it forever. */
const APP_IDS = new Map<string, string>();
const APP_ID_CACHE_LIMIT = 10_000;

function deriveIntuneAppId(seed: number, ref: string): string {
  const hex = [...Rng.derive(seed, `intune-app:${ref}`).bytes(16)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Win32 app states under Device\Setup\Apps\Tracking\Sidecar: 1 NotInstalled, 2 InProgress, 3 Completed, 4 Error. */
export function writeWin32AppState(ctx: Ctx, work: EspWork, state: 1 | 2 | 3 | 4): void {
  if (!work.win32) return;
  setRegistryValue(ctx, win32AppTrackingKey(ctx.state.setup.seed, work.ref), 'InstallationState', {
    type: 'REG_DWORD',
    data: state,
  });
}

/**
 * The app's key under Tracking\Sidecar. The same string instance is handed out for every write, so the
 * registry's parsed-path cache finds it without rebuilding and rehashing a 130-character path each time.
 */
function win32AppTrackingKey(seed: number, ref: string): string {
  // Keyed by seed, then by app: no cache-key string to build (and hash) on every write.
  let bySeed = TRACKING_KEYS.get(seed);
  if (!bySeed) {
    if (TRACKING_KEYS.size >= 64) TRACKING_KEYS.clear();
    bySeed = new Map();
    TRACKING_KEYS.set(seed, bySeed);
  }
  const known = bySeed.get(ref);
  if (known !== undefined) return known;
  if (bySeed.size >= APP_ID_CACHE_LIMIT) bySeed.clear();
  const key = `${ESP_TRACKING_KEY}\\Device\\Setup\\Apps\\Tracking\\Sidecar\\Win32App_${intuneAppId(seed, ref)}_1`;
  bySeed.set(ref, key);
  return key;
}

const TRACKING_KEYS = new Map<number, Map<string, string>>();

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
