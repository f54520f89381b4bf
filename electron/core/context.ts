import type { EventName, EventPayloads } from '../../shared/contract';
import type { RegData, TimelineEntry } from '../../shared/records';
import type { ScreenId } from '../../shared/screen-ids';
import { schedule as clockSchedule } from './clock/virtual-clock';
import { writeEvent } from './os/event-log';
import { setValue } from './os/registry';
import type { CloudLink } from './network/cloud-link';
import type { DeviceState, PageState } from './state';
import type { TimerEvent } from './timer-events';
import type { PlanOwners } from './plan/plan-owner';

/** What every handler gets: the state to change and the ways to tell the world about it. */
export interface Ctx {
  state: DeviceState;
  /** The device's tenant, reached only through electron/core/network/cloud-link.ts. */
  cloud: CloudLink;
  /** What other parts of the core do when something happens here (registered once, in device.ts). */
  hooks: CoreHooks;
  emit<E extends EventName>(name: E, payload: EventPayloads[E]): void;
  /** Whether anyone listens for `name`: lets hot paths skip building payloads nobody reads. Absent: assume yes. */
  wants?(name: EventName): boolean;
}

/**
 * The one table through which low-level helpers reach flows without importing them (which would
 * make an import circle): showPage fires the scenario's screen faults through `screenEntered`.
 */
export interface CoreHooks {
  screenEntered(ctx: Ctx, screen: string): void;
  /** The owners of plans by name (electron/core/plan/plan-owner.ts): what a run's owner does at each point. */
  planOwners?: PlanOwners<Ctx>;
}

/** Schedules a timer `delayMs` from now on the virtual clock, tagged with the current boot. */
export function after(ctx: Ctx, delayMs: number, event: DistributiveOmit<TimerEvent, 'boot'>): number {
  const { state } = ctx;
  return clockSchedule(state.clock, state.clock.now + delayMs, { ...event, boot: state.bootCount });
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export function timeline(ctx: Ctx, kind: TimelineEntry['kind'], text: string): void {
  ctx.emit('timeline', { atMs: ctx.state.clock.now, kind, text });
}

/** The device's own clock (network time + drift), as Windows would stamp a log entry. */
export function deviceTimeIso(state: DeviceState): string {
  const base = Date.parse(state.setup.device.startTime);
  return new Date(base + state.clock.now + state.clockDriftMs).toISOString();
}

export function showPage(ctx: Ctx, page: PageState): void {
  const previous = ctx.state.page.id;
  ctx.state.page = page;
  if (previous !== page.id) {
    ctx.state.pageChanges = (ctx.state.pageChanges ?? 0) + 1;
    ctx.emit('screen:entered', { screen: page.id, atMs: ctx.state.clock.now });
    timeline(ctx, 'screen', `Screen: ${page.id}`);
    ctx.hooks.screenEntered(ctx, page.id);
  }
}

/** The screen shows an error: tell listeners (run results, recordings) and the timeline. */
export function showError(ctx: Ctx, error: { code: string | null; message: string }): void {
  const screen = ctx.state.page.id as ScreenId;
  ctx.emit('error:shown', { atMs: ctx.state.clock.now, code: error.code, screen, message: error.message });
  timeline(ctx, 'error', error.code ? `${error.code}: ${error.message}` : error.message);
}

export function setRegistryValue(ctx: Ctx, key: string, name: string, data: RegData): void {
  const changes = setValue(ctx.state.registry, key, name, data);
  // A deployment writes thousands of values; a headless run has no registry listener.
  if (ctx.wants?.('registry:changed') === false) return;
  for (const change of changes) {
    ctx.emit('registry:changed', { ...change, atMs: ctx.state.clock.now });
  }
}

export function logEvent(
  ctx: Ctx,
  entry: {
    channel: string;
    provider: string;
    eventId: number;
    level: EventPayloads['eventlog:written']['level'];
    message: string;
  },
): void {
  const record = writeEvent(ctx.state.eventLog, entry, ctx.state.clock.now, deviceTimeIso(ctx.state));
  ctx.emit('eventlog:written', record);
}
