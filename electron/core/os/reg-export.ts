import type { RegData } from '../../../shared/records';
import {
  listSubkeys,
  listValues,
  NOT_FOUND_MESSAGE,
  RegistryError,
  resolveKeyPath,
  type RegistryState,
} from './registry';

/**
 * regedit's export format ("Windows Registry Editor Version 5.00"), byte for byte as Windows
 * writes it: CRLF line endings, one `[key]` section per key, depth-first with subkeys in registry
 * order, values in creation order, every section followed by a blank line. Hex data wraps exactly
 * as regedit wraps it (the rule Wine's regedit reproduces and its tests check against Windows):
 * after each `xx,` the running line length is checked, and at 77 or more the line ends with `\`
 * and the next starts with two spaces, so no line is longer than 80 characters unless the
 * value name alone is.
 */

export const REG_FILE_HEADER = 'Windows Registry Editor Version 5.00';

const CRLF = '\r\n';
/** Where regedit breaks a hex line (MAX_HEX_CHARS in Wine's regproc.c). */
const MAX_HEX_CHARS = 77;

/** Registry type numbers, as `hex(n):` writes them. */
const TYPE_NUMBERS = { REG_EXPAND_SZ: 0x2, REG_MULTI_SZ: 0x7, REG_QWORD: 0xb } as const;

/** regedit escapes only the backslash and the double quote inside quoted names and strings. */
function escapeString(text: string): string {
  return text.replace(/[\\"]/g, (c) => `\\${c}`);
}

/** UTF-16LE bytes of the text, followed by a NUL character (two zero bytes). */
function utf16zBytes(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    out.push(unit & 0xff, unit >>> 8);
  }
  out.push(0, 0);
  return out;
}

function qwordBytes(decimal: string): number[] {
  let n = BigInt(decimal);
  const out: number[] = [];
  for (let i = 0; i < 8; i += 1) {
    out.push(Number(n & 0xffn));
    n >>= 8n;
  }
  return out;
}

function binaryBytes(hex: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < hex.length; i += 2) out.push(parseInt(hex.slice(i, i + 2), 16));
  return out;
}

/** `prefix` + comma-separated hex bytes, wrapped as regedit wraps them; `lineLen` counts what precedes. */
function hexData(prefix: string, bytes: number[], lineLen: number): string {
  let len = lineLen + prefix.length;
  let out = prefix;
  bytes.forEach((byte, i) => {
    out += byte.toString(16).padStart(2, '0');
    if (i === bytes.length - 1) return;
    out += ',';
    len += 3;
    if (len >= MAX_HEX_CHARS) {
      out += `\\${CRLF}  `;
      len = 2;
    }
  });
  return out;
}

/**
 * One value as regedit writes it, without the final CRLF: `"name"=...` or `@=...` for the
 * default value. Long hex data spans several lines joined by `,\` CRLF and two spaces.
 */
export function formatRegValue(name: string, data: RegData): string {
  const head = name === '' ? '@=' : `"${escapeString(name)}"=`;
  switch (data.type) {
    case 'REG_SZ':
      return `${head}"${escapeString(data.data)}"`;
    case 'REG_DWORD':
      return `${head}dword:${(data.data >>> 0).toString(16).padStart(8, '0')}`;
    case 'REG_QWORD':
      return head + hexData(`hex(${TYPE_NUMBERS.REG_QWORD.toString(16)}):`, qwordBytes(data.data), head.length);
    case 'REG_EXPAND_SZ':
      return head + hexData(`hex(${TYPE_NUMBERS.REG_EXPAND_SZ}):`, utf16zBytes(data.data), head.length);
    case 'REG_MULTI_SZ': {
      const bytes = data.data.flatMap(utf16zBytes);
      bytes.push(0, 0);
      return head + hexData(`hex(${TYPE_NUMBERS.REG_MULTI_SZ}):`, bytes, head.length);
    }
    case 'REG_BINARY':
      return head + hexData('hex:', binaryBytes(data.data), head.length);
  }
}

/**
 * Exports a key and all its subkeys as a .reg text. Section headers use the case each key was
 * created with (as regedit's tree shows it). Throws RegistryError with Windows' text when the key
 * is missing. The text is what the file holds; `encodeRegFile` gives the file's bytes.
 */
export function exportKey(reg: RegistryState, keyPath: string): string {
  const root = resolveKeyPath(reg, keyPath);
  if (root === null) throw new RegistryError(NOT_FOUND_MESSAGE, keyPath, 'not-found');
  const parts: string[] = [REG_FILE_HEADER, CRLF, CRLF];
  const visit = (path: string): void => {
    parts.push(`[${path}]`, CRLF);
    for (const value of listValues(reg, path)) {
      const { name, ...data } = value;
      parts.push(formatRegValue(name, data), CRLF);
    }
    parts.push(CRLF);
    for (const child of listSubkeys(reg, path)) visit(`${path}\\${child}`);
  };
  visit(root);
  return parts.join('');
}

/** The bytes regedit writes for a .reg text: UTF-16LE with a byte-order mark (FF FE). */
export function encodeRegFile(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    out[2 + i * 2] = unit & 0xff;
    out[3 + i * 2] = unit >>> 8;
  }
  return out;
}
