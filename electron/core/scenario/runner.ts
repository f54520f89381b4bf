import { scenarioBody } from '../../../shared/scenario/scenario';
import type { Scenario, ScriptAction } from '../../../shared/scenario/scenario-types';
import type { ScreenId } from '../../../shared/screen-ids';
import { nextDue } from '../clock/virtual-clock';
import { createDevice, type Device } from '../device';
import type { Tenant } from '../network/cloud-link';
import { restoreDevice, serializeDevice } from '../device-value';
import { DeviceError } from '../device-core';
import { SERVICE_CALL_CHANNEL, type RunOutcome, type RunResult } from './run-result';
import type { EventPayloads } from '../../../shared/contract';
import { deploymentReport } from '../device-prep/dp-report';
import { recordingDevice, type Recorder } from '../recording/recorder';

/** Screens that end a deployment in failure. */
export const ERROR_SCREENS: ReadonlySet<ScreenId> = new Set<ScreenId>([
  'esp-error',
  'something-went-wrong',
  'device-prep-failure',
  // The technician's red screen (oobe-ui.md §19): a run that ends there failed, expected or not.
  'preprovision-failure',
]);

export interface RunOptions {
  /** Stop as soon as this screen shows. */
  until?: ScreenId;
  /** Replace the scenario's seed. */
  seed?: number;
  /** Virtual-time budget for the whole run (default 7 days). */
  maxVirtualMs?: number;
  /** Records the run (every input with its virtual time, every screen) for replay and guides. */
  recorder?: Recorder;
  /**
   * After this many fired timers, swap the device for `restoreDevice(serializeDevice(device))` and
   * go on with the copy (the save/restore property test; a run must not notice). Not with `recorder`.
   */
  restoreAfterTimers?: number;
  /**
   * A tenant other devices share (the class's, a lab's): the scenario is loaded into it, scenario
   * wins by identity, and the device joins it. Without one the run has a tenant of its own.
   */
  tenant?: Tenant;
}

/**
 * Runs a scenario headless at full speed: the device follows the virtual clock from event to
 * event, and the script acts whenever its screen shows. Without a script step left, the run goes
 * on until nothing is scheduled (the device waits for a person) or the `until` screen shows.
 */
export function runScenario(scenario: Scenario, options: RunOptions = {}): { result: RunResult; device: Device } {
  const seed = options.seed ?? scenario.seed;
  const { id, title, description } = scenario;
  const plainDevice = createDevice(
    { ...scenarioBody(scenario), seed },
    {
      powerOn: false,
      scenario: { id, title, description },
      ...(options.tenant ? { tenant: options.tenant, tenantJoin: 'scenario' as const } : {}),
    },
  );
  let device = options.recorder ? recordingDevice(plainDevice, options.recorder) : plainDevice;
  const limit = options.maxVirtualMs ?? 7 * 24 * 3_600_000;
  const result: RunResult = {
    scenario: scenario.id,
    seed,
    outcome: 'incomplete',
    finalScreen: 'powered-off',
    virtualDurationMs: 0,
    screens: [],
    errors: [],
    events: [],
    timeline: [],
    scriptProblems: [],
    report: null,
  };
  let stopped = false;
  const listen = (target: Device) =>
    target.onEvent(
      (name, payload) => {
        if (name === 'screen:entered') {
          const { screen, atMs } = payload as { screen: ScreenId; atMs: number };
          result.screens.push({ atMs, id: screen });
          if (screen === options.until) stopped = true;
        } else if (name === 'error:shown') result.errors.push(payload as RunResult['errors'][number]);
        else if (name === 'timeline') result.timeline.push(payload as RunResult['timeline'][number]);
        else if (name === 'eventlog:written') {
          const { atMs, channel, eventId, level, message } = payload as RunResult['events'][number];
          result.events.push({ atMs, channel, eventId, level, message });
        } else if (name === 'service:called') {
          const { atMs, endpoint, operation, outcome } = payload as EventPayloads['service:called'];
          const message = `${operation} (${endpoint}): ${outcome}`;
          result.events.push({
            atMs,
            channel: SERVICE_CALL_CHANNEL,
            eventId: 0,
            level: 'Information',
            message,
            endpoint,
            operation,
            outcome,
          });
        }
      },
      ['screen:entered', 'error:shown', 'timeline', 'eventlog:written', 'service:called'],
    );
  listen(device);
  let firedTimers = 0;
  const screen = () => device.state.page.id;
  /** Fires timers one by one until `done()` or nothing is left to happen. */
  const runUntil = (done: () => boolean) => {
    while (!stopped && !done()) {
      const due = nextDue(device.state.clock);
      if (due === null || due > limit) return;
      device.execute('clock.skip', {});
      firedTimers += 1;
      if (firedTimers === options.restoreAfterTimers) {
        // A shared tenant stays the one the copy uses: other devices see it live.
        device = restoreDevice(
          JSON.stringify(serializeDevice(device)),
          options.tenant ? { tenant: options.tenant } : {},
        );
        listen(device);
      }
    }
  };

  device.execute('device.power', { action: 'on' });
  for (const [index, step] of scenario.script.entries()) {
    if (stopped) break;
    if (step.on) {
      const target = step.on;
      runUntil(() => screen() === target);
      if (stopped) break;
      if (screen() !== target) {
        result.scriptProblems.push({
          atMs: device.nowMs,
          step: index,
          message: `waited for "${target}", but the device stayed on "${screen()}"`,
        });
        break;
      }
    }
    const problem = perform(device, step.do);
    if (problem) {
      result.scriptProblems.push({ atMs: device.nowMs, step: index, message: problem });
      break;
    }
  }
  if (result.scriptProblems.length === 0) runUntil(() => false);

  result.finalScreen = screen();
  result.virtualDurationMs = device.nowMs;
  result.report = deploymentReport(device.state);
  options.recorder?.finish(result.finalScreen, device.nowMs);
  result.outcome = outcomeOf(result.finalScreen, scenario.expect.finalScreen, scenario.expect.failure);
  return { result, device };
}

/**
 * "success" when the device reached the scenario's expected end (or "failure" when that end is a
 * failed deployment, `expect.failure`); a run stuck on an error screen it did not expect failed too.
 */
function outcomeOf(finalScreen: ScreenId, expected: ScreenId, expectedFailure: boolean): RunOutcome {
  if (finalScreen === expected) return expectedFailure || ERROR_SCREENS.has(finalScreen) ? 'failure' : 'success';
  return ERROR_SCREENS.has(finalScreen) ? 'failure' : 'incomplete';
}

/** Performs a step's actions; returns what went wrong, if anything. */
function perform(device: Device, actions: readonly ScriptAction[]): string | null {
  try {
    for (const action of actions) {
      if ('click' in action) device.execute('device.click', { control: action.click });
      else if ('type' in action) device.execute('device.type', action.type);
      else if ('select' in action) device.execute('device.select', action.select);
      else if ('key' in action) device.execute('device.key', { chord: action.key });
      else if ('power' in action) device.execute('device.power', { action: action.power });
      else if ('wait' in action) device.execute('clock.advance', { ms: action.wait });
      else if ('shell' in action) device.execute('shell.run', { line: action.shell });
      else device.execute('fault.fire', { id: action.fault });
    }
    return null;
  } catch (error) {
    if (error instanceof DeviceError) return error.message;
    throw error;
  }
}
