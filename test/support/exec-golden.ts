/** What a shell command printed, as the exec goldens store it: the line, its exit code, stdout, stderr. */
export function showExec(line: string, out: { stdout: string; stderr: string; exitCode: number }): string {
  return `> ${line}\n[exit ${out.exitCode}]\n--- stdout\n${out.stdout}--- stderr\n${out.stderr}`;
}

/**
 * A golden's file name from a command line: `<prefix>-`, then the line in lower case with runs of
 * anything else as one `-`, cut at `max` characters (the names the goldens already have).
 */
export function goldenFileName(prefix: string, line: string, max = 80): string {
  const slug = line
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, max);
  return `${prefix}-${slug}.txt`;
}
