import type { RegData, RegistryChange } from '../../../shared/records';
import { setRegistryValue, type Ctx } from '../context';
import { encodeRegFile, exportKey } from '../os/reg-export';
import { exists, writeBinaryFile } from '../os/file-system';
import {
  createKey,
  deleteKey,
  deleteValue,
  getValue,
  listSubkeys,
  listValues,
  normalizeKeyPath,
  resolveKeyPath,
  RegistryError,
} from '../os/registry';
import { CRLF, fail, ok, type CommandOutput, type ShellCommand } from './command-result';

const NOT_FOUND = `ERROR: The system was unable to find the specified registry key or value.${CRLF}`;
const SUCCESS = `The operation completed successfully.${CRLF}`;
const syntax = (op: string) => `ERROR: Invalid syntax.${CRLF}Type "REG ${op} /?" for usage.${CRLF}`;

/** The key a command names, as stored, or null when reg.exe would answer "unable to find". */
function existingKey(reg: Ctx['state']['registry'], keyArg: string): string | null {
  try {
    return resolveKeyPath(reg, normalizeKeyPath(keyArg));
  } catch (error) {
    if (error instanceof RegistryError) return null;
    throw error;
  }
}

/** reg.exe's text for a value's data (external-diagnostics.md §2.1). */
function formatData(data: RegData): string {
  switch (data.type) {
    case 'REG_DWORD':
      return `0x${(data.data >>> 0).toString(16)}`;
    case 'REG_QWORD':
      return `0x${BigInt(data.data).toString(16)}`;
    case 'REG_MULTI_SZ':
      return data.data.join('\\0');
    case 'REG_BINARY':
      return data.data.toUpperCase();
    default:
      return data.data;
  }
}

function valueLine(name: string, data: RegData): string {
  return `    ${name === '' ? '(Default)' : name}    ${data.type}    ${formatData(data)}${CRLF}`;
}

/** `reg query <key> [/v <name> | /ve] [/s]`, printed as reg.exe prints it. */
function query(ctx: Ctx, args: string[]): CommandOutput {
  const [keyArg, ...flags] = args;
  if (!keyArg) return fail(syntax('QUERY'));
  let valueName: string | null = null;
  let recursive = false;
  let find: string | null = null;
  for (let i = 0; i < flags.length; i += 1) {
    const flag = flags[i]!.toLowerCase();
    if (flag === '/v' && flags[i + 1] !== undefined) valueName = flags[(i += 1)]!;
    else if (flag === '/ve') valueName = '';
    else if (flag === '/s') recursive = true;
    else if (flag === '/f' && flags[i + 1] !== undefined) find = flags[(i += 1)]!;
    else if (['/k', '/d', '/c', '/e'].includes(flag) && find !== null) continue;
    else return fail(syntax('QUERY'));
  }
  if (find !== null) return search(ctx, keyArg, find, recursive);
  const reg = ctx.state.registry;
  const key = existingKey(reg, keyArg);
  if (key === null) return fail(NOT_FOUND);
  if (valueName !== null && !recursive) {
    const data = getValue(reg, key, valueName);
    if (!data) return fail(NOT_FOUND);
    return ok(`${CRLF}${key}${CRLF}${valueLine(valueName, data)}${CRLF}`);
  }
  if (recursive) {
    let out = '';
    let matches = 0;
    const visit = (path: string) => {
      const values = listValues(reg, path).filter(
        (v) => valueName === null || v.name.toLowerCase() === valueName.toLowerCase(),
      );
      if (valueName === null || values.length > 0) {
        out += `${path}${CRLF}`;
        for (const { name, ...data } of values) out += valueLine(name, data);
        out += CRLF;
        matches += values.length;
      }
      for (const child of listSubkeys(reg, path)) visit(`${path}\\${child}`);
    };
    visit(key);
    if (valueName !== null) out += `End of search: ${matches} match(es) found.${CRLF}`;
    return ok(`${CRLF}${out}`);
  }
  const values = listValues(reg, key);
  let out = `${CRLF}${key}${CRLF}`;
  for (const { name, ...data } of values) out += valueLine(name, data);
  const subkeys = listSubkeys(reg, key);
  if (values.length > 0) out += CRLF;
  for (const child of subkeys) out += `${key}\\${child}${CRLF}`;
  return ok(out);
}

/**
 * `reg query <key> /f <text> [/s]`: keys, value names and data containing the text
 * (case-insensitive, as reg.exe's default), then the count line.
 */
function search(ctx: Ctx, keyArg: string, text: string, recursive: boolean): CommandOutput {
  const reg = ctx.state.registry;
  const key = existingKey(reg, keyArg);
  if (key === null) return fail(NOT_FOUND);
  const needle = text.toLowerCase();
  let out = '';
  let matches = 0;
  const visit = (path: string, depth: number) => {
    const hits = listValues(reg, path).filter(
      ({ name, ...data }) => name.toLowerCase().includes(needle) || formatData(data).toLowerCase().includes(needle),
    );
    if (hits.length > 0) {
      out += `${CRLF}${path}${CRLF}`;
      for (const { name, ...data } of hits) out += valueLine(name, data);
      matches += hits.length;
    }
    for (const child of listSubkeys(reg, path)) {
      const childPath = `${path}\\${child}`;
      if (child.toLowerCase().includes(needle)) {
        out += `${CRLF}${childPath}${CRLF}`;
        matches += 1;
      }
      if (recursive || depth === 0) visit(childPath, depth + 1);
    }
  };
  visit(key, 0);
  return {
    stdout: `${out}End of search: ${matches} match(es) found.${CRLF}`,
    stderr: '',
    exitCode: matches > 0 ? 0 : 1,
  };
}

const REG_ADD_TYPES = ['REG_SZ', 'REG_EXPAND_SZ', 'REG_MULTI_SZ', 'REG_DWORD', 'REG_QWORD', 'REG_BINARY'] as const;

function emitChanges(ctx: Ctx, changes: RegistryChange[]): void {
  for (const change of changes) ctx.emit('registry:changed', { ...change, atMs: ctx.state.clock.now });
}

/** `reg add <key> [/v name | /ve] [/t type] [/s sep] [/d data] [/f]` (external-diagnostics.md §2.2). */
function add(ctx: Ctx, args: string[]): CommandOutput {
  const [keyArg, ...flags] = args;
  if (!keyArg) return fail(syntax('ADD'));
  let name: string | null = null;
  let type = 'REG_SZ';
  let data = '';
  let sep = '\\0';
  let force = false;
  for (let i = 0; i < flags.length; i += 1) {
    const flag = flags[i]!.toLowerCase();
    const next = flags[i + 1];
    if (flag === '/v' && next !== undefined) {
      name = next;
      i += 1;
    } else if (flag === '/ve') name = '';
    else if (flag === '/t' && next !== undefined) {
      type = next.toUpperCase();
      i += 1;
    } else if (flag === '/d' && next !== undefined) {
      data = next;
      i += 1;
    } else if (flag === '/s' && next !== undefined) {
      sep = next;
      i += 1;
    } else if (flag === '/f') force = true;
    else return fail(syntax('ADD'));
  }
  let key: string;
  try {
    key = normalizeKeyPath(keyArg);
  } catch (error) {
    if (error instanceof RegistryError)
      return fail(`ERROR: Invalid key name.${CRLF}Type "REG ADD /?" for usage.${CRLF}`);
    throw error;
  }
  if (!(REG_ADD_TYPES as readonly string[]).includes(type))
    return fail(`ERROR: Invalid syntax.${CRLF}Type "REG ADD /?" for usage.${CRLF}`);
  const reg = ctx.state.registry;
  if (name === null) {
    emitChanges(ctx, createKey(reg, key));
    return ok(SUCCESS);
  }
  const existing = resolveKeyPath(reg, key);
  if (existing && getValue(reg, existing, name) && !force)
    return {
      stdout: `Value ${name === '' ? '(Default)' : name} exists, overwrite(Yes/No)? ${CRLF}`,
      stderr: '',
      exitCode: 1,
    };
  let value: RegData;
  if (type === 'REG_DWORD' || type === 'REG_QWORD') {
    const n = /^0x[0-9a-f]+$/i.test(data) ? parseInt(data, 16) : /^\d+$/.test(data) ? Number(data) : NaN;
    if (Number.isNaN(n) || (type === 'REG_DWORD' && n > 0xffffffff))
      return fail(`ERROR: Invalid syntax.${CRLF}Type "REG ADD /?" for usage.${CRLF}`);
    value = type === 'REG_DWORD' ? { type, data: n } : { type, data: String(n) };
  } else if (type === 'REG_MULTI_SZ') value = { type, data: data === '' ? [] : data.split(sep) };
  else if (type === 'REG_BINARY') {
    if (!/^([0-9a-f]{2})*$/i.test(data))
      return fail(`ERROR: Invalid syntax.${CRLF}Type "REG ADD /?" for usage.${CRLF}`);
    value = { type, data: data.toLowerCase() };
  } else value = { type: type as 'REG_SZ' | 'REG_EXPAND_SZ', data };
  setRegistryValue(ctx, existing ?? key, name, value);
  return ok(SUCCESS);
}

/** `reg delete <key> [/v name | /ve | /va] [/f]`. */
function remove(ctx: Ctx, args: string[]): CommandOutput {
  const [keyArg, ...flags] = args;
  if (!keyArg) return fail(syntax('DELETE'));
  let name: string | null = null;
  let all = false;
  let force = false;
  for (let i = 0; i < flags.length; i += 1) {
    const flag = flags[i]!.toLowerCase();
    if (flag === '/v' && flags[i + 1] !== undefined) name = flags[(i += 1)]!;
    else if (flag === '/ve') name = '';
    else if (flag === '/va') all = true;
    else if (flag === '/f') force = true;
    else return fail(syntax('DELETE'));
  }
  const reg = ctx.state.registry;
  const key = existingKey(reg, keyArg);
  if (key === null) return fail(NOT_FOUND);
  if (name !== null && !getValue(reg, key, name)) return fail(NOT_FOUND);
  if (!force) {
    const question =
      name !== null
        ? `Delete the registry value ${name === '' ? '(Default)' : name} (Yes/No)? `
        : all
          ? `Delete all values under the registry key ${keyArg} (Yes/No)? `
          : `Permanently delete the registry key ${keyArg} (Yes/No)? `;
    return { stdout: `${question}${CRLF}`, stderr: '', exitCode: 1 };
  }
  try {
    if (name !== null) emitChanges(ctx, deleteValue(reg, key, name));
    else if (all) for (const v of listValues(reg, key)) emitChanges(ctx, deleteValue(reg, key, v.name));
    else emitChanges(ctx, deleteKey(reg, key));
  } catch (error) {
    if (error instanceof RegistryError) return fail(`ERROR: Access is denied.${CRLF}`);
    throw error;
  }
  return ok(SUCCESS);
}

/** `reg export <key> <file> [/y]`: writes regedit's .reg text to the device's disk. */
function exportCommand(ctx: Ctx, args: string[], cwd: string): CommandOutput {
  const [keyArg, fileArg, ...flags] = args;
  if (!keyArg || !fileArg || flags.some((f) => f.toLowerCase() !== '/y')) return fail(syntax('EXPORT'));
  let text: string;
  try {
    text = exportKey(ctx.state.registry, normalizeKeyPath(keyArg));
  } catch (error) {
    if (error instanceof RegistryError) return fail(NOT_FOUND);
    throw error;
  }
  const fs = ctx.state.fs;
  const path = /^[A-Za-z]:|^\\|^%/.test(fileArg) ? fileArg : `${cwd}\\${fileArg}`;
  if (exists(fs, path) && flags.length === 0) {
    return { stdout: `File ${fileArg} already exists. Overwrite (Yes/No)?${CRLF}`, stderr: '', exitCode: 1 };
  }
  // regedit's files are UTF-16 LE with a BOM (external-diagnostics.md §2.3).
  writeBinaryFile(fs, path, encodeRegFile(text), ctx.state.clock.now);
  return ok(SUCCESS);
}

/** `reg <operation> …` as the device's reg.exe answers it. */
export const regCommand: ShellCommand = ({ ctx, session }, args) => {
  const [op, ...rest] = args;
  switch (op?.toLowerCase()) {
    case 'query':
      return query(ctx, rest);
    case 'add':
      return add(ctx, rest);
    case 'delete':
      return remove(ctx, rest);
    case 'export':
      return exportCommand(ctx, rest, session.cwd);
    default:
      return fail(`ERROR: Invalid syntax.${CRLF}Type "REG /?" for usage.${CRLF}`);
  }
};
