import { z } from 'zod';

/**
 * A console window's own state, which the device's shell reads and hands back with every line:
 * the current directory and whether the window runs cmd.exe or PowerShell. Each open window keeps
 * its own, so several windows can sit in different folders and shells at once.
 */
export const shellSessionSchema = z
  .object({
    cwd: z.string().min(2).max(260),
    mode: z.enum(['cmd', 'powershell']),
    /** PowerShell variables set in this window (`$key = '…'`). */
    vars: z.record(z.string().max(64), z.string().max(4096)).optional(),
  })
  .strict();
export type ShellSession = z.infer<typeof shellSessionSchema>;

/** Where Shift+F10's prompt opens during OOBE. */
export const OOBE_SESSION: ShellSession = { cwd: 'C:\\Windows\\system32', mode: 'cmd' };

/** The prompt a session prints before each line, as cmd.exe and PowerShell print it. */
export function promptText(session: ShellSession): string {
  return session.mode === 'powershell' ? `PS ${session.cwd}> ` : `${session.cwd}>`;
}

/** A window a command opens next to the console (notepad's read-only viewer, the event viewer). */
export type ShellWindow = { kind: 'notepad'; path: string; content: string } | { kind: 'eventvwr' };

/** What `shell.run` answers: the text, the exit code, the session after the line, what to open. */
export interface ShellRunResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  session: ShellSession;
  /** `cls` / `Clear-Host`: the window clears its screen. */
  clear?: boolean;
  /** `exit` in cmd.exe: the window closes (in PowerShell it returns to cmd.exe). */
  exit?: boolean;
  open?: ShellWindow;
}
