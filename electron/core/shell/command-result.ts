/** What a command prints and returns, as the device's console shows it (CRLF line ends). */
export interface CommandOutput {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export const CRLF = '\r\n';

export function ok(stdout: string): CommandOutput {
  return { stdout, stderr: '', exitCode: 0 };
}

export function fail(stderr: string, exitCode = 1): CommandOutput {
  return { stdout: '', stderr, exitCode };
}
