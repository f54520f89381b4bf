import type { RegData } from '../../../../shared/records';
import { CRLF } from '../command-result';

/**
 * PowerShell 5.1's console formatting, which every cmdlet's default view goes through, so the
 * layouts stay one idea: Format-List (`Name : value`, padded to the longest name, a blank line
 * before and two after) and Format-Table (header, dashes as long as each header, columns one space
 * apart, a blank line before and two after, trailing blanks trimmed).
 */

export type Row = [string, string];

/** One object as Format-List prints it (no surrounding blank lines: see `listView`). */
export function listBlock(rows: readonly Row[]): string {
  const w = Math.max(0, ...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `${k.padEnd(w)} : ${v}`.trimEnd()).join(CRLF);
}

/** Objects as `| Format-List` prints them: each a block, blocks a blank line apart. */
export function listView(objects: readonly (readonly Row[])[]): string {
  if (objects.length === 0) return '';
  return `${CRLF}${objects.map(listBlock).join(`${CRLF}${CRLF}`)}${CRLF}${CRLF}${CRLF}`;
}

export interface Column {
  header: string;
  /** A fixed width (PowerShell's format files give one); else the widest cell or header. */
  width?: number;
  align?: 'left' | 'right';
}

/** Cuts a cell to its column, as PowerShell 5.1 does (three dots at the end). */
function fit(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, Math.max(0, width - 3))}...`;
}

/** The table's lines, header first (no surrounding blank lines). The last column is never cut. */
export function tableLines(columns: readonly Column[], rows: readonly (readonly string[])[]): string[] {
  const widths = columns.map((c, i) => c.width ?? Math.max(c.header.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    columns
      .map((c, i) => {
        const last = i === columns.length - 1;
        const cell = last ? (cells[i] ?? '') : fit(cells[i] ?? '', widths[i]!);
        return c.align === 'right' ? cell.padStart(widths[i]!) : last ? cell : cell.padEnd(widths[i]!);
      })
      .join(' ')
      .trimEnd();
  return [line(columns.map((c) => c.header)), line(columns.map((c) => '-'.repeat(c.header.length))), ...rows.map(line)];
}

/** A table as the console prints it: a blank line, the table, two blank lines. */
export function tableView(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  if (rows.length === 0) return '';
  return `${CRLF}${tableLines(columns, rows).join(CRLF)}${CRLF}${CRLF}${CRLF}`;
}

/** A registry value as PowerShell shows the .NET object it reads (DWORD as Int32, binary as {1, 2}). */
export function psRegValue(value: RegData): string {
  switch (value.type) {
    case 'REG_DWORD':
      return String(value.data | 0);
    case 'REG_MULTI_SZ':
      return `{${value.data.join(', ')}}`;
    case 'REG_BINARY': {
      const bytes = value.data.match(/[0-9a-f]{2}/gi) ?? [];
      return `{${bytes.map((b) => String(parseInt(b, 16))).join(', ')}}`;
    }
    case 'REG_QWORD':
      return BigInt.asIntN(64, BigInt(value.data)).toString();
    default:
      return value.data;
  }
}

/** A non-terminating error record as PowerShell 5.1 prints it for a one-line command. */
export function psErrorRecord(
  cmdlet: string,
  message: string,
  line: string,
  category: string,
  errorId: string,
): string {
  return [
    `${cmdlet} : ${message}`,
    'At line:1 char:1',
    `+ ${line}`,
    `+ ${'~'.repeat(Math.max(1, line.length))}`,
    `    + CategoryInfo          : ${category}`,
    `    + FullyQualifiedErrorId : ${errorId}`,
    '',
    '',
  ].join(CRLF);
}
