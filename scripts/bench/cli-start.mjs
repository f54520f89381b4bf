// Issue 15's CLI figures for `npm run bench`: how long `oobe-sim` takes to start, as a ratio to a
// bare `node -e 0` measured in the same run (the machine may be shared, so the ratio is what
// compares), and the whole-process time of `oobe-sim run <id> --json`. Both through bin/oobe-sim.mjs
// as a user runs it, so they measure the built bundle when it is fresh (see scripts/fresh-build.mjs).
import { spawnSync } from 'node:child_process';
import { bundleIsFresh } from '../fresh-build.mjs';

export const CLI_START_TARGET_RATIO = 2;

/** Median wall time, in ms, of `runs` spawns of node with `args`. */
function medianMs(root, args, runs) {
  const times = [];
  for (let i = 0; i < runs; i += 1) {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'ignore' });
    if (result.status !== 0) return null;
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** The figures: { bareMs, startMs, ratio, runJsonMs, built } (a figure is null when its command failed). */
export function measureCliStart(root, { runs = 15, scenario = 'user-driven-entra' } = {}) {
  const bareMs = medianMs(root, ['-e', '0'], runs);
  const startMs = medianMs(root, ['bin/oobe-sim.mjs', '--version'], runs);
  const runJsonMs = medianMs(root, ['bin/oobe-sim.mjs', 'run', scenario, '--json'], Math.ceil(runs / 2));
  const ratio = bareMs && startMs ? startMs / bareMs : null;
  return { bareMs, startMs, ratio, runJsonMs, scenario, built: bundleIsFresh(root, 'dist/cli', 'oobe-sim.mjs') };
}
