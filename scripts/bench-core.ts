// The headless half of `npm run bench` (see scripts/bench.mjs): every built-in scenario run in
// process, the 1,000-run figure, heap figures and core boot time. Needs --expose-gc.
import { performance } from 'node:perf_hooks';
import { createDevice } from '../electron/core/device';
import { runLab } from '../electron/core/lab/lab';
import { runScenario } from '../electron/core/scenario/runner';
import { loadBuiltins } from '../electron/scenarios/library';
import { loadScenarioFile } from '../electron/scenarios/load-scenario';
import { scenarioBody, type Scenario } from '../shared/scenario/scenario';
import { median, progress, report, timeSync } from './bench-stats';

const RUNS_PER_SCENARIO = 30;
const WARMUP_RUNS = 5;
const BULK_RUNS = 1_000;
const IDLE_DEVICES = 200;
const LAB_DEVICES = 100;
// The lab figure's scenario: its app install times come from the seed, so each device differs.
const LAB_SCENARIO = 'kiosk-autologon';
const BOOT_SAMPLES = 200;

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc (npm run bench does)');
const collect = () => {
  gc();
  gc();
};
const heapUsed = () => process.memoryUsage().heapUsed;

function loadAll(): Scenario[] {
  const { summaries, problems } = loadBuiltins();
  if (problems.length > 0) {
    const list = problems.map((p) => `${p.file}: ${p.path}: ${p.message}`).join('; ');
    throw new Error(`broken built-in scenarios: ${list}`);
  }
  const scenarios: Scenario[] = [];
  for (const s of summaries) {
    const loaded = loadScenarioFile(s.file);
    if (loaded.ok) scenarios.push(loaded.scenario);
  }
  return scenarios;
}

const scenarios = loadAll();

progress(`running ${scenarios.length} built-in scenarios, ${RUNS_PER_SCENARIO} times each`);
// Warm the JIT on every code path first, so the first scenario in the table isn't the slowest.
for (let i = 0; i < WARMUP_RUNS; i += 1) for (const scenario of scenarios) runScenario(scenario);
const perScenario = scenarios.map((scenario) => {
  let virtualMs = 0;
  let timelineEntries = 0;
  for (let i = 0; i < WARMUP_RUNS; i += 1) runScenario(scenario);
  const samples = Array.from({ length: RUNS_PER_SCENARIO }, () =>
    timeSync(() => {
      const { result } = runScenario(scenario);
      virtualMs = result.virtualDurationMs;
      timelineEntries = result.timeline.length;
    }),
  );
  const wallMs = median(samples);
  return { id: scenario.id, virtualMs, timelineEntries, wallMs, speedUp: virtualMs / wallMs };
});

// The target speaks of a full user-driven deployment: prefer the longest user-driven built-in that
// reaches the desktop; fall back to the longest run of any kind.
const deployments = perScenario.filter((p) => {
  const s = scenarios.find((x) => x.id === p.id)!;
  return s.mode === 'user-driven' && s.expect.finalScreen === 'desktop';
});
const longest = (deployments.length > 0 ? deployments : perScenario).reduce((a, b) =>
  b.virtualMs > a.virtualMs ? b : a,
);
const longestScenario = scenarios.find((s) => s.id === longest.id)!;
progress(`${BULK_RUNS} runs of ${longest.id}`);
collect();
const heapBeforeBulk = heapUsed();
let peakHeap = heapBeforeBulk;
const bulkStart = performance.now();
for (let i = 0; i < BULK_RUNS; i += 1) {
  runScenario(longestScenario);
  peakHeap = Math.max(peakHeap, heapUsed());
}
const bulkWallMs = performance.now() - bulkStart;

progress(`lab: ${LAB_DEVICES} devices of ${LAB_SCENARIO}`);
const labScenario = scenarios.find((s) => s.id === LAB_SCENARIO) ?? longestScenario;
const labWallMs = timeSync(() => runLab(labScenario, { devices: LAB_DEVICES }));

progress(`${IDLE_DEVICES} idle devices`);
const idleSetup = scenarioBody(scenarios.find((s) => s.id === 'first-pages-wifi') ?? scenarios[0]!);
collect();
const heapBeforeDevices = heapUsed();
const devices = Array.from({ length: IDLE_DEVICES }, (_, i) => createDevice({ ...idleSetup, seed: i + 1 }));
collect();
const heapPerIdleDevice = (heapUsed() - heapBeforeDevices) / devices.length;
peakHeap = Math.max(peakHeap, heapUsed());
devices.length = 0;

progress(`core boot time, ${BOOT_SAMPLES} samples`);
// createDevice powers on and shows the boot screen at once; a host's first frame is its snapshot.
const firstFrame = () => createDevice(idleSetup).execute('device.snapshot', {});
// …and the first OOBE page, 20 virtual seconds later.
const toFirstPage = () => {
  const device = createDevice(idleSetup);
  while (device.state.page.id === 'boot') device.execute('clock.skip', {});
  device.execute('device.snapshot', {});
};
for (let i = 0; i < 50; i += 1) {
  firstFrame();
  toFirstPage();
}
const bootSamples = Array.from({ length: BOOT_SAMPLES }, () => timeSync(firstFrame));
const firstPageSamples = Array.from({ length: BOOT_SAMPLES }, () => timeSync(toFirstPage));

report({
  node: process.version,
  scenarios: perScenario,
  bulk: { id: longest.id, runs: BULK_RUNS, virtualMs: longest.virtualMs, wallMs: bulkWallMs },
  lab: { id: labScenario.id, devices: LAB_DEVICES, wallMs: labWallMs },
  heap: {
    baselineBytes: heapBeforeBulk,
    peakBytes: peakHeap,
    perIdleDeviceBytes: heapPerIdleDevice,
    idleDevices: IDLE_DEVICES,
  },
  boot: { firstFrameMs: median(bootSamples), firstPageMs: median(firstPageSamples), samples: BOOT_SAMPLES },
});
