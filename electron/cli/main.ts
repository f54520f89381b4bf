import { parseArgs } from 'node:util';
import { CliError } from './cli-error';
import type { Io } from './io';
import { listCommand } from './list-command';
import { USAGE } from './usage';

const stdio: Io = {
  out: (text) => void (guardClosedPipes(), process.stdout.write(text)),
  err: (text) => void (guardClosedPipes(), process.stderr.write(text)),
};

let pipesGuarded = false;
/**
 * `oobe-sim list | head` closes the pipe after a few lines: every later write fails with EPIPE, which
 * Node throws as an unhandled 'error' event. A reader that has gone away wants no more output, so the
 * CLI ends quietly, as Unix tools do. Other stream errors still surface.
 */
function guardClosedPipes(): void {
  if (pipesGuarded) return;
  pipesGuarded = true;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
}

/** Commands that run scenarios load the core and every zod schema: only when one is asked for. */
const heavy = () => import('./commands');

/** Splits `exec … -- <command line>` before option parsing sees the device's own flags (like /v). */
function splitAtDoubleDash(argv: string[]): [string[], string[]] {
  const i = argv.indexOf('--');
  return i < 0 ? [argv, []] : [argv.slice(0, i), argv.slice(i + 1)];
}

/** The CLI: returns the exit code. User mistakes are one line on stderr, never a stack trace. */
export async function main(argv: string[], io: Io = stdio): Promise<number> {
  const [own, commandLine] = splitAtDoubleDash(argv);
  try {
    // `record` has flags of its own (--out, --format, --size, --browser): it parses them itself.
    // Loaded on demand like `heavy`: it brings the web host and the core, which --help never needs.
    if (own[0] === 'record') return await (await import('./record-command')).recordCommand(io, own.slice(1));
    // `lab` too (--devices, --seed-base): the scenario on many headless devices.
    if (own[0] === 'lab') return (await import('./lab-command')).labCommand(io, own.slice(1));
    const { values, positionals } = parseArgs({
      args: own,
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean', default: false },
        until: { type: 'string' },
        seed: { type: 'string' },
        'archive-out': { type: 'string' },
        pack: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', default: false },
      },
    });
    const [command, ...rest] = positionals;
    if (values.help || command === 'help') return (io.out(USAGE), 0);
    if (values.version) return (io.out('oobe-sim 0.1.0\n'), 0);
    const flags = { json: values.json ?? false, until: values.until, seed: values.seed };
    const noRunFlags = (name: string) => {
      if (values.until !== undefined || values.seed !== undefined)
        throw new CliError(`${name} takes no --until or --seed`);
    };
    if (values['archive-out'] !== undefined && command !== 'exec')
      throw new CliError(`--archive-out belongs to exec (oobe-sim exec <id|file> --archive-out DIR -- <command line>)`);
    if (values.pack !== undefined && command !== 'exercises')
      throw new CliError('--pack belongs to exercises (oobe-sim exercises --pack DIR|ZIP)');
    switch (command) {
      case 'exercises':
        noRunFlags('exercises');
        if (rest.length > 0) throw new CliError(`exercises takes no arguments (got "${rest[0]}")`);
        return (await import('./exercises-command')).exercisesCommand(io, { pack: values.pack, json: flags.json });
      case 'list':
        noRunFlags('list');
        if (rest.length > 0) throw new CliError(`list takes no arguments (got "${rest[0]}")`);
        return await listCommand(io, flags.json);
      case 'validate':
        noRunFlags('validate');
        return (await heavy()).validateCommand(io, rest);
      case 'run':
        if (rest.length > 1) throw new CliError(`run takes one scenario (got ${rest.length})`);
        return (await heavy()).runCommand(io, rest[0], flags);
      case 'exec':
        if (rest.length > 1)
          throw new CliError(`exec takes one scenario (got ${rest.length}); put the device's command after "--"`);
        return (await heavy()).execCommand(io, rest[0], { ...flags, archiveOut: values['archive-out'] }, commandLine);
      case undefined:
        throw new CliError('no command given (try "oobe-sim --help")');
      default:
        throw new CliError(`unknown command "${command}" (try "oobe-sim --help")`);
    }
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`oobe-sim: ${error.message}\n`);
      return error.exitCode;
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      io.err(`oobe-sim: ${error.message} (try "oobe-sim --help")\n`);
      return 2;
    }
    throw error;
  }
}
