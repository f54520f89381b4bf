import { createDirectory, deletePath, writeFile } from '../os/file-system';
import { deleteKey, listSubkeys, getValue } from '../os/registry';
import { setRegistryValue, timeline, type Ctx } from '../context';
import { signedInUser } from '../enrollment/users';
import { Rng } from '../rng';
import type { DeviceState } from '../state';

export const PROFILE_LIST_KEY = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\ProfileList';

/** An Entra ID user's SID on a joined device: S-1-12-1- and four numbers, stable per device and user. */
export function entraUserSid(state: DeviceState, upn: string): string {
  const rng = Rng.derive(state.setup.seed, `sid:${upn.toLowerCase()}`);
  const part = () => String(rng.int(2 ** 31));
  return `S-1-12-1-${part()}-${part()}-${part()}-${part()}`;
}

/** The profile folder Windows gives an Entra user: the UPN's name part. */
export function profileFolder(upn: string): string {
  return `C:\\Users\\${upn.split('@')[0]}`;
}

/**
 * The signed-in user's profile: created at the first sign-in, so a user who has reached the desktop
 * has one. The simulator writes it when it is first needed (locking the device, or a reset that is
 * about to delete it): the folder, the ProfileList entry and the user's hive with the settings a
 * reset puts back (region, language, keyboard live here: 001:10116–10117).
 */
export function ensureUserProfile(ctx: Ctx): void {
  const { state } = ctx;
  const user = signedInUser(state);
  if (!user) return;
  const sid = entraUserSid(state, user.upn);
  const listKey = `${PROFILE_LIST_KEY}\\${sid}`;
  if (getValue(state.registry, listKey, 'ProfileImagePath')) return;
  const folder = profileFolder(user.upn);
  const now = state.clock.now;
  for (const sub of ['Desktop', 'Documents', 'Downloads', 'AppData\\Local', 'AppData\\Roaming'])
    createDirectory(state.fs, `${folder}\\${sub}`, now);
  writeFile(state.fs, `${folder}\\NTUSER.DAT`, '', now);
  setRegistryValue(ctx, listKey, 'ProfileImagePath', { type: 'REG_EXPAND_SZ', data: folder });
  const language = state.setup.policies.deploymentProfile?.language;
  const locale = language && language !== 'os-default' ? language : 'en-US';
  setRegistryValue(ctx, `HKEY_USERS\\${sid}\\Control Panel\\International`, 'LocaleName', {
    type: 'REG_SZ',
    data: locale,
  });
  setRegistryValue(ctx, `HKEY_USERS\\${sid}\\Control Panel\\International\\Geo`, 'Name', {
    type: 'REG_SZ',
    data: state.oobe.region ?? state.setup.device.region,
  });
  setRegistryValue(ctx, `HKEY_USERS\\${sid}\\Keyboard Layout\\Preload`, '1', {
    type: 'REG_SZ',
    data: state.oobe.keyboard ?? state.setup.device.keyboard,
  });
}

/** Every user profile goes: folder, ProfileList entry and hive (001:10153). Returns the folders removed. */
export function deleteUserProfiles(ctx: Ctx): string[] {
  const { state } = ctx;
  const removed: string[] = [];
  for (const sid of listSubkeys(state.registry, PROFILE_LIST_KEY)) {
    // Only user accounts: Entra (S-1-12-1-…) and local (S-1-5-21-…); the system profiles stay.
    if (!sid.startsWith('S-1-12-1-') && !sid.startsWith('S-1-5-21-')) continue;
    const path = getValue(state.registry, `${PROFILE_LIST_KEY}\\${sid}`, 'ProfileImagePath');
    if (path && (path.type === 'REG_EXPAND_SZ' || path.type === 'REG_SZ')) {
      deletePath(state.fs, path.data, state.clock.now);
      removed.push(path.data);
    }
    for (const key of [`${PROFILE_LIST_KEY}\\${sid}`, `HKEY_USERS\\${sid}`]) {
      for (const change of deleteKey(state.registry, key))
        ctx.emit('registry:changed', { ...change, atMs: state.clock.now });
    }
  }
  for (const folder of removed) timeline(ctx, 'update', `User profile deleted: ${folder}`);
  return removed;
}
