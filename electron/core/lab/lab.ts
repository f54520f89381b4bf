import type { Scenario } from '../../../shared/scenario/scenario';
import type { ScreenId } from '../../../shared/screen-ids';
import type { RunOutcome } from '../scenario/run-result';
import { runScenario } from '../scenario/runner';

/** One lab device's end: how it went, the last error shown (its code), where and when it stopped. */
export interface LabDevice {
  seed: number;
  outcome: RunOutcome;
  errorCode: string | null;
  finalScreen: ScreenId;
  endMs: number;
}

export interface LabResult {
  scenario: string;
  devices: LabDevice[];
  summary: {
    counts: Record<RunOutcome, number>;
    /** Virtual end times over all devices. */
    minMs: number;
    medianMs: number;
    maxMs: number;
  };
}

export interface LabOptions {
  devices: number;
  /** Device i (from 0) runs with seed `seedBase + i`; 1 when not given (seeds 1..N). */
  seedBase?: number;
  /** Called after each device, for a progress count. */
  onDevice?: (device: LabDevice, index: number) => void;
}

/**
 * The regression lab (#15 "Several devices"): the scenario headless on N devices, each with its
 * own seed, so whatever the scenario draws from the seeded random source (app install times,
 * jitter) differs per device. Each run has its own simulated tenant built from the scenario
 * (devices do not share one tenant's state here: [UNVERIFIED] shared-tenant runs need the cloud
 * layer to hold one tenant for several devices).
 */
export function runLab(scenario: Scenario, options: LabOptions): LabResult {
  const base = options.seedBase ?? 1;
  const devices: LabDevice[] = [];
  for (let i = 0; i < options.devices; i += 1) {
    const device = runLabDevice(scenario, base + i);
    devices.push(device);
    options.onDevice?.(device, i);
  }
  return summarizeLab(scenario.id, devices);
}

/** One lab device: the scenario headless with this seed (the session's lab runs these one at a time). */
export function runLabDevice(scenario: Scenario, seed: number): LabDevice {
  const { result } = runScenario(scenario, { seed: seed >>> 0 });
  return {
    seed: seed >>> 0,
    outcome: result.outcome,
    errorCode: result.errors.at(-1)?.code ?? null,
    finalScreen: result.finalScreen,
    endMs: result.virtualDurationMs,
  };
}

/** Counts per outcome and the min/median/max virtual end time over the devices. */
export function summarizeLab(scenarioId: string, devices: LabDevice[]): LabResult {
  const times = devices.map((d) => d.endMs).sort((a, b) => a - b);
  const mid = times.length >> 1;
  const median =
    times.length === 0 ? 0 : times.length % 2 ? times[mid]! : Math.round((times[mid - 1]! + times[mid]!) / 2);
  const counts: Record<RunOutcome, number> = { success: 0, failure: 0, incomplete: 0 };
  for (const d of devices) counts[d.outcome] += 1;
  return {
    scenario: scenarioId,
    devices,
    summary: { counts, minMs: times[0] ?? 0, medianMs: median, maxMs: times.at(-1) ?? 0 },
  };
}
