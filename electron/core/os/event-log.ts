import { EVENT_LEVELS, type EventLevel, type EventRecord } from '../../../shared/records';

/**
 * The device's event logs as plain JSON. Each channel numbers its records 1, 2, 3… on its own,
 * as Windows does (EventRecordID is per log). Channel names are case-insensitive; a channel keeps
 * the spelling of its first event.
 */

export interface EventLogState {
  /** Every record in the order it was written, across channels. */
  records: EventRecord[];
  /** Per channel (keyed by the upcased name): its spelling and the last record id it gave out. */
  channels: Record<string, { name: string; lastRecordId: number }>;
}

/** What a writer supplies; the log adds the record id and the times. */
export interface EventInput {
  channel: string;
  provider: string;
  eventId: number;
  level: EventLevel;
  message: string;
}

export function createEventLog(): EventLogState {
  return { records: [], channels: {} };
}

function channelKey(channel: string): string {
  return channel.toUpperCase();
}

/**
 * Appends an event. `atMs` is virtual time; `timeCreatedIso` is the device's own clock (drift
 * included), which the caller knows and the log does not.
 */
export function writeEvent(log: EventLogState, input: EventInput, atMs: number, timeCreatedIso: string): EventRecord {
  if (!Number.isInteger(input.eventId) || input.eventId < 0 || input.eventId > 0xffff) {
    throw new Error(`Event id must be an integer 0..65535, got ${input.eventId}.`);
  }
  if (!EVENT_LEVELS.includes(input.level)) throw new Error(`Unknown event level "${input.level}".`);
  const key = channelKey(input.channel);
  const channel = Object.hasOwn(log.channels, key) ? log.channels[key]! : { name: input.channel, lastRecordId: 0 };
  channel.lastRecordId += 1;
  log.channels[key] = channel;
  const record: EventRecord = {
    recordId: channel.lastRecordId,
    channel: channel.name,
    provider: input.provider,
    eventId: input.eventId,
    level: input.level,
    atMs,
    timeCreated: timeCreatedIso,
    message: input.message,
  };
  log.records.push(record);
  return { ...record };
}

/**
 * Records oldest first (Event Viewer shows them newest first; callers reverse for display),
 * optionally of one channel. Returns copies, so readers cannot change the log.
 */
export function readEvents(log: EventLogState, channel?: string): EventRecord[] {
  const key = channel === undefined ? null : channelKey(channel);
  return log.records.filter((r) => key === null || channelKey(r.channel) === key).map((r) => ({ ...r }));
}

/** Names of the channels that have events, in the order they first got one. */
export function listChannels(log: EventLogState): string[] {
  return Object.values(log.channels).map((c) => c.name);
}

/** Event Viewer: Applications and Services Logs > Microsoft > Windows > ModernDeployment-Diagnostics-Provider > Autopilot. */
export const AUTOPILOT_CHANNEL = 'Microsoft-Windows-ModernDeployment-Diagnostics-Provider/Autopilot';
export const AUTOPILOT_PROVIDER = 'Microsoft-Windows-ModernDeployment-Diagnostics-Provider';

/** Insert strings event 153 reports (profile states of AutopilotManager). */
export const PROFILE_STATES = [
  'ProfileState_Unknown',
  'ProfileState_NotProvisioned',
  'ProfileState_TpmAttesting',
  'ProfileState_Available',
  'ProfileState_TpmNotAvailable',
] as const;

interface CatalogueEntry {
  level: EventLevel;
  /** The message as the device renders it, with Windows' %1, %2 insert strings. */
  template: string;
  /** Names of the insert strings, in order: params[0] fills %1. */
  params: readonly string[];
  /** The wording Microsoft's Autopilot docs quote (device-model.md §9), for cross-reference. */
  docText: string;
}

/**
 * The documented Autopilot events. Templates are the texts of autopilotdiag.dll (Windows 11
 * 21H2, external-diagnostics.md §6.3) where known — note the two spaces after "succeeded:" and
 * before "HRESULT" — because that is what Event Viewer shows; the docs paraphrase several of them
 * (docText). 807, 809, 815 and 908 are not in that DLL table, so their docs wording is used.
 */
export const AUTOPILOT_EVENTS = {
  100: {
    level: 'Warning',
    template: 'Autopilot policy [%1] not found.',
    params: ['policyName'],
    docText: 'Autopilot policy [name] not found.',
  },
  101: {
    level: 'Information',
    template: 'AutopilotGetPolicyDwordByName succeeded:  policy name = %1; policy value = %2.',
    params: ['policyName', 'value'],
    docText: 'AutopilotGetPolicyDwordByName succeeded: policy name = [setting name]; policy value = [value].',
  },
  103: {
    level: 'Information',
    template: 'AutopilotGetPolicyStringByName succeeded:  policy name = %1; policy value = %2.',
    params: ['policyName', 'value'],
    docText: 'AutopilotGetPolicyStringByName succeeded: policy name = [name]; value = [value].',
  },
  109: {
    level: 'Information',
    template: 'AutopilotGetOobeSettingsOverride succeeded:  OOBE setting = %1; state = %2.',
    params: ['setting', 'state'],
    docText: 'AutopilotGetOobeSettingsOverride succeeded: OOBE setting [setting name]; state = [state].',
  },
  111: {
    level: 'Information',
    template: 'AutopilotRetrieveSettings succeeded.',
    params: [],
    docText: 'AutopilotRetrieveSettings succeeded.',
  },
  153: {
    level: 'Information',
    template: 'AutopilotManager reported the state changed from %1 to %2.',
    params: ['from', 'to'],
    docText: 'AutopilotManager reported the state changed from [original state] to [new state].',
  },
  160: {
    level: 'Information',
    template: 'AutopilotRetrieveSettings beginning acquisition.',
    params: [],
    docText: 'AutopilotRetrieveSettings beginning acquisition.',
  },
  161: {
    level: 'Information',
    template: 'AutopilotManager retrieve settings succeeded.',
    params: [],
    docText: 'AutopilotManager retrieve settings succeeded.',
  },
  163: {
    level: 'Information',
    template:
      'AutopilotManager determined download is not required and the device is already provisioned.  Clean or reset the device to change this.',
    params: [],
    docText:
      "AutopilotManager determined download isn't required and the device is already provisioned. Clean or reset the device to change this.",
  },
  164: {
    level: 'Information',
    template: 'AutopilotManager determined Internet is available to attempt policy download.',
    params: [],
    docText: 'AutopilotManager determined Internet is available to attempt policy download.',
  },
  171: {
    level: 'Error',
    template: 'AutopilotManager failed to set TPM identity confirmed.  HRESULT = %1.',
    params: ['hresult'],
    docText: 'AutopilotManager failed to set TPM identity confirmed. HRESULT=[error code].',
  },
  172: {
    level: 'Error',
    template: 'AutopilotManager failed to set Autopilot profile as available.  HRESULT = %1.',
    params: ['hresult'],
    docText: 'AutopilotManager failed to set Autopilot profile as available. HRESULT=[error code].',
  },
  807: { level: 'Error', template: 'ZtdDevicesNotRegistered', params: [], docText: 'ZtdDevicesNotRegistered' },
  809: {
    level: 'Error',
    template: 'ZtdDeviceHasNoAssignedProfile - Assigned profile does not exist.',
    params: [],
    docText: 'ZtdDeviceHasNoAssignedProfile - Assigned profile does not exist.',
  },
  815: {
    level: 'Error',
    template:
      'ZtdDeviceHasNoAssignedProfile - No profile assigned to the device, and no default profile found in the tenant.',
    params: [],
    docText:
      'ZtdDeviceHasNoAssignedProfile - No profile assigned to the device, and no default profile found in the tenant.',
  },
  908: {
    level: 'Error',
    template: 'SerialNumberMismatch ProductKeyIdMismatch',
    params: [],
    docText: 'SerialNumberMismatch ProductKeyIdMismatch',
  },
} as const satisfies Record<number, CatalogueEntry>;

export type AutopilotEventId = keyof typeof AUTOPILOT_EVENTS;

/** Fills Windows-style %1…%9 insert strings from a list. */
export function fillInserts(template: string, inserts: readonly string[]): string {
  return template.replace(/%(\d)/g, (match, digit: string) => inserts[Number(digit) - 1] ?? match);
}

/**
 * An Autopilot event ready for `writeEvent`: e.g. `autopilotEvent(153, { from: 'ProfileState_Unknown',
 * to: 'ProfileState_Available' })`. Throws when a named insert string is missing.
 */
export function autopilotEvent(id: AutopilotEventId, params: Record<string, string | number> = {}): EventInput {
  const entry: CatalogueEntry = AUTOPILOT_EVENTS[id];
  const inserts = entry.params.map((p) => {
    if (!Object.hasOwn(params, p)) throw new Error(`Autopilot event ${id} needs "${p}".`);
    return String(params[p]);
  });
  return {
    channel: AUTOPILOT_CHANNEL,
    provider: AUTOPILOT_PROVIDER,
    eventId: id,
    level: entry.level,
    message: fillInserts(entry.template, inserts),
  };
}
