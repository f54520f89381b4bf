/** Plain records the core emits; shared so the renderer, the CLI and tests read the same shapes. */

export const REG_TYPES = ['REG_SZ', 'REG_EXPAND_SZ', 'REG_DWORD', 'REG_QWORD', 'REG_MULTI_SZ', 'REG_BINARY'] as const;
export type RegType = (typeof REG_TYPES)[number];

export type RegData =
  | { type: 'REG_SZ' | 'REG_EXPAND_SZ'; data: string }
  | { type: 'REG_DWORD'; data: number }
  /** QWORDs travel as decimal strings: JSON numbers lose precision past 2^53. */
  | { type: 'REG_QWORD'; data: string }
  | { type: 'REG_MULTI_SZ'; data: string[] }
  /** Bytes as lowercase hex, two digits a byte. */
  | { type: 'REG_BINARY'; data: string };

export interface RegistryChange {
  op: 'set-value' | 'delete-value' | 'create-key' | 'delete-key';
  /** Full key path as Windows spells it, e.g. HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\... */
  key: string;
  value?: string;
}

export const EVENT_LEVELS = ['Critical', 'Error', 'Warning', 'Information', 'Verbose'] as const;
export type EventLevel = (typeof EVENT_LEVELS)[number];

export interface EventRecord {
  recordId: number;
  /** Channel as Event Viewer names it, e.g. Microsoft-Windows-ModernDeployment-Diagnostics-Provider/Autopilot */
  channel: string;
  provider: string;
  eventId: number;
  level: EventLevel;
  /** Virtual time of the event (ms since the device was created). */
  atMs: number;
  /** The device's own clock when the event was written (ISO 8601, UTC), drift included. */
  timeCreated: string;
  message: string;
}

/** A notable moment for timelines (CLI output, recordings): what happened, in a sentence. */
export interface TimelineEntry {
  atMs: number;
  kind: 'screen' | 'power' | 'network' | 'cloud' | 'fault' | 'input' | 'update' | 'error';
  text: string;
}
