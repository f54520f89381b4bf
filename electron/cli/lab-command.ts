import { parseArgs } from 'node:util';
import { runLab } from '../core/lab/lab';
import { CliError } from './cli-error';
import { loadOrFail } from './commands';
import { formatVirtualTime } from './format-timeline';
import type { Io } from './io';

/** Devices one lab may run: enough for "does my tenant design survive 100 devices", bounded. */
const MAX_DEVICES = 10_000;

function count(name: string, text: string | undefined, fallback: number, min: number, max: number): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < min || n > max)
    throw new CliError(`--${name} is a whole number from ${min} to ${max} (got "${text}")`);
  return n;
}

/**
 * `oobe-sim lab <id|file> --devices N [--seed-base S] [--json]`: the scenario on N headless
 * devices with seeds S..S+N-1 on one fresh tenant of the scenario, a line per device, what the
 * tenant holds at the end and a summary (exit 1 when any did not succeed).
 */
export function labCommand(io: Io, args: string[]): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      devices: { type: 'string' },
      'seed-base': { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  if (positionals.length > 1) throw new CliError(`lab takes one scenario (got ${positionals.length})`);
  if (values.devices === undefined) throw new CliError('lab needs --devices N (how many devices to run)');
  const devices = count('devices', values.devices, 1, 1, MAX_DEVICES);
  const seedBase = count('seed-base', values['seed-base'], 1, 0, 2 ** 32 - 1 - devices);
  const scenario = loadOrFail(io, positionals[0], 'lab');
  const lab = runLab(scenario, { devices, seedBase });
  if (values.json) io.out(`${JSON.stringify(lab)}\n`);
  else {
    const lines = lab.devices.map(
      (d) =>
        `seed ${String(d.seed).padStart(10)}  ${d.outcome.padEnd(10)}  ${(d.errorCode ?? '-').padEnd(12)}  ${d.finalScreen.padEnd(24)}  ${formatVirtualTime(d.endMs)}`,
    );
    const { counts, minMs, medianMs, maxMs } = lab.summary;
    const { autopilotRecords, entraDeviceObjects, intuneDevices } = lab.tenant;
    lines.push(
      '',
      `one tenant for all: ${autopilotRecords} Autopilot records, ${entraDeviceObjects} Entra device objects, ${intuneDevices} Intune devices`,
      `${devices} devices of ${scenario.id}: ${counts.success} success, ${counts.failure} failure, ${counts.incomplete} incomplete`,
      `virtual time: min ${formatVirtualTime(minMs)}, median ${formatVirtualTime(medianMs)}, max ${formatVirtualTime(maxMs)}`,
    );
    io.out(`${lines.join('\n')}\n`);
  }
  return lab.summary.counts.success === devices ? 0 : 1;
}
