import type { Scenario } from '../../../shared/scenario/scenario';
import type { ScreenId } from '../../../shared/screen-ids';
import type { Tenant } from '../network/cloud-link';
import type { RunOutcome } from '../scenario/run-result';
import { runScenario } from '../scenario/runner';
import { labFleet } from './lab-fleet';

/** One lab device's end: how it went, the last error shown (its code), where and when it stopped. */
export interface LabDevice {
  seed: number;
  outcome: RunOutcome;
  errorCode: string | null;
  finalScreen: ScreenId;
  endMs: number;
  /** The device's own serial number in the lab's tenant (labFleet). */
  serialNumber: string;
  /** The user the device signed in as (its own copy of the scenario's user), or null (self-deploying, not signed in). */
  upn: string | null;
}

/** What the lab's one shared tenant holds at the end of the run. */
export interface LabTenant {
  autopilotRecords: number;
  /** Microsoft Entra device objects: devices that joined. */
  entraDeviceObjects: number;
  /** Intune device records: devices that enrolled. */
  intuneDevices: number;
  users: number;
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
  /** The run's one tenant, shared by all its devices. */
  tenant: LabTenant;
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
 * jitter) differs per device. All N share ONE tenant, built fresh from the scenario for this run
 * (never a session's live tenant: a lab is a what-if run that must not change the class's
 * organization); each device has its own serial number, Autopilot record and users (labFleet).
 */
export function runLab(scenario: Scenario, options: LabOptions): LabResult {
  const run = new LabRun(scenario, options.devices, options.seedBase ?? 1);
  while (!run.finished) {
    const device = run.next();
    options.onDevice?.(device, run.done - 1);
  }
  return run.result();
}

/**
 * One lab run, a device at a time (the session's lab runs one per turn of the event loop):
 * device n runs to its end on the run's tenant before device n + 1 starts, so the same input
 * gives the same outcomes, run after run.
 */
export class LabRun {
  readonly #scenario: Scenario;
  readonly #fleet: Scenario[];
  readonly #devices: LabDevice[] = [];
  #tenant: Tenant | null = null;

  constructor(scenario: Scenario, devices: number, seedBase: number) {
    this.#scenario = scenario;
    const seeds = Array.from({ length: devices }, (_, i) => (seedBase + i) >>> 0);
    this.#fleet = labFleet(scenario, seeds);
  }

  get done(): number {
    return this.#devices.length;
  }

  get finished(): boolean {
    return this.#devices.length >= this.#fleet.length;
  }

  /** The seed of the device `next` runs (for an error message when it throws). */
  get nextSeed(): number {
    return this.#fleet[this.#devices.length]?.seed ?? 0;
  }

  /** Runs the next device to its end; the first one's fresh tenant from the scenario becomes the run's. */
  next(): LabDevice {
    const scenario = this.#fleet[this.#devices.length];
    if (!scenario) throw new Error('the lab run has no device left');
    const { result, device } = runScenario(scenario, this.#tenant ? { tenant: this.#tenant } : {});
    this.#tenant ??= device.tenant;
    const lab: LabDevice = {
      seed: scenario.seed,
      outcome: result.outcome,
      errorCode: result.errors.at(-1)?.code ?? null,
      finalScreen: result.finalScreen,
      endMs: result.virtualDurationMs,
      serialNumber: device.state.identity.serialNumber,
      upn: device.state.account.upn,
    };
    this.#devices.push(lab);
    return lab;
  }

  /** The devices so far, their summary and what the shared tenant holds now. */
  result(): LabResult {
    return { ...summarizeLab(this.#scenario.id, this.#devices), tenant: labTenantView(this.#tenant) };
  }
}

/** The run's tenant in numbers: records, devices joined and enrolled, users (zeros before the first device). */
function labTenantView(tenant: Tenant | null): LabTenant {
  const state = tenant?.state;
  return {
    autopilotRecords: state?.autopilot.devices.length ?? 0,
    entraDeviceObjects: state?.entra.deviceObjects.length ?? 0,
    intuneDevices: state?.intune.managedDevices.length ?? 0,
    users: state?.entra.directory.users.length ?? 0,
  };
}

/** Counts per outcome and the min/median/max virtual end time over the devices. */
export function summarizeLab(scenarioId: string, devices: LabDevice[]): Omit<LabResult, 'tenant'> {
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
