import { OOBE_SESSION, type ShellRunResult, type ShellSession } from '../../../shared/shell';
import { timeline, type Ctx } from '../context';
import { expandEnvironment } from '../os/file-system';
import { CMD_COMMANDS, commandKey } from './command-registry';
import { CRLF, fail, type CommandOutput, type ShellEnv } from './command-result';
import { runPowerShellLine } from './powershell/powershell';
import { formatListStage } from './powershell/item-cmdlets';
import { listView, tableView } from './powershell/ps-format';
import { tokenize } from './tokenize';

/** Where Shift+F10's command prompt opens during OOBE. */
export const OOBE_PROMPT_CWD = OOBE_SESSION.cwd;

const notRecognized = (program: string) =>
  fail(
    `'${program}' is not recognized as an internal or external command,${CRLF}operable program or batch file.${CRLF}`,
    9009,
  );

/** One program with its arguments, looked up in the one registry of commands. */
function runProgram(env: ShellEnv, line: string): CommandOutput {
  const [program, ...args] = tokenize(line.trim());
  if (!program) return { stdout: '', stderr: '', exitCode: 0 };
  const lower = program.toLowerCase();
  if (lower === 'cls') return { stdout: '', stderr: '', exitCode: 0, clear: true };
  if (lower === 'exit') return { stdout: '', stderr: '', exitCode: 0, exit: true };
  if (/^cd[\\.]/.test(lower)) return CMD_COMMANDS['cd']!(env, [program.slice(2), ...args]);
  if (commandKey(program) === 'powershell') {
    const rest = args.filter((a, i) => !(i === 0 && /^-(command|c|noprofile|executionpolicy)$/i.test(a)));
    if (rest.length === 0) {
      env.session.mode = 'powershell';
      return {
        stdout: `Windows PowerShell${CRLF}Copyright (C) Microsoft Corporation. All rights reserved.${CRLF}${CRLF}Install the latest PowerShell for new features and improvements! https://aka.ms/PSWindows${CRLF}${CRLF}`,
        stderr: '',
        exitCode: 0,
      };
    }
    const inner: ShellEnv = { ctx: env.ctx, session: { ...env.session, mode: 'powershell' } };
    return runPowerShellLine(inner, rest.join(' '), (l) => runProgram(inner, l));
  }
  const command = CMD_COMMANDS[commandKey(program)];
  return command ? command(env, args) : notRecognized(program);
}

/** `… | findstr [/i] [/c:"text"] words`: keeps the lines holding any word (or the literal /c: text). */
function findstr(output: CommandOutput, args: string[]): CommandOutput {
  const ignoreCase = args.some((a) => a.toLowerCase() === '/i');
  const literal = args.find((a) => a.toLowerCase().startsWith('/c:'))?.slice(3);
  const words = literal !== undefined ? [literal] : args.filter((a) => !a.startsWith('/'));
  if (words.length === 0) return fail(`FINDSTR: Bad command line${CRLF}`, 2);
  const norm = (s: string) => (ignoreCase ? s.toLowerCase() : s);
  const kept = output.stdout
    .split(CRLF)
    .filter((l, i, all) => (i < all.length - 1 || l !== '') && words.some((w) => norm(l).includes(norm(w))));
  return { ...output, stdout: kept.map((l) => `${l}${CRLF}`).join(''), exitCode: kept.length > 0 ? 0 : 1 };
}

/** Select-Object -First n / -Last n and Format-List (a no-op on text already in list form). */
function psFilter(output: CommandOutput, stage: string): CommandOutput {
  const [name, ...args] = tokenize(stage);
  const lower = name?.toLowerCase() ?? '';
  if (lower === 'findstr' || lower === 'findstr.exe' || lower === 'select-string')
    return findstr(output, lower === 'select-string' ? ['/i', ...args.filter((a) => !a.startsWith('-'))] : args);
  if (lower === 'format-list' || lower === 'fl') return formatListStage(output, args);
  if ((lower === 'select-object' || lower === 'select') && output.objects) return selectObjects(output, args);
  if (lower === 'select-object' || lower === 'select') {
    const first = args.findIndex((a) => /^-first$/i.test(a));
    if (first >= 0) {
      const n = Number(args[first + 1]) || 1;
      const rows = output.stdout.split(CRLF).filter((l) => l !== '');
      return {
        ...output,
        stdout: rows
          .slice(0, n)
          .map((l) => `${l}${CRLF}`)
          .join(''),
      };
    }
    return output;
  }
  return output;
}

/**
 * `| Select-Object [-Property] a,b [-First n] [-Last n]` over a cmdlet's objects: PowerShell lays out
 * up to four properties as a table and more as a list.
 */
function selectObjects(output: CommandOutput, args: string[]): CommandOutput {
  let objects = output.objects ?? [];
  const count = (flag: RegExp) => {
    const i = args.findIndex((a) => flag.test(a));
    return i < 0 ? undefined : Number(args[i + 1]) || 0;
  };
  const first = count(/^-first$/i);
  const last = count(/^-last$/i);
  if (first !== undefined) objects = objects.slice(0, first);
  if (last !== undefined) objects = objects.slice(Math.max(0, objects.length - last));
  const names = args
    .filter((a, i) => !a.startsWith('-') && !/^-(first|last)$/i.test(args[i - 1] ?? ''))
    .flatMap((a) => a.split(',').filter(Boolean));
  if (names.length === 0) return { ...output, objects, stdout: listView(objects.map((o) => o.display)) };
  const all = names.includes('*');
  const picked = objects.map((o) =>
    all
      ? o.all
      : names.map((n): [string, string] => {
          const hit = o.all.find(([k]) => k.toLowerCase() === n.toLowerCase());
          return [hit?.[0] ?? n, hit?.[1] ?? ''];
        }),
  );
  const result = picked.map((p) => ({ display: p, all: p }));
  const stdout =
    !all && names.length <= 4
      ? tableView(
          (picked[0] ?? []).map(([k]) => ({ header: k })),
          picked.map((p) => p.map(([, v]) => v)),
        )
      : listView(picked);
  return { ...output, objects: result, stdout };
}

/**
 * One command line in a console window of the device (Shift+F10): cmd.exe, or PowerShell when
 * the session says so. The session (folder, shell, variables) comes back with the answer, so each
 * window keeps its own; `oobe-sim exec` starts from OOBE's session every time.
 */
export function runCommandLine(ctx: Ctx, line: string, session: ShellSession = OOBE_SESSION): ShellRunResult {
  const env: ShellEnv = { ctx, session: { ...session, ...(session.vars ? { vars: { ...session.vars } } : {}) } };
  const trimmed = line.trim();
  if (trimmed === '') return { stdout: '', stderr: '', exitCode: 0, session: env.session };
  timeline(ctx, 'input', `Command: ${trimmed}`);
  const [first, ...pipes] = trimmed.split('|').map((p) => p.trim());
  let output: CommandOutput;
  if (env.session.mode === 'powershell') {
    output = runPowerShellLine(env, first!, (l) => runProgram(env, l));
    for (const stage of pipes) output = psFilter(output, stage);
  } else {
    output = runProgram(env, expandEnvironment(ctx.state.fs, first!));
    for (const stage of pipes) {
      const [program, ...args] = tokenize(stage);
      output = commandKey(program ?? '') === 'findstr' ? findstr(output, args) : notRecognized(program ?? '');
    }
  }
  const result: ShellRunResult = {
    stdout: output.stdout,
    stderr: output.stderr,
    exitCode: output.exitCode,
    session: env.session,
  };
  if (output.clear) result.clear = true;
  if (output.exit) result.exit = true;
  if (output.open) result.open = output.open;
  return result;
}
