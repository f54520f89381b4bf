import { restart, shutDown } from '../../power';
import { timeline } from '../../context';
import { expandEnvironment, setEnvironmentVariable } from '../../os/file-system';
import { CRLF, fail, lines, ok, type ShellCommand } from '../command-result';
import { environmentOf } from '../environment';

/** `hostname`: the computer name as it is now (after a rename, the new one). */
export const hostnameCommand: ShellCommand = ({ ctx }) => ok(lines(ctx.state.computerName));

/**
 * `whoami`: OOBE's Shift+F10 console runs in OOBE's SYSTEM context (the same choice as the
 * file system's %TEMP%; docs/FIDELITY.md).
 */
export const whoamiCommand: ShellCommand = () => ok(lines('nt authority\\system'));

/** `echo [text]`; `echo` alone reports the echo state. %VARIABLES% were expanded by cmd already. */
export const echoCommand: ShellCommand = (_env, args) => ok(lines(args.length === 0 ? 'ECHO is on.' : args.join(' ')));

/** `set`, `set PREFIX`, `set NAME=value` on the session's environment. */
export const setCommand: ShellCommand = ({ ctx }, args) => {
  const text = args.join(' ');
  const env = environmentOf(ctx.state);
  const names = Object.keys(env).sort((a, b) => a.toUpperCase().localeCompare(b.toUpperCase()));
  if (text === '') return ok(names.map((n) => `${n}=${env[n]}${CRLF}`).join(''));
  const eq = text.indexOf('=');
  if (eq > 0) {
    const name = text.slice(0, eq);
    setEnvironmentVariable(ctx.state.fs, name, text.slice(eq + 1) === '' ? null : text.slice(eq + 1));
    return ok('');
  }
  const matching = names.filter((n) => n.toUpperCase().startsWith(text.toUpperCase()));
  if (matching.length === 0) return fail(lines(`Environment variable ${text} not defined`));
  return ok(matching.map((n) => `${n}=${env[n]}${CRLF}`).join(''));
};

/** The commands `help` lists: the ones the device's console knows, with cmd's own one-line texts. */
const HELP_ROWS: [string, string][] = [
  ['CD', 'Displays the name of or changes the current directory.'],
  ['CLS', 'Clears the screen.'],
  ['DIR', 'Displays a list of files and subdirectories in a directory.'],
  ['ECHO', 'Displays messages, or turns command echoing on or off.'],
  ['EXIT', 'Quits the CMD.EXE program (command interpreter).'],
  ['HELP', 'Provides Help information for Windows commands.'],
  ['SET', 'Displays, sets, or removes Windows environment variables.'],
  ['SHUTDOWN', 'Allows proper local or remote shutdown of machine.'],
  ['SYSTEMINFO', 'Displays machine specific properties and configuration.'],
  ['TYPE', 'Displays the contents of a text file.'],
  ['WMIC', 'Displays WMI information inside interactive command shell.'],
];

export const helpCommand: ShellCommand = () =>
  ok(
    lines(
      'For more information on a specific command, type HELP command-name',
      ...HELP_ROWS.map(([n, t]) => `${n.padEnd(15)}${t}`),
      '',
      'For more information on tools see the command-line reference in the online help.',
    ),
  );

const SHUTDOWN_USAGE = lines(
  'Usage: shutdown [/i | /l | /s | /sg | /r | /g | /a | /p | /h | /e | /o] [/hybrid] [/soft] [/fw] [/f]',
  '    [/m \\\\computer][/t xxx][/d [p|u:]xx:yy [/c "comment"]]',
  '',
  '    No args    Display help. This is the same as typing /?.',
  '    /?         Display help. This is the same as not typing any options.',
  '    /s         Shutdown the computer.',
  '    /r         Full shutdown and restart the computer.',
  '    /t xxx     Set the time-out period before shutdown to xxx seconds.',
);

/** `shutdown.exe /r /t 0` restarts (the profile is downloaded again); `/s /t 0` switches off (device-model.md §11). */
export const shutdownCommand: ShellCommand = ({ ctx }, args) => {
  const flags = args.map((a) => a.toLowerCase().replace(/^-/, '/'));
  const action = flags.find((f) => f === '/r' || f === '/s');
  if (!action) return { stdout: SHUTDOWN_USAGE, stderr: '', exitCode: flags.length === 0 ? 0 : 87 };
  timeline(ctx, 'power', `shutdown.exe ${action}`);
  if (action === '/r') restart(ctx);
  else shutDown(ctx);
  return { stdout: '', stderr: '', exitCode: 0, exit: true };
};

/** Expands %VARIABLES% in a line against the device's environment (cmd does this before running it). */
export function expandLine(fsEnv: Parameters<typeof expandEnvironment>[0], line: string): string {
  return expandEnvironment(fsEnv, line);
}
