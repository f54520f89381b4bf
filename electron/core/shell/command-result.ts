import type { ShellSession, ShellWindow } from '../../../shared/shell';
import type { Ctx } from '../context';

/** What a command prints and returns, as the device's console shows it (CRLF line ends). */
export interface CommandOutput {
  stdout: string;
  stderr: string;
  exitCode: number;
  /** A window the command opens (notepad, eventvwr). */
  open?: ShellWindow;
  /** The console clears its screen (cls). */
  clear?: boolean;
  /** The console window closes (exit; shutdown takes the window with it). */
  exit?: boolean;
  /**
   * PowerShell only: the objects behind the text, so `| Format-List` and `| Select-Object` can lay
   * them out again. `display` is what Format-List shows by default, `all` what `Format-List *` shows.
   */
  objects?: { display: [string, string][]; all: [string, string][] }[];
}

/** What every command gets: the device and the console's own session (cwd, shell), which it may change. */
export interface ShellEnv {
  ctx: Ctx;
  session: ShellSession;
}

/** One program of the device's shell: its arguments as cmd.exe split them. */
export type ShellCommand = (env: ShellEnv, args: string[]) => CommandOutput;

export const CRLF = '\r\n';

export function ok(stdout: string): CommandOutput {
  return { stdout, stderr: '', exitCode: 0 };
}

export function fail(stderr: string, exitCode = 1): CommandOutput {
  return { stdout: '', stderr, exitCode };
}

/** Joins lines with CRLF and ends the text with one. */
export function lines(...rows: string[]): string {
  return rows.map((r) => `${r}${CRLF}`).join('');
}
