import type { DeviceState } from '../state';

/**
 * What Get-WindowsAutopilotInfo reads and writes: the serial number, an empty Windows Product ID
 * (the script leaves it blank) and the 4K hardware hash. The CSV is the Intune import format
 * (device-model.md §11; seed 001:12175): the header `Device Serial Number,Windows Product ID,Hardware Hash`,
 * plus `Group Tag` and `Assigned User` columns when given, no quotes, CRLF, ANSI (plain ASCII here).
 */
export interface AutopilotInfoOptions {
  groupTag?: string;
  assignedUser?: string;
}

export const AUTOPILOT_CSV_HEADER = 'Device Serial Number,Windows Product ID,Hardware Hash';

export function autopilotInfoRow(state: DeviceState, options: AutopilotInfoOptions = {}): [string, string][] {
  const row: [string, string][] = [
    ['Device Serial Number', state.identity.serialNumber],
    ['Windows Product ID', ''],
    ['Hardware Hash', state.identity.hardwareHash],
  ];
  if (options.groupTag !== undefined) row.push(['Group Tag', options.groupTag]);
  if (options.assignedUser !== undefined) row.push(['Assigned User', options.assignedUser]);
  return row;
}

export function autopilotCsv(state: DeviceState, options: AutopilotInfoOptions = {}): string {
  const row = autopilotInfoRow(state, options);
  return `${row.map(([k]) => k).join(',')}\r\n${row.map(([, v]) => v.replace(/[",]/g, '')).join(',')}\r\n`;
}
