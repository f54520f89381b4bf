/**
 * `npm run web`: serves the simulator to a browser on http://127.0.0.1:<port>/.
 * Run through scripts/web.mjs, which builds the renderer first.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { startAutosave, type Autosave } from '../files/autosave';
import { openDeviceFile, openProblemMessage, saveDeviceFile } from '../files/device-file';
import { fileURLToPath } from 'node:url';
import type { ScenarioLibrary } from '../runtime/scenario-library';
import { loadExercisePack, packScenarioLibrary } from '../scenarios/exercise-pack';
import { collectReportsTo } from './report-folder';
import { parseOptions, USAGE, type HostOptions } from './cli-options';
import { startWebHost, type WebHost } from './web-host';

const STATIC_DIR = fileURLToPath(new URL('../../dist/renderer', import.meta.url));

async function main(): Promise<void> {
  let options: HostOptions;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`oobe-sim web: ${firstLine(error)} (see --help)`);
    process.exit(2);
  }
  if (options.help) {
    console.log(USAGE);
    return;
  }

  let scenarios: ScenarioLibrary | undefined;
  if (options.pack !== null) {
    const opened = loadExercisePack(options.pack);
    if (!opened.ok) {
      console.error(
        `oobe-sim web: the exercise pack ${options.pack} will not open:\n${opened.problems.map((p) => `${p.file}: ${p.path}: ${p.message}`).join('\n')}`,
      );
      process.exit(2);
    }
    scenarios = packScenarioLibrary(opened.pack);
    console.log(`Exercise pack "${opened.pack.name}": ${opened.pack.scenarios.length} exercises`);
  }

  let reportsDir: string | null = null;
  const reportError = (error: unknown) => console.error(`oobe-sim web: --reports: ${firstLine(error)}`);
  let host: WebHost;
  try {
    host = await startWebHost({
      port: options.port,
      staticDir: STATIC_DIR,
      autoRun: true,
      scenarios,
      // Each trainee device's reports go to the same --reports folder, named after the device.
      onHandedOut: (id, session) => {
        if (reportsDir !== null) collectReportsTo(session, reportsDir, reportError, `${id}-`);
      },
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'EADDRINUSE'
        ? `port ${options.port} is already in use; pick another with --port`
        : code === 'EACCES'
          ? `not allowed to listen on port ${options.port}; pick another with --port`
          : firstLine(error);
    console.error(`oobe-sim web: ${reason}`);
    process.exit(1);
  }

  if (options.reports !== null) {
    const dir = resolve(options.reports);
    try {
      collectReportsTo(host.session, dir, reportError);
      reportsDir = dir;
    } catch (error) {
      console.error(`oobe-sim web: --reports ${options.reports}: ${firstLine(error)}`);
      await host.close();
      process.exit(1);
    }
    console.log(`Exercise reports go to ${dir}`);
  }

  let autosave: Autosave | null = null;
  if (options.device !== null) {
    const file = resolve(options.device);
    try {
      autosave = await bindDeviceFile(host, file);
    } catch (error) {
      console.error(`oobe-sim web: ${firstLine(error)}`);
      if (error instanceof DeviceFileProblem) console.error(error.detail);
      await host.close();
      process.exit(1);
    }
  }

  console.log(`OOBE Simulator web host: ${host.url}`);
  if (!existsSync(`${STATIC_DIR}/index.html`)) {
    console.error('oobe-sim web: dist/renderer is missing, so pages will 404; run "npm run build:renderer"');
  }

  let stopping = false;
  const stop = (): void => {
    // A second Ctrl+C means "now", whatever is still closing.
    if (stopping) process.exit(130);
    stopping = true;
    (autosave?.stop() ?? Promise.resolve())
      .then(() => host.close())
      .then(
        () => process.exit(0),
        () => process.exit(1),
      );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/** A saved device that will not open: `detail` is the rest of the message (the backup to use instead). */
class DeviceFileProblem extends Error {
  constructor(
    message: string,
    readonly detail: string,
  ) {
    super(message);
  }
}

/** --device FILE: open it (or save a new device there), then autosave to it. */
async function bindDeviceFile(host: WebHost, file: string): Promise<Autosave> {
  if (!existsSync(file)) return startAutosave(host.session, file, await saveDeviceFile(host.session, file));
  const opened = await openDeviceFile(host.session, file);
  if (opened.ok) return startAutosave(host.session, file, opened.text);
  const [problem = '', ...rest] = openProblemMessage(opened).split('\n');
  const offer = opened.backup
    ? `The previous save is kept at ${opened.backup}: start with --device "${opened.backup}" to open it instead.`
    : rest.join(' ');
  throw new DeviceFileProblem(problem, offer);
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}

await main();
