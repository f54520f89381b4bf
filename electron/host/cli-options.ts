import { parseArgs } from 'node:util';

/** `--help` text. */
export const USAGE = `Usage: npm run web -- [--port N] [--device FILE] [--pack DIR|ZIP]

Serves the OOBE Simulator on http://127.0.0.1:<port>/ (loopback only).

Options:
  -p, --port N   TCP port to listen on (default 0: any free port)
  --device FILE  Serve the device saved in FILE (a new one when FILE does not exist yet) and
                 autosave it there (at screen changes, every 30 s, on exit; previous save kept as FILE.bak)
  --pack PATH    Open an exercise pack (a folder or .zip of *.json / *.oobe-scenario exercises): the
                 exercise list and the trainer's class panel show its exercises
  --reports DIR  Write every ended exercise attempt's report to DIR as it ends (.html, opens in any
                 browser with no server, and .json): the class's reports, collected
  --no-build     Serve the existing dist/renderer without rebuilding it first
  -h, --help     Show this help`;

export interface HostOptions {
  port: number;
  help: boolean;
  /** --device: the saved device to serve and autosave to, or null. */
  device: string | null;
  /** --pack: the exercise pack (folder or zip) to open, or null. */
  pack: string | null;
  /** --reports: the folder every ended attempt's report is written to, or null. */
  reports: string | null;
}

/** Parses argv; throws an Error whose message is the one line to print. */
export function parseOptions(argv: string[]): HostOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', short: 'p' },
      help: { type: 'boolean', short: 'h' },
      device: { type: 'string' },
      pack: { type: 'string' },
      reports: { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  const portText = values.port ?? '0';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65_535) {
    throw new Error(`--port must be a whole number from 0 to 65535 (got "${portText}")`);
  }
  if (values.device === '') throw new Error('--device needs a file name');
  if (values.reports === '') throw new Error('--reports needs a folder');
  if (values.pack === '') throw new Error('--pack needs a folder or .zip');
  return {
    port,
    help: values.help ?? false,
    device: values.device ?? null,
    pack: values.pack ?? null,
    reports: values.reports ?? null,
  };
}
