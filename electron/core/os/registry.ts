import type { RegData, RegistryChange } from '../../../shared/records';

/**
 * The device's registry as plain JSON. Functions mutate the state in place (as the virtual clock
 * does) and return the `RegistryChange`s they made, so the device can emit `registry:changed`.
 *
 * Windows rules kept here: key and value names are case-insensitive but keep the case they were
 * created with; values enumerate in creation order; subkeys enumerate sorted by their upcased
 * names (the order of the hive's subkey index, which regedit and `reg query` show).
 * Not modelled: HKCU as a link to HKU\<SID>, HKCR as the merged Classes view, security.
 */

/** The root keys the device has, spelled as Windows spells them. */
export const HIVES = ['HKEY_LOCAL_MACHINE', 'HKEY_CURRENT_USER', 'HKEY_USERS', 'HKEY_CLASSES_ROOT'] as const;
export type HiveName = (typeof HIVES)[number];

/** Abbreviations reg.exe and PowerShell accept, upcased, to full root names. */
const HIVE_ALIASES: Readonly<Record<string, HiveName>> = {
  HKLM: 'HKEY_LOCAL_MACHINE',
  HKEY_LOCAL_MACHINE: 'HKEY_LOCAL_MACHINE',
  HKCU: 'HKEY_CURRENT_USER',
  HKEY_CURRENT_USER: 'HKEY_CURRENT_USER',
  HKU: 'HKEY_USERS',
  HKEY_USERS: 'HKEY_USERS',
  HKCR: 'HKEY_CLASSES_ROOT',
  HKEY_CLASSES_ROOT: 'HKEY_CLASSES_ROOT',
};

/** Windows' limits: 255 characters a key name, 16,383 a value name. */
const MAX_KEY_NAME = 255;
const MAX_VALUE_NAME = 16_383;

/** What reg.exe prints for a missing key or value; regedit export uses the same text. */
export const NOT_FOUND_MESSAGE = 'The system was unable to find the specified registry key or value.';

/** A value as stored: its name (case as created; '' is the default value) and its typed data. */
export type RegValue = RegData & { name: string };

/** One key. `subkeys` is keyed by the upcased name, which makes lookups case-insensitive. */
export interface RegKeyNode {
  name: string;
  values: RegValue[];
  subkeys: Record<string, RegKeyNode>;
}

export interface RegistryState {
  hives: Record<HiveName, RegKeyNode>;
}

export const REGISTRY_ERROR_CODES = ['invalid-key-name', 'not-found', 'invalid-data', 'cannot-delete-root'] as const;
export type RegistryErrorCode = (typeof REGISTRY_ERROR_CODES)[number];

/** A registry operation that Windows would refuse; `path` is the path the caller gave. */
export class RegistryError extends Error {
  constructor(
    message: string,
    readonly path: string,
    readonly code: RegistryErrorCode,
  ) {
    super(message);
    this.name = 'RegistryError';
  }
}

/**
 * Upcases one UTF-16 unit at a time, as the registry's RtlUpcaseUnicodeChar does; JavaScript's
 * whole-string toUpperCase would turn 'ß' into 'SS' and change the name's length.
 */
export function upcaseName(name: string): string {
  // Nearly every registry name is ASCII, where the two agree: one native call instead of a loop.
  if (isAscii(name)) return name.toUpperCase();
  const out: string[] = [];
  for (const ch of name) {
    const up = ch.toUpperCase();
    out.push(up.length === ch.length ? up : ch);
  }
  return out.join('');
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** Orders names as the registry's subkey index does: ordinal comparison of the upcased names. */
export function compareNames(a: string, b: string): number {
  const ua = upcaseName(a);
  const ub = upcaseName(b);
  return ua < ub ? -1 : ua > ub ? 1 : 0;
}

function emptyKey(name: string): RegKeyNode {
  return { name, values: [], subkeys: {} };
}

/** A registry with the four root keys and nothing under them. */
export function createRegistry(): RegistryState {
  return {
    hives: {
      HKEY_LOCAL_MACHINE: emptyKey('HKEY_LOCAL_MACHINE'),
      HKEY_CURRENT_USER: emptyKey('HKEY_CURRENT_USER'),
      HKEY_USERS: emptyKey('HKEY_USERS'),
      HKEY_CLASSES_ROOT: emptyKey('HKEY_CLASSES_ROOT'),
    },
  };
}

interface ParsedPath {
  hive: HiveName;
  segments: string[];
  /** Each segment upcased: the subkey index's key. */
  upper: string[];
  /** `hive\\segments…` as given, joined on first use. */
  joined?: string;
}

/** PowerShell's provider-qualified form: `Registry::HKEY_LOCAL_MACHINE\...`. */
const PROVIDER_PREFIX = /^(?:Microsoft\.PowerShell\.Core\\)?Registry::/i;

function parseKeyPath(path: string): ParsedPath {
  // The same few hundred key paths are written over and over during a deployment: parse each once.
  const known = PARSED_PATHS.get(path);
  if (known) return known;
  const parsed = parseKeyPathUncached(path);
  if (PARSED_PATHS.size >= PARSED_PATH_CACHE_LIMIT) PARSED_PATHS.clear();
  PARSED_PATHS.set(path, parsed);
  return parsed;
}

/** Parsed paths are never mutated by their readers (they slice and index only). */
const PARSED_PATHS = new Map<string, ParsedPath>();
const PARSED_PATH_CACHE_LIMIT = 10_000;

function parseKeyPathUncached(path: string): ParsedPath {
  let rest = path.trimStart().replace(PROVIDER_PREFIX, '');
  const slash = rest.indexOf('\\');
  let root = slash < 0 ? rest : rest.slice(0, slash);
  rest = slash < 0 ? '' : rest.slice(slash + 1);
  // PowerShell drives: `HKLM:\SOFTWARE` and also `HKLM:SOFTWARE`.
  const colon = root.indexOf(':');
  if (colon >= 0) {
    const afterColon = root.slice(colon + 1);
    root = root.slice(0, colon);
    rest = afterColon === '' ? rest : `${afterColon}\\${rest}`;
  }
  const hive = HIVE_ALIASES[upcaseName(root)];
  if (!hive)
    throw new RegistryError(
      `Invalid key name: "${path}" does not start with a known root key.`,
      path,
      'invalid-key-name',
    );
  // Doubled and trailing backslashes are forgiven, as reg.exe forgives a trailing one. '/' is an
  // ordinary character in key names (e.g. URL-named keys), so it is not a separator here.
  const segments = rest.split('\\').filter((s) => s !== '');
  for (const s of segments) {
    if (s.length > MAX_KEY_NAME)
      throw new RegistryError(
        `Invalid key name: "${path}" (a name is longer than 255 characters).`,
        path,
        'invalid-key-name',
      );
  }
  return { hive, segments, upper: segments.map(upcaseName) };
}

/**
 * The canonical spelling of a key path: the full root name and single backslashes, e.g.
 * `HKLM:\SOFTWARE\Microsoft\` -> `HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft`. Subkey case is kept as
 * given; `resolveKeyPath` gives the case stored in a registry. Throws RegistryError for an unknown root.
 */
export function normalizeKeyPath(path: string): string {
  const { hive, segments } = parseKeyPath(path);
  return [hive, ...segments].join('\\');
}

interface Found {
  node: RegKeyNode;
  /** The path with every segment in its stored case. */
  path: string;
}

function findKey(reg: RegistryState, path: string): Found | null {
  const { hive, segments, upper } = parseKeyPath(path);
  let node = reg.hives[hive];
  const names: string[] = [hive];
  for (let i = 0; i < segments.length; i += 1) {
    const child = subkeyOf(node, upper[i]!);
    if (!child) return null;
    node = child;
    names.push(child.name);
  }
  return { node, path: names.join('\\') };
}

function childOf(node: RegKeyNode, name: string): RegKeyNode | undefined {
  return subkeyOf(node, upcaseName(name));
}

/** The subkey stored under an already upcased name (own properties only: never Object.prototype's). */
function subkeyOf(node: RegKeyNode, upper: string): RegKeyNode | undefined {
  return Object.hasOwn(node.subkeys, upper) ? node.subkeys[upper] : undefined;
}

function requireKey(reg: RegistryState, path: string): Found {
  const found = findKey(reg, path);
  if (!found) throw new RegistryError(NOT_FOUND_MESSAGE, path, 'not-found');
  return found;
}

/** The key's full path in the case it was created with, or null when the key does not exist. */
export function resolveKeyPath(reg: RegistryState, path: string): string | null {
  return findKey(reg, path)?.path ?? null;
}

export function keyExists(reg: RegistryState, path: string): boolean {
  return findKey(reg, path) !== null;
}

function ensureKey(reg: RegistryState, path: string, changes: RegistryChange[]): Found {
  const parsed = parseKeyPath(path);
  const { hive, segments, upper } = parsed;
  let node = reg.hives[hive];
  // Stored names usually match the given case: then the path is the parsed one, joined once and cached.
  let names: string[] | null = null;
  for (let i = 0; i < segments.length; i += 1) {
    const segment = segments[i]!;
    let child = subkeyOf(node, upper[i]!);
    if (!child) {
      child = emptyKey(segment);
      node.subkeys[upper[i]!] = child;
      names ??= [hive, ...segments.slice(0, i)];
      names.push(segment);
      changes.push({ op: 'create-key', key: names.join('\\') });
    } else if (names) names.push(child.name);
    else if (child.name !== segment) names = [hive, ...segments.slice(0, i), child.name];
    node = child;
  }
  return { node, path: names ? names.join('\\') : (parsed.joined ??= [hive, ...segments].join('\\')) };
}

/** Creates the key and any missing parents (like RegCreateKeyEx); an existing key is left alone. */
export function createKey(reg: RegistryState, path: string): RegistryChange[] {
  const changes: RegistryChange[] = [];
  ensureKey(reg, path, changes);
  return changes;
}

const MAX_QWORD = (1n << 64n) - 1n;

/** Checks data against its type and returns a fresh copy in canonical form (no shared arrays). */
function canonicalData(data: RegData, path: string): RegData {
  const bad = (why: string): never => {
    throw new RegistryError(`Invalid ${data.type} data: ${why}.`, path, 'invalid-data');
  };
  switch (data.type) {
    case 'REG_SZ':
    case 'REG_EXPAND_SZ':
      if (typeof data.data !== 'string') bad('expected a string');
      return { type: data.type, data: data.data };
    case 'REG_DWORD':
      if (!Number.isInteger(data.data) || data.data < 0 || data.data > 0xffffffff)
        bad('expected an integer 0..4294967295');
      return { type: 'REG_DWORD', data: data.data };
    case 'REG_QWORD': {
      if (typeof data.data !== 'string' || !/^\d+$/.test(data.data)) bad('expected a decimal string');
      const n = BigInt(data.data);
      if (n > MAX_QWORD) bad('larger than 2^64-1');
      return { type: 'REG_QWORD', data: n.toString() };
    }
    case 'REG_MULTI_SZ':
      if (!Array.isArray(data.data) || data.data.some((s) => typeof s !== 'string')) bad('expected a list of strings');
      // An empty string would read back as the list's terminator, so Windows tools refuse it.
      if (data.data.some((s) => s === '')) bad('a REG_MULTI_SZ cannot hold an empty string');
      return { type: 'REG_MULTI_SZ', data: [...data.data] };
    case 'REG_BINARY':
      if (typeof data.data !== 'string' || !/^(?:[0-9a-fA-F]{2})*$/.test(data.data))
        bad('expected hex, two digits a byte');
      return { type: 'REG_BINARY', data: data.data.toLowerCase() };
    default:
      return bad('unknown type');
  }
}

/**
 * Sets a value, creating the key (and parents) when missing. `name` '' is the default value.
 * Overwriting keeps the value's original name case and its place in the enumeration order.
 */
export function setValue(reg: RegistryState, key: string, name: string, data: RegData): RegistryChange[] {
  if (name.length > MAX_VALUE_NAME)
    throw new RegistryError('Invalid value name: longer than 16,383 characters.', key, 'invalid-data');
  const stored = canonicalData(data, key);
  const changes: RegistryChange[] = [];
  const found = ensureKey(reg, key, changes);
  const upper = upcaseName(name);
  const i = found.node.values.findIndex((v) => upcaseName(v.name) === upper);
  const existingName = i >= 0 ? found.node.values[i]!.name : name;
  const entry = { ...stored, name: existingName };
  if (i >= 0) found.node.values[i] = entry;
  else found.node.values.push(entry);
  changes.push({ op: 'set-value', key: found.path, value: existingName });
  return changes;
}

/** A copy of a value's data, or undefined when the key or the value does not exist. */
export function getValue(reg: RegistryState, key: string, name: string): RegData | undefined {
  const found = findKey(reg, key);
  if (!found) return undefined;
  const upper = upcaseName(name);
  const value = found.node.values.find((v) => upcaseName(v.name) === upper);
  if (!value) return undefined;
  const { name: _name, ...data } = value;
  return canonicalData(data, key);
}

/** Deletes one value; nothing happens (and nothing is returned) when it does not exist. */
export function deleteValue(reg: RegistryState, key: string, name: string): RegistryChange[] {
  const found = findKey(reg, key);
  if (!found) return [];
  const upper = upcaseName(name);
  const i = found.node.values.findIndex((v) => upcaseName(v.name) === upper);
  if (i < 0) return [];
  const [removed] = found.node.values.splice(i, 1);
  return [{ op: 'delete-value', key: found.path, value: removed!.name }];
}

/**
 * Deletes a key with all its subkeys (like RegDeleteTree), reporting the deepest keys first.
 * A missing key is not an error here (nothing to do); a root key cannot be deleted.
 */
export function deleteKey(reg: RegistryState, key: string): RegistryChange[] {
  const { hive, segments } = parseKeyPath(key);
  if (segments.length === 0)
    throw new RegistryError(`Cannot delete the root key "${hive}".`, key, 'cannot-delete-root');
  const parentPath = [hive, ...segments.slice(0, -1)].join('\\');
  const parent = findKey(reg, parentPath);
  const leaf = segments[segments.length - 1]!;
  const node = parent ? childOf(parent.node, leaf) : undefined;
  if (!parent || !node) return [];
  const changes: RegistryChange[] = [];
  const collect = (n: RegKeyNode, path: string): void => {
    for (const child of sortedChildren(n)) collect(child, `${path}\\${child.name}`);
    changes.push({ op: 'delete-key', key: path });
  };
  collect(node, `${parent.path}\\${node.name}`);
  delete parent.node.subkeys[upcaseName(leaf)];
  return changes;
}

function sortedChildren(node: RegKeyNode): RegKeyNode[] {
  return Object.values(node.subkeys).sort((a, b) => compareNames(a.name, b.name));
}

/** The key's values in creation order (copies). Throws RegistryError when the key is missing. */
export function listValues(reg: RegistryState, key: string): RegValue[] {
  return requireKey(reg, key).node.values.map((v) => {
    const { name, ...data } = v;
    return { ...canonicalData(data, key), name };
  });
}

/** Names of the key's direct subkeys, in regedit's order. Throws RegistryError when the key is missing. */
export function listSubkeys(reg: RegistryState, key: string): string[] {
  return sortedChildren(requireKey(reg, key).node).map((n) => n.name);
}
