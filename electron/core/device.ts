import type { CommandInput, CommandResult, EventName, EventPayloads } from '../../shared/contract';
import { deviceSetupSchema, type DeviceSetupInput } from '../../shared/device-setup';
import type { ScenarioInfo } from '../../shared/snapshot';
import { advanceBy, skipToNext } from './clock/virtual-clock';
import { timeline, type Ctx } from './context';
import { DeviceError, type DeviceCommandName, type DeviceCore, type DeviceEventListener } from './device-core';
import { fireFault, fireScenarioFault, fireScreenFaults, scheduleTimedFaults } from './faults';
import { createInitialState } from './initial-state';
import { forPage, handleKey, handlePageInput } from './input';
import { changeTenant, connectToCloud, type CloudLink, type Tenant, type TenantJoin } from './network/cloud-link';
import { readEvents } from './os/event-log';
import { exportKey } from './os/reg-export';
import { RegistryError } from './os/registry';
import { factoryReset, powerOn, restart, shutDown } from './power';
import { listArchives, readArchive } from './shell/archive/device-archives';
import { runCommandLine } from './shell/command-prompt';
import { buildSnapshot } from './snapshot';
import type { DeviceState } from './state';
import { fireTimer } from './timers';
import { PLAN_OWNERS } from './plan-owners';
import { armFault, disarmFault, listArmedFaults } from './trainer/armed-faults';
import { browseRegistry, listFolder, readDeviceFile } from './trainer/inspect';
import { runUntilScreen } from './trainer/run-until-screen';

/** Inspector reads: they change nothing, so no snapshot follows them. */
const READ_ONLY: ReadonlySet<string> = new Set(['fault.armed', 'registry.browse', 'files.list', 'files.read']);

type Handlers = { [N in DeviceCommandName]: (input: CommandInput<N>) => CommandResult<N> };

/**
 * Builds a virtual device from a setup (defaults fill whatever is left out) and switches it on.
 * Deterministic: the same setup and the same commands give the same events, byte for byte.
 */
export interface CreateDeviceOptions {
  /** Press the power button right away (default true); false lets a caller subscribe first. */
  powerOn?: boolean;
  /** The scenario this device plays, for the chrome's scenario panel. */
  scenario?: ScenarioInfo;
  /** The tenant this device uses, shared with other devices; without one the device gets its own from its setup. */
  tenant?: Tenant;
  /**
   * With `tenant`: `scenario` loads this setup's tenant and policies into it, scenario wins (a
   * scenario loaded on a class or lab device); `record` (default) adds only the Autopilot record.
   */
  tenantJoin?: TenantJoin;
}

export function createDevice(setupInput: DeviceSetupInput = {}, options: CreateDeviceOptions = {}): Device {
  const setup = deviceSetupSchema.parse(setupInput);
  const state = createInitialState(setup, 0, options.scenario ?? null);
  return assembleDevice(state, connectToCloud(state, options.tenant, options.tenantJoin), (ctx) => {
    scheduleTimedFaults(ctx);
    if (options.powerOn ?? true) powerOn(ctx);
  });
}

/** A device as its owner holds it: the core's commands plus its state and tenant. */
export type Device = DeviceCore & {
  /** The device's whole state as plain JSON (for saving and for tests). */
  readonly state: DeviceState;
  /** The tenant the device uses (its own, or the one given in the options). */
  readonly tenant: Tenant;
};

/**
 * Wraps a device state (fresh, or restored from a saved value) and its cloud in the command
 * handlers. `start` runs once for a new device (timed faults, power button); a restored device
 * skips it, since its clock queue already holds whatever those scheduled.
 */
export function assembleDevice(state: DeviceState, cloud: CloudLink, start: (ctx: Ctx) => void = () => {}): Device {
  const listeners = new Map<DeviceEventListener, ReadonlySet<EventName> | null>();
  const wants = (name: EventName) => {
    for (const names of listeners.values()) if (names === null || names.has(name)) return true;
    return false;
  };
  const ctx: Ctx = {
    wants,
    state,
    cloud,
    hooks: { screenEntered: fireScreenFaults, planOwners: PLAN_OWNERS },
    emit<E extends EventName>(name: E, payload: EventPayloads[E]) {
      for (const [listener, names] of listeners) if (names === null || names.has(name)) listener(name, payload);
    },
  };
  const fire = (event: Parameters<typeof fireTimer>[1]) => fireTimer(ctx, event);
  const requireOn = () => {
    if (ctx.state.power !== 'on') throw new DeviceError('The device is switched off: press "Power on" first.');
  };

  const handlers: Handlers = {
    'device.click': ({ control, page }) => (
      requireOn(),
      forPage(ctx, page, `click "${control}"`) && handlePageInput(ctx, { kind: 'click', control }),
      { ok: true }
    ),
    'device.type': ({ field, text, page }) => (
      requireOn(),
      forPage(ctx, page, `typing in "${field}"`) && handlePageInput(ctx, { kind: 'type', field, text }),
      { ok: true }
    ),
    'device.select': ({ list, item, page }) => (
      requireOn(),
      forPage(ctx, page, `choice of "${item}" in "${list}"`) && handlePageInput(ctx, { kind: 'select', list, item }),
      { ok: true }
    ),
    'device.key': ({ chord, page }) => (
      requireOn(),
      forPage(ctx, page, `key ${chord}`) && handleKey(ctx, chord),
      { ok: true }
    ),
    'device.power': ({ action }) => {
      if (action === 'on') powerOn(ctx);
      else if (action === 'shutdown') shutDown(ctx);
      else if (action === 'restart') restart(ctx);
      else factoryReset(ctx);
      return { ok: true };
    },
    'device.snapshot': () => buildSnapshot(ctx.state),
    'clock.pacing': ({ pacing }) => ((ctx.state.pacing = pacing), { ok: true }),
    'clock.skip': () => ({ firedAtMs: skipToNext(ctx.state.clock, fire) }),
    'clock.advance': ({ ms }) => (advanceBy(ctx.state.clock, ms, fire), { nowMs: ctx.state.clock.now }),
    'fault.fire': (input) => (
      'id' in input ? fireScenarioFault(ctx, input.id) : fireFault(ctx, input.fault),
      { ok: true }
    ),
    'fault.arm': ({ fault, atMs }) => {
      const { id, atMs: due } = armFault(ctx, fault, atMs);
      return { id, atMs: due };
    },
    'fault.disarm': ({ id }) => ({ ok: true, disarmed: disarmFault(ctx, id) }),
    'fault.armed': () => ({ armed: listArmedFaults(ctx) }),
    'clock.runUntilScreen': ({ screen, maxMs }) => runUntilScreen(ctx, fire, screen, maxMs),
    'registry.export': ({ key }) => ({ text: exportRegistryKey(ctx.state, key) }),
    'registry.browse': ({ key }) => browseRegistry(ctx.state, key),
    'files.list': ({ path }) => listFolder(ctx.state, path),
    'files.read': ({ path }) => readDeviceFile(ctx.state, path),
    'eventlog.read': ({ channel }) => ({ records: readEvents(ctx.state.eventLog, channel) }),
    'tenant.change': ({ change }) => {
      const message = changeTenant(ctx.cloud, change);
      timeline(ctx, 'cloud', `Tenant change: ${message}`);
      return { ok: true, message };
    },
    'tenant.state': () => ({ tenant: JSON.parse(JSON.stringify(ctx.cloud.tenant.state)) as unknown }),
    'shell.run': ({ line, session }) => (requireOn(), runCommandLine(ctx, line, session)),
    'archive.list': () => ({ archives: listArchives(ctx.state.fs) }),
    'archive.read': ({ path }) => readArchive(ctx.state.fs, path),
  };

  start(ctx);

  return {
    get state() {
      return ctx.state;
    },
    get tenant() {
      return ctx.cloud.tenant;
    },
    get pacing() {
      return ctx.state.pacing;
    },
    get nowMs() {
      return ctx.state.clock.now;
    },
    onEvent(listener, names) {
      listeners.set(listener, names ? new Set(names) : null);
      return () => listeners.delete(listener);
    },
    execute(name, input) {
      const handler = handlers[name] as (i: typeof input) => CommandResult<typeof name>;
      try {
        return handler(input);
      } finally {
        // Every command may change what the screen shows: push one snapshot after it.
        if (
          name !== 'device.snapshot' &&
          name !== 'eventlog.read' &&
          name !== 'registry.export' &&
          name !== 'tenant.state' &&
          !READ_ONLY.has(name) &&
          !name.startsWith('archive.') &&
          wants('snapshot')
        ) {
          ctx.emit('snapshot', buildSnapshot(ctx.state));
        }
      }
    },
  };
}

/** A key the device has not got (or a malformed name) is the caller's mistake, said as regedit says it. */
function exportRegistryKey(state: DeviceState, key: string): string {
  try {
    return exportKey(state.registry, key);
  } catch (error) {
    if (error instanceof RegistryError) throw new DeviceError(`${key}: ${error.message}`);
    throw error;
  }
}
