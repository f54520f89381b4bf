import { parseArgs } from 'node:util';

/** `--help` text. */
export const USAGE = `Usage: npm run web -- [--port N]

Serves the OOBE Simulator on http://127.0.0.1:<port>/ (loopback only).

Options:
  -p, --port N   TCP port to listen on (default 0: any free port)
  --no-build     Serve the existing dist/renderer without rebuilding it first
  -h, --help     Show this help`;

export interface HostOptions {
  port: number;
  help: boolean;
}

/** Parses argv; throws an Error whose message is the one line to print. */
export function parseOptions(argv: string[]): HostOptions {
  const { values } = parseArgs({
    args: argv,
    options: { port: { type: 'string', short: 'p' }, help: { type: 'boolean', short: 'h' } },
    strict: true,
    allowPositionals: false,
  });
  const portText = values.port ?? '0';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65_535) {
    throw new Error(`--port must be a whole number from 0 to 65535 (got "${portText}")`);
  }
  return { port, help: values.help ?? false };
}
