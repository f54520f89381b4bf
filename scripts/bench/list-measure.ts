// Child of scripts/bench/speed.mjs: `oobe-sim list` as it reads the built-ins now (headings only)
// against the old way, every file validated with zod (loadBuiltins), in the same process; then the
// real bin into a pipe its reader has already closed, for every output path.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { progress, report } from '../bench-stats';

const ROOT = resolve(import.meta.dirname, '../..');
const COLD_SAMPLES = 5;

/** A fresh Node process each time, so module loading (zod's included) counts as it does for a user. */
function coldMs(code: string): number {
  const samples: number[] = [];
  for (let i = 0; i < COLD_SAMPLES; i += 1) {
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(run.stderr);
    samples.push(Number(run.stdout.trim().split('\n').at(-1)));
  }
  return samples.sort((a, b) => a - b)[samples.length >> 1]!;
}

const timed = (body: string) =>
  `const t0 = performance.now(); ${body}; process.stdout.write(String(performance.now() - t0) + '\\n');`;
progress(`oobe-sim list: headings vs full validation, ${COLD_SAMPLES} fresh processes each`);
const headingsMs = coldMs(
  timed(
    "const { listCommand } = await import('./electron/cli/list-command.ts'); await listCommand({ out() {}, err() {} }, false)",
  ),
);
const validateAllMs = coldMs(
  timed("const { loadBuiltins } = await import('./electron/scenarios/library.ts'); loadBuiltins()"),
);

progress('oobe-sim into a closed pipe');
const paths = ['list', 'list --json', 'run first-pages-wifi', 'run first-pages-wifi --json', '--help'];
const closedPipe = paths.map((args) => {
  const run = spawnSync('bash', ['-c', `node bin/oobe-sim.mjs ${args} | true; echo "$\{PIPESTATUS[0]}"`], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { args, exit: Number(run.stdout.trim()), quiet: run.stderr === '' };
});
report({ headingsMs, validateAllMs, closedPipe });
