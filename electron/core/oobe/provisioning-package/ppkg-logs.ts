import { timeline, type Ctx } from '../../context';
import { writeFile } from '../../os/file-system';
import { exportKey } from '../../os/reg-export';
import { keyExists } from '../../os/registry';
import { PACKAGES_KEY } from './ppkg-install';
import { foundPackages } from './ppkg-packages';

/** The file "Get logs" writes. Windows's name and format are undocumented: choice (docs/FIDELITY.md). */
export const PPKG_LOG_FILE = 'ProvisioningLogs.txt';

/**
 * "Get logs": the provisioning logs go to the removable drive the packages came from (the user
 * is told to leave it in), as text: each package's outcome and the registry the installs wrote.
 */
export function writeProvisioningLogs(ctx: Ctx): string {
  const { state } = ctx;
  const packages = foundPackages(state);
  const drive = packages[0]?.drive ?? 'C:';
  const path = `${drive}\\${PPKG_LOG_FILE}`;
  const lines = packages.map((p) => `${p.drive}\\${p.file}\t${p.label}\t${p.fails ? 'Failed' : 'Installed'}`);
  const registry = keyExists(state.registry, PACKAGES_KEY) ? exportKey(state.registry, PACKAGES_KEY) : '';
  writeFile(state.fs, path, ['[Packages]', ...lines, '[Registry]', registry].join('\r\n'), state.clock.now);
  timeline(ctx, 'input', `Provisioning logs written to ${path}`);
  return path;
}
