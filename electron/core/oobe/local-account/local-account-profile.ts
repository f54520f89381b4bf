import { setRegistryValue, timeline, type Ctx } from '../../context';
import { createDirectory, writeFile } from '../../os/file-system';
import { PROFILE_LIST_KEY } from '../../reset/user-profile';
import { Rng } from '../../rng';
import type { DeviceState } from '../../state';
import type { LocalAccountRecord } from './local-account-state';

/**
 * A local account's SID: the machine's S-1-5-21 domain (three numbers, stable per device) and the
 * first user RID. 1001 because OOBE's own defaultuser0 took 1000: inferred, docs/FIDELITY.md.
 */
function localSid(state: DeviceState): string {
  const rng = Rng.derive(state.setup.seed, 'sid:machine');
  const part = () => String(rng.int(2 ** 31));
  return `S-1-5-21-${part()}-${part()}-${part()}-1001`;
}

/**
 * Creates the local account and its profile (folder, ProfileList entry), as the first sign-in
 * would: what a trainer can find with `reg query` and `dir C:\Users`. No Entra join, no enrollment.
 */
export function createLocalAccount(ctx: Ctx, name: string, hasPassword: boolean): LocalAccountRecord {
  const { state } = ctx;
  const sid = localSid(state);
  const folder = `C:\\Users\\${name}`;
  for (const sub of ['Desktop', 'Documents', 'Downloads', 'AppData\\Local', 'AppData\\Roaming'])
    createDirectory(state.fs, `${folder}\\${sub}`, state.clock.now);
  writeFile(state.fs, `${folder}\\NTUSER.DAT`, '', state.clock.now);
  setRegistryValue(ctx, `${PROFILE_LIST_KEY}\\${sid}`, 'ProfileImagePath', { type: 'REG_EXPAND_SZ', data: folder });
  const record = { name, sid, hasPassword };
  state.localAccount = record;
  timeline(ctx, 'update', `Local account "${name}" created (${sid}), ${hasPassword ? 'with' : 'without'} a password`);
  return record;
}
