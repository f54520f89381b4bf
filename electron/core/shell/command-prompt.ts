import { timeline, type Ctx } from '../context';
import { CRLF, fail, type CommandOutput } from './command-result';
import { regCommand } from './reg-command';
import { tokenize } from './tokenize';
import { w32tmCommand } from './w32tm-command';

/** Where Shift+F10's command prompt opens during OOBE. */
export const OOBE_PROMPT_CWD = 'C:\\Windows\\system32';

/**
 * One command line in the device's command prompt (Shift+F10). The programs it knows grow with
 * the diagnostics work; anything else gets cmd.exe's own answer.
 */
export function runCommandLine(ctx: Ctx, line: string, cwd = OOBE_PROMPT_CWD): CommandOutput {
  const [program, ...args] = tokenize(line.trim());
  if (!program) return { stdout: '', stderr: '', exitCode: 0 };
  timeline(ctx, 'input', `Command: ${line.trim()}`);
  switch (program.toLowerCase().replace(/\.exe$/, '')) {
    case 'reg':
      return regCommand(ctx, args, cwd);
    case 'w32tm':
      return w32tmCommand(ctx, args);
    default:
      return fail(
        `'${program}' is not recognized as an internal or external command,${CRLF}operable program or batch file.${CRLF}`,
        9009,
      );
  }
}
