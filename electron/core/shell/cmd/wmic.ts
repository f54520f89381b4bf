import { queryWmi } from '../../hardware/wmi';
import { CRLF, fail, lines, ok, type ShellCommand } from '../command-result';
import { liveWmi } from '../wmi-facts';

/** WMIC aliases the console knows, and the classes behind them. */
const ALIASES: Readonly<Record<string, string>> = {
  baseboard: 'Win32_BaseBoard',
  bios: 'Win32_BIOS',
  computersystem: 'Win32_ComputerSystem',
  csproduct: 'Win32_ComputerSystemProduct',
  diskdrive: 'Win32_DiskDrive',
  nic: 'Win32_NetworkAdapter',
  systemenclosure: 'Win32_SystemEnclosure',
};

function show(v: unknown): string {
  if (Array.isArray(v)) return `{${v.join(', ')}}`;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v === null || v === undefined) return '';
  // WMI values are strings, numbers, booleans or arrays of them; anything else is shown as JSON.
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'bigint' ? String(v) : JSON.stringify(v);
}

/**
 * `wmic <alias> get <prop>[, <prop>…]`: a column per property in alphabetical order (as WMIC
 * sorts them), each as wide as its longest cell plus two spaces, then a blank line.
 */
export const wmicCommand: ShellCommand = ({ ctx }, args) => {
  const [alias, verb, ...rest] = args;
  if (!alias) return fail(lines('wmic:root\\cli>'));
  const className = ALIASES[alias.toLowerCase()];
  if (!className) return fail(lines(`${alias} - Alias not found.`));
  if (verb?.toLowerCase() !== 'get') return fail(lines(`Invalid Verb Switch.`));
  const instances = queryWmi(liveWmi(ctx.state), className) as Record<string, unknown>[];
  const wanted = rest
    .join(' ')
    .split(/[,\s]+/)
    .filter(Boolean);
  const sample = instances[0] ?? {};
  const props: string[] = [];
  for (const w of wanted.length ? wanted : Object.keys(sample)) {
    const found = Object.keys(sample).find((k) => k.toLowerCase() === w.toLowerCase());
    if (!found)
      return fail(`Node - ${ctx.state.computerName}${CRLF}ERROR:${CRLF}Description = Invalid query${CRLF}${CRLF}`);
    if (!props.includes(found)) props.push(found);
  }
  props.sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
  const widths = props.map((p) => Math.max(p.length, ...instances.map((i) => show(i[p]).length)) + 2);
  const row = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('');
  return ok(lines(row(props), ...instances.map((i) => row(props.map((p) => show(i[p])))), ''));
};
