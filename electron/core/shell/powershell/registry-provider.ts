import { listSubkeys, listValues, normalizeKeyPath, RegistryError, resolveKeyPath } from '../../os/registry';
import type { DeviceState } from '../../state';
import { CRLF } from '../command-result';
import { listBlock, listView, psRegValue, tableLines, type Row } from './ps-format';

/**
 * PowerShell's registry provider: `HKLM:\…` / `HKCU:\…` drives and `Registry::HKEY_…` paths, with
 * the PS* properties the provider adds to every item (Get-ItemProperty's PSPath … PSProvider lines).
 */

const PROVIDER = 'Microsoft.PowerShell.Core\\Registry';
const DRIVES: Readonly<Record<string, string>> = { HKEY_LOCAL_MACHINE: 'HKLM', HKEY_CURRENT_USER: 'HKCU' };

/** Whether a typed path names the registry (a drive PowerShell maps, or the provider-qualified form). */
export function isRegistryPath(path: string): boolean {
  return /^(HKLM|HKCU):/i.test(path) || /^(Microsoft\.PowerShell\.Core\\)?Registry::/i.test(path);
}

/** The key a typed path names, in its stored case, or null when it does not exist. */
export function resolveRegistryPath(state: DeviceState, typed: string): string | null {
  const plain = typed.replace(/^(Microsoft\.PowerShell\.Core\\)?Registry::/i, '').replace(/^(HKLM|HKCU):\\?/i, '$1\\');
  try {
    return resolveKeyPath(state.registry, normalizeKeyPath(plain.replace(/\\+$/, '')));
  } catch (error) {
    if (error instanceof RegistryError) return null;
    throw error;
  }
}

/** The PS* lines of a key, as Get-ItemProperty appends them. Registry:: paths have no PSDrive. */
function psProperties(key: string, typed: string): Row[] {
  const cut = key.lastIndexOf('\\');
  const rows: Row[] = [['PSPath', `${PROVIDER}::${key}`]];
  if (cut > 0) rows.push(['PSParentPath', `${PROVIDER}::${key.slice(0, cut)}`]);
  rows.push(['PSChildName', cut > 0 ? key.slice(cut + 1) : key]);
  const drive = DRIVES[key.split('\\')[0]!];
  if (drive && !/Registry::/i.test(typed)) rows.push(['PSDrive', drive]);
  rows.push(['PSProvider', PROVIDER]);
  return rows;
}

/** The key's values as Get-ItemProperty's object: the values (or just `names`), then the PS* lines. */
export function itemProperty(state: DeviceState, key: string, typed: string, names?: readonly string[]): Row[] | null {
  const values = listValues(state.registry, key).map((v): Row => [v.name === '' ? '(default)' : v.name, psRegValue(v)]);
  if (names === undefined) return values.length === 0 ? null : [...values, ...psProperties(key, typed)];
  const wanted = values.filter(([n]) => names.some((w) => w.toLowerCase() === n.toLowerCase()));
  return wanted.length === 0 ? null : [...wanted, ...psProperties(key, typed)];
}

/** `Get-ItemProperty <key>`: one list block (nothing for a key without values). */
export function formatItemProperty(rows: Row[] | null): string {
  return rows === null ? '' : listView([rows]);
}

/**
 * `Get-ChildItem <key>`: the subkeys under a `Hive:` heading, Name (30 wide) and Property (each
 * value as `name : data` on its own line, names padded per key), as the registry format view shows.
 */
export function formatChildKeys(state: DeviceState, key: string): string {
  const subkeys = listSubkeys(state.registry, key);
  if (subkeys.length === 0) return '';
  const rows: string[][] = [];
  for (const name of subkeys) {
    const values = listValues(state.registry, `${key}\\${name}`).map((v): Row => [
      v.name === '' ? '(default)' : v.name,
      psRegValue(v),
    ]);
    const props = values.length === 0 ? [''] : listBlock(values).split(CRLF);
    props.forEach((p, i) => rows.push([i === 0 ? name : '', p]));
  }
  const table = tableLines(
    [
      { header: 'Name', width: 30 },
      { header: 'Property', align: 'left' },
    ],
    rows,
  );
  return `${CRLF}${CRLF}    Hive: ${key}${CRLF}${CRLF}${CRLF}${table.join(CRLF)}${CRLF}${CRLF}${CRLF}`;
}
