import { isScreenId, SCREEN_IDS, type ScreenId } from '../../shared/screen-ids';
import { runScenario } from '../core/scenario/runner';
import { loadScenarioRef } from '../scenarios/library';
import { loadScenarioFile } from '../scenarios/load-scenario';
import type { Scenario } from '../../shared/scenario/scenario';
import { existingDeviceChecks } from '../../shared/scenario/existing-device';
import { selfDeployingChecks } from '../../shared/scenario/self-deploying-checks';
import { formatJsonPath } from '../../shared/scenario/validate';
import { CliError } from './cli-error';
import { formatTimeline, formatVirtualTime } from './format-timeline';
import type { RunResult } from '../core/scenario/run-result';
import { deviceArchives } from '../core/shell/archive/device-archives';
import { copyArchives, prepareArchiveDir } from './archive-out';

export type { Io } from './io';
import type { Io } from './io';

export { formatProblems } from './format-problems';
import { formatProblems } from './format-problems';

/** `oobe-sim list` lives in its own module so it loads no zod schema; re-exported for old importers. */
export { listCommand } from './list-command';

export function validateCommand(io: Io, files: string[]): number {
  if (files.length === 0) throw new CliError('validate needs at least one scenario file (oobe-sim validate <file…>)');
  let invalid = 0;
  for (const file of files) {
    const loaded = loadScenarioFile(file);
    if (loaded.ok) {
      io.out(`${file}: valid (${loaded.scenario.id})\n`);
      // Deliberate, documented departures (e.g. an Autopilot JSON Windows ignores): valid, but said out loud.
      for (const note of existingDeviceChecks(loaded.scenario).notes) {
        io.out(
          `${file}: note: ${formatJsonPath(note.path)}: ${note.message} (expected: expectIgnoredByWindows is true)\n`,
        );
      }
      for (const note of selfDeployingChecks(loaded.scenario).notes)
        io.out(`${file}: note: ${formatJsonPath(note.path)}: ${note.message}\n`);
    } else {
      invalid += 1;
      io.err(formatProblems(loaded.problems));
    }
  }
  if (invalid > 0) io.err(`${invalid} of ${files.length} file(s) invalid\n`);
  return invalid > 0 ? 1 : 0;
}

export interface RunFlags {
  json: boolean;
  until?: string;
  seed?: string;
}

function parseRunFlags(flags: RunFlags): { until?: ScreenId; seed?: number } {
  const out: { until?: ScreenId; seed?: number } = {};
  if (flags.until !== undefined) {
    if (!isScreenId(flags.until))
      throw new CliError(`--until: unknown screen id "${flags.until}" (known: ${SCREEN_IDS.join(', ')})`);
    out.until = flags.until;
  }
  if (flags.seed !== undefined) {
    const seed = Number(flags.seed);
    if (!/^\d+$/.test(flags.seed) || seed > 2 ** 32 - 1)
      throw new CliError(`--seed: "${flags.seed}" is not a whole number from 0 to 4294967295`);
    out.seed = seed;
  }
  return out;
}

export function loadOrFail(io: Io, ref: string | undefined, usage: string): Scenario {
  if (!ref) throw new CliError(`${usage} needs a scenario id or file`);
  const loaded = loadScenarioRef(ref);
  if (!loaded.ok) {
    const [only, ...more] = loaded.problems;
    // A single problem (a missing file, say) is the whole story: one line, as for any user mistake.
    if (only && more.length === 0)
      throw new CliError(`${only.file}: ${only.path === '(file)' ? '' : `${only.path}: `}${only.message}`);
    io.err(formatProblems(loaded.problems));
    throw new CliError(`"${ref}" is not a valid scenario (problems above)`);
  }
  return loaded.scenario;
}

export function runCommand(io: Io, ref: string | undefined, flags: RunFlags): number {
  const options = parseRunFlags(flags);
  const scenario = loadOrFail(io, ref, 'run');
  const { result } = runScenario(scenario, options);
  io.out(flags.json ? `${JSON.stringify(result)}\n` : formatTimeline(result, scenario.title));
  // `expect` is an assertion: a CI job running the scenario must go red when the device ends elsewhere.
  // With --until the run stops early on purpose, so its end is not the scenario's to judge.
  const missed = options.until === undefined ? missedExpectations(scenario, result) : [];
  for (const line of missed) io.err(`oobe-sim: expectation missed: ${line}\n`);
  return missed.length > 0 ? 1 : 0;
}

/** Each `expect` the run did not meet, with what happened instead (empty when all are met). */
export function missedExpectations(scenario: Scenario, result: RunResult): string[] {
  const { finalScreen, failure } = scenario.expect;
  if (result.finalScreen === finalScreen) return [];
  const why = result.scriptProblems[0]
    ? ` (script step ${result.scriptProblems[0].step + 1}: ${result.scriptProblems[0].message})`
    : result.errors.at(-1)
      ? ` (the screen showed ${result.errors.at(-1)?.code ? `${result.errors.at(-1)?.code}: ` : ''}${result.errors.at(-1)?.message})`
      : '';
  return [
    `expect.finalScreen is "${finalScreen}"${failure ? ' (a failed deployment)' : ''}, but the device ended on "${result.finalScreen}" after ${formatVirtualTime(result.virtualDurationMs)} of virtual time${why}`,
  ];
}

export interface ExecFlags extends RunFlags {
  /** `--archive-out DIR`: copy the device's .cab/.zip archives to this host folder afterwards. */
  archiveOut?: string;
}

export function execCommand(io: Io, ref: string | undefined, flags: ExecFlags, commandLine: string[]): number {
  const options = parseRunFlags(flags);
  if (commandLine.length === 0)
    throw new CliError('exec needs a command after "--" (oobe-sim exec <id|file> -- reg query HKLM\\SOFTWARE)');
  const archiveDir = flags.archiveOut === undefined ? null : prepareArchiveDir(flags.archiveOut);
  const scenario = loadOrFail(io, ref, 'exec');
  const { device } = runScenario(scenario, options);
  if (device.state.power !== 'on')
    throw new CliError(`the device is switched off at the end of "${scenario.id}"; use --until to stop earlier`, 1);
  const output = device.execute('shell.run', { line: commandLine.map(quoteIfNeeded).join(' ') });
  io.out(output.stdout);
  io.err(output.stderr);
  // Archives from the run (a page's Collect logs) and from this command both count: all are on the disk.
  if (archiveDir !== null) copyArchives(io, archiveDir, deviceArchives(device.state.fs));
  return output.exitCode === 0 ? 0 : 1;
}

/** Arguments arrive split by the host shell; put quotes back where cmd.exe would need them. */
function quoteIfNeeded(arg: string): string {
  return /\s/.test(arg) ? `"${arg}"` : arg;
}
