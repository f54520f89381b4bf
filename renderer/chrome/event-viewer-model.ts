import type { EventRecord } from '../../shared/records';

/**
 * What Event Viewer's tree and list make of the device's event records (pure, so it is unit-tested
 * without a browser). Channels named like `Microsoft-Windows-<Folder>/<Log>` sit under Applications
 * and Services Logs > Microsoft > Windows > <Folder> > <Log>, as Event Viewer files them; the classic
 * logs (Application, Security, Setup, System) under Windows Logs.
 */

export const WINDOWS_LOGS = ['Application', 'Security', 'Setup', 'System'] as const;

/** The simulator's own trace of service calls is no Windows channel: Event Viewer doesn't show it. */
const SIMULATOR_CHANNEL_PREFIX = 'OOBE Simulator/';

export interface LogNode {
  /** The channel's full name (Get-WinEvent -LogName), e.g. Microsoft-Windows-AAD/Operational. */
  channel: string;
  /** The tree's path to it, e.g. ['Applications and Services Logs', 'Microsoft', 'Windows', 'AAD', 'Operational']. */
  path: string[];
}

export function treePath(channel: string): string[] {
  if ((WINDOWS_LOGS as readonly string[]).includes(channel)) return ['Windows Logs', channel];
  const [publisher = channel, log] = channel.split('/');
  const windows = /^Microsoft-Windows-(.+)$/.exec(publisher);
  const folder = windows ? ['Microsoft', 'Windows', windows[1]!] : [publisher];
  return ['Applications and Services Logs', ...folder, ...(log ? [log] : [])];
}

/** Every log the tree shows: the four Windows Logs always, then each channel the device has written to. */
export function logNodes(records: readonly EventRecord[]): LogNode[] {
  const seen = new Map<string, string>();
  for (const r of records) {
    if (r.channel.startsWith(SIMULATOR_CHANNEL_PREFIX)) continue;
    if (!seen.has(r.channel.toUpperCase())) seen.set(r.channel.toUpperCase(), r.channel);
  }
  const classic = WINDOWS_LOGS.map((channel) => ({ channel, path: treePath(channel) }));
  const others = [...seen.values()]
    .filter((c) => !(WINDOWS_LOGS as readonly string[]).includes(c))
    .sort((a, b) => treePath(a).join('\\').localeCompare(treePath(b).join('\\')))
    .map((channel) => ({ channel, path: treePath(channel) }));
  return [...classic, ...others];
}

/** One log's events, newest first, as Event Viewer lists them. */
export function eventsOf(records: readonly EventRecord[], channel: string): EventRecord[] {
  const key = channel.toUpperCase();
  return records.filter((r) => r.channel.toUpperCase() === key).reverse();
}

/** The Source column: the provider without its `Microsoft-Windows-` prefix. */
export function sourceName(provider: string): string {
  return provider.replace(/^Microsoft-Windows-/, '');
}

/**
 * "Date and Time" as an en-US Event Viewer prints it (M/D/YYYY h:mm:ss AM), from the device's own
 * clock (the record's timeCreated, drift included).
 */
export function eventDateTime(iso: string): string {
  const d = new Date(iso);
  const h = d.getUTCHours();
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()} ${h % 12 === 0 ? 12 : h % 12}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} ${h < 12 ? 'AM' : 'PM'}`;
}
