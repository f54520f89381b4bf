import type { EventLevel, EventRecord } from '../../shared/records';

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

/**
 * "Filter Current Log…": the level checkboxes in Event Viewer's own order and the Event IDs field.
 * Nothing checked means every level, as in Event Viewer; an empty ID field means every ID.
 */
export const FILTER_LEVELS = ['Critical', 'Warning', 'Verbose', 'Error', 'Information'] as const;

export interface EventFilter {
  levels: readonly EventLevel[];
  /** The field's text: numbers and ranges by commas, `-` before one excludes it ("1-19,-5"). */
  ids: string;
}

export const NO_FILTER: EventFilter = { levels: [], ids: '' };

export type IdMatcher = { ok: true; test: (id: number) => boolean } | { ok: false; message: string };

/**
 * Parses the Event IDs field as Event Viewer does: `75,76`, `70-80`, and `-76` to exclude. A bad
 * entry answers Event Viewer's message (its wording is [UNVERIFIED]; see docs/FIDELITY.md).
 */
export function parseEventIds(text: string): IdMatcher {
  const parts = text
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '' && p.toLowerCase() !== '<all event ids>');
  const include: [number, number][] = [];
  const exclude: [number, number][] = [];
  for (const part of parts) {
    const m = /^(-)?\s*(\d+)(?:\s*-\s*(\d+))?$/.exec(part);
    const lo = m ? Number(m[2]) : NaN;
    const hi = m?.[3] !== undefined ? Number(m[3]) : lo;
    if (!m || lo > 65535 || hi > 65535 || hi < lo)
      return {
        ok: false,
        message: `"${part}" is not a valid Event ID or range. Enter ID numbers and ranges separated by commas (for example 1,3,5-99), between 0 and 65535.`,
      };
    (m[1] ? exclude : include).push([lo, hi]);
  }
  const within = (ranges: [number, number][], id: number) => ranges.some(([a, b]) => id >= a && id <= b);
  return {
    ok: true,
    test: (id) => (include.length === 0 || within(include, id)) && !within(exclude, id),
  };
}

/** The events of a log the filter keeps, in the list's order (an invalid ID field keeps none). */
export function filterEvents(events: readonly EventRecord[], filter: EventFilter): EventRecord[] {
  const ids = parseEventIds(filter.ids);
  if (!ids.ok) return [];
  return events.filter((e) => (filter.levels.length === 0 || filter.levels.includes(e.level)) && ids.test(e.eventId));
}

/** Whether the filter narrows anything (the list's heading then says "Filtered: …"). */
export function isFiltered(filter: EventFilter): boolean {
  return filter.levels.length > 0 || filter.ids.trim() !== '';
}
