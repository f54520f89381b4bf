import type { DeviceState } from '../state';

/**
 * Times as the device's console prints them: the device's own clock (scenario start + virtual
 * time + drift), in the en-US formats cmd.exe and PowerShell use. The simulator's devices run in
 * UTC (the scenario's time zone only matters to device preparation), so no offset is applied.
 */

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The device clock at virtual time `atMs` (default: now), as a Date read in UTC. */
export function deviceDate(state: DeviceState, atMs = state.clock.now): Date {
  return new Date(Date.parse(state.setup.device.startTime) + atMs + state.clockDriftMs);
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function hour12(d: Date): { h: number; ampm: 'AM' | 'PM' } {
  const h = d.getUTCHours();
  return { h: h % 12 === 0 ? 12 : h % 12, ampm: h < 12 ? 'AM' : 'PM' };
}

/** `12/5/2026 8:40:12 PM` (PowerShell's DateTime, systeminfo). */
export function usDateTime(d: Date): string {
  const { h, ampm } = hour12(d);
  return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()} ${h}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${ampm}`;
}

/** `12/05/2026  08:40 PM` (dir's columns). */
export function dirDateTime(d: Date): string {
  const { h, ampm } = hour12(d);
  return `${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/${d.getUTCFullYear()}  ${pad(h)}:${pad(d.getUTCMinutes())} ${ampm}`;
}

/** `Tuesday, May 10, 2022 10:36:52 AM` (ipconfig's lease times). */
export function longDateTime(d: Date): string {
  const { h, ampm } = hour12(d);
  return `${DAYS[d.getUTCDay()]}, ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()} ${h}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${ampm}`;
}

/** `2019-01-24 19:15:33.000 UTC` (dsregcmd). */
export function dsregTime(d: Date): string {
  return `${d.toISOString().slice(0, 10)} ${d.toISOString().slice(11, 23)} UTC`;
}

/** `Wednesday, December 18, 2019` (tpmtool's errata date). */
export function longDate(d: Date): string {
  return `${DAYS[d.getUTCDay()]}, ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
}
