import { exists, writeFile } from '../os/file-system';
import { listSubkeys } from '../os/registry';
import { timeline, type Ctx } from '../context';
import type { DeviceState } from '../state';
import { deleteUserProfiles } from './user-profile';

/**
 * Where Windows keeps the provisioning packages it has applied (outside the seeds; docs/FIDELITY.md).
 * They survive the reset, and a package on a USB drive at the start joins them (001:10125–10126).
 */
export const APPLIED_PACKAGES_FOLDER = 'C:\\ProgramData\\Microsoft\\Provisioning';
const ENROLLMENTS_KEY = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Enrollments';

/** The first USB drive that carries a provisioning package, with its drive letter (D:, E:, …). */
export function usbProvisioningPackage(state: DeviceState): { drive: string; label: string; file: string } | null {
  const drives = state.setup.device.usbDrives;
  const index = drives.findIndex((d) => d.provisioningPackage);
  if (index < 0) return null;
  const drive = drives[index]!;
  return { drive: `${String.fromCharCode(68 + index)}:`, label: drive.label, file: drive.provisioningPackage! };
}

/**
 * What the new OS takes over from the old one (001:10121–10130, 001:11240–11249). The simulator's
 * registry and files are not rebuilt, so these survive as they are; the timeline says what was kept.
 */
export function migrateKeptItems(ctx: Ctx): void {
  const { state } = ctx;
  const enrollments = listSubkeys(state.registry, ENROLLMENTS_KEY).filter((k) => /^[0-9A-F-]{36}$/i.test(k));
  const kept = [
    'Microsoft Entra join and device membership',
    `Intune enrollment (${enrollments.length} key${enrollments.length === 1 ? '' : 's'} under HKLM\\SOFTWARE\\Microsoft\\Enrollments)`,
    `Wi-Fi profiles: ${state.network.savedWifi.length ? state.network.savedWifi.join(', ') : 'none'}`,
  ];
  const certificates = state.setup.workload.certificates.map((c) => c.name);
  if (certificates.length) kept.push(`Certificates: ${certificates.join(', ')}`);
  const networkProfiles = state.setup.workload.networkProfiles.map((p) => p.name);
  if (networkProfiles.length) kept.push(`Network profiles: ${networkProfiles.join(', ')}`);
  for (const item of kept) timeline(ctx, 'update', `Autopilot Reset kept: ${item}`);
}

/** Non-Microsoft apps the device had installed: the required apps delivered so far. */
function installedNonMicrosoftApps(state: DeviceState): string[] {
  const names = new Set<string>();
  const nonMicrosoft = (type: string) => type === 'win32' || type === 'lob';
  for (const category of state.esp?.categories ?? []) {
    for (const item of category.items) {
      for (const work of item.works) {
        const app = state.setup.workload.apps.find((a) => a.id === work.ref);
        if (app && work.state === 'done' && nonMicrosoft(app.type)) names.add(app.name);
      }
    }
  }
  for (const app of state.reset.appsAfterReset)
    if (app.state === 'installed' && nonMicrosoft(app.type)) names.add(app.name);
  return [...names];
}

/**
 * What goes (001:10111–10117, 001:10153–10154): every user profile with its files and settings
 * (region, language and keyboard go back to the device's), non-Microsoft apps, and the signed-in session.
 */
export function removeUserData(ctx: Ctx): void {
  const { state } = ctx;
  deleteUserProfiles(ctx);
  for (const name of installedNonMicrosoftApps(state)) timeline(ctx, 'update', `Autopilot Reset removed app: ${name}`);
  timeline(
    ctx,
    'update',
    `Region, language and keyboard set back to ${state.oobe.region ?? state.setup.device.region} / ${state.oobe.keyboard ?? state.setup.device.keyboard}`,
  );
  state.account.signedIn = false;
  state.account.credentialsCached = false;
  state.account.continuedPastEsp = false;
  // The PIN's key lives with the user's profile: the next user's first sign-in provisions Windows Hello afresh.
  delete state.hello;
}

/** Provisioning packages are reapplied; one on a USB drive now is applied and kept from now on. */
export function applyProvisioningPackages(ctx: Ctx): void {
  const { state } = ctx;
  const usb = usbProvisioningPackage(state);
  if (!usb) return;
  const target = `${APPLIED_PACKAGES_FOLDER}\\${usb.file}`;
  if (!exists(state.fs, target)) {
    writeFile(
      state.fs,
      target,
      `Provisioning package copied from ${usb.drive}\\${usb.file} (${usb.label}) by Autopilot Reset\r\n`,
      state.clock.now,
    );
  }
  timeline(ctx, 'update', `Provisioning package applied: ${usb.file} from ${usb.drive} (${usb.label})`);
}
