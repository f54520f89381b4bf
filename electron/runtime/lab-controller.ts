import type { CommandInput } from '../../shared/contract';
import type { Scenario } from '../../shared/scenario/scenario';
import type { LabDeviceView, LabResultView } from '../../shared/lab';
import { DeviceError } from '../core/device-core';
import { LabRun } from '../core/lab/lab';
import type { ScenarioLibrary } from './scenario-library';

export interface LabHost {
  scenarios: ScenarioLibrary | null;
  /** The scenario the session's device plays, used when `lab.run` names none. */
  currentScenario: () => Scenario | null;
  progress: (event: { runId: number; done: number; total: number; device: LabDeviceView }) => void;
  done: (event: { runId: number; result: LabResultView | null; error?: string }) => void;
  onInternalError: (error: unknown) => void;
}

/**
 * `lab.run` for a session: the lab's devices run one per turn of the event loop (setImmediate), so
 * the session keeps answering its device's commands and its WebSocket stays live during a run of
 * 500. Each lab device is its own headless core on the run's own tenant (LabRun); the session's
 * device and its tenant are never read or changed.
 */
export class LabController {
  #nextRunId = 1;
  #running: { runId: number; cancelled: boolean } | null = null;

  constructor(readonly host: LabHost) {}

  handle(command: string, input: unknown): unknown {
    if (command !== 'lab.run') throw new DeviceError(`unknown lab command "${command}"`);
    const { scenarioId, devices, seedBase } = input as CommandInput<'lab.run'>;
    if (this.#running) throw new DeviceError(`lab run ${this.#running.runId} is still running; wait for lab:done`);
    const scenario = this.#scenario(scenarioId);
    const run = { runId: this.#nextRunId++, cancelled: false };
    this.#running = run;
    // One LabRun per lab.run: its devices share one fresh tenant of the scenario, never this session's.
    const lab = new LabRun(scenario, devices, seedBase ?? 1);
    const step = (): void => {
      if (run.cancelled) return;
      try {
        const device = lab.next();
        this.host.progress({ runId: run.runId, done: lab.done, total: devices, device });
        if (!lab.finished) {
          setImmediate(step);
          return;
        }
        this.#running = null;
        this.host.done({ runId: run.runId, result: lab.result() });
      } catch (error) {
        this.#running = null;
        this.host.onInternalError(error);
        const message = error instanceof Error ? error.message : String(error);
        this.host.done({
          runId: run.runId,
          result: null,
          error: `device with seed ${lab.nextSeed}: ${message}`,
        });
      }
    };
    setImmediate(step);
    return { runId: run.runId, scenario: scenario.id, total: devices };
  }

  /** Stops a run between devices (the session closed). */
  dispose(): void {
    if (this.#running) this.#running.cancelled = true;
    this.#running = null;
  }

  #scenario(id: string | undefined): Scenario {
    if (id === undefined) {
      const current = this.host.currentScenario();
      if (!current)
        throw new DeviceError('lab.run: the device plays no scenario from the library; name one with "scenarioId"');
      return current;
    }
    if (!this.host.scenarios) throw new DeviceError('lab.run: this host has no scenario library');
    const loaded = this.host.scenarios.load({ id });
    if (!loaded.ok) {
      const first = loaded.problems[0];
      throw new DeviceError(
        `lab.run: scenario "${id}": ${first ? `${first.path} ${first.message}` : 'cannot be loaded'}`,
      );
    }
    return loaded.scenario;
  }
}
