import type { RegData } from '../../../shared/records';
import type { Ctx } from '../context';
import { exportKey } from '../os/reg-export';
import { exists, writeFile } from '../os/file-system';
import { getValue, listSubkeys, listValues, normalizeKeyPath, resolveKeyPath, RegistryError } from '../os/registry';
import { CRLF, fail, ok, type CommandOutput } from './command-result';

const NOT_FOUND = `ERROR: The system was unable to find the specified registry key or value.${CRLF}`;
const SUCCESS = `The operation completed successfully.${CRLF}`;
const syntax = (op: string) => `ERROR: Invalid syntax.${CRLF}Type "REG ${op} /?" for usage.${CRLF}`;

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
  for (let i = 0; i < flags.length; i += 1) {
    const flag = flags[i]!.toLowerCase();
    if (flag === '/v' && flags[i + 1] !== undefined) valueName = flags[(i += 1)]!;
    else if (flag === '/ve') valueName = '';
    else if (flag === '/s') recursive = true;
    else return fail(syntax('QUERY'));
  }
  const reg = ctx.state.registry;
  let key: string | null;
  try {
    key = resolveKeyPath(reg, normalizeKeyPath(keyArg));
  } catch (error) {
    if (error instanceof RegistryError) return fail(NOT_FOUND);
    throw error;
  }
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
        for (const { name, ...data } of values) out += valueLine(name, data as RegData);
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
  for (const { name, ...data } of values) out += valueLine(name, data as RegData);
  const subkeys = listSubkeys(reg, key);
  if (values.length > 0) out += CRLF;
  for (const child of subkeys) out += `${key}\\${child}${CRLF}`;
  return ok(out);
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
  writeFile(fs, path, text, ctx.state.clock.now);
  return ok(SUCCESS);
}

/** `reg <operation> …` as the device's reg.exe answers it. */
export function regCommand(ctx: Ctx, args: string[], cwd: string): CommandOutput {
  const [op, ...rest] = args;
  switch (op?.toLowerCase()) {
    case 'query':
      return query(ctx, rest);
    case 'export':
      return exportCommand(ctx, rest, cwd);
    default:
      return fail(`ERROR: Invalid syntax.${CRLF}Type "REG /?" for usage.${CRLF}`);
  }
}
