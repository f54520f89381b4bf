import type { CommandInput } from '../../../shared/contract';
import type { AttemptReport, AttemptView, ExerciseListing } from '../../../shared/exercise';
import { scenarioBody, type Scenario } from '../../../shared/scenario/scenario';
import type { ScreenId } from '../../../shared/screen-ids';
import type { ShellRunResult } from '../../../shared/shell';
import { DeviceError, type DeviceCore } from '../../core/device-core';
import { createDevice } from '../../core/index';
import { runScenario } from '../../core/scenario/runner';
import type { ScenarioLibrary } from '../scenario-library';
import { AttemptError, ExerciseAttempt, type RunObservation } from './attempt';
import { reportHtml } from './report-html';
import type { Tenant } from '../../cloud/tenant';

/** What the controller needs of its session. */
export interface ExerciseHost {
  scenarios: ScenarioLibrary | null;
  core(): DeviceCore;
  /**
   * The tenant the exercise's device joins (the session's, shared by the class), its scenario
   * applied; called once per start, just before the device is built (the device it replaces leaves
   * the tenant). Null: the device gets a tenant of its own.
   */
  joinTenant?: () => Tenant | null;
  /** Puts a device built for the exercise in place, as `scenario.load` does. */
  replaceDevice(core: DeviceCore, scenario: Scenario): void;
  /** Pushes `exercise:changed` to every subscriber. */
  emit(view: AttemptView): void;
}

/** Fields whose text a report must not repeat (a password typed on the device). */
const SECRET_FIELD = /pass|key|pin|secret/i;

/**
 * The session's `exercise.*` commands and the eyes of the running attempt: every command the
 * session answers and every screen the device enters is shown to the attempt, on the device's
 * virtual clock. Reports of ended attempts stay for the trainer to collect.
 */
export class ExerciseController {
  #attempt: ExerciseAttempt | null = null;
  readonly #reports: { report: AttemptReport; html: string }[] = [];
  readonly #scenarioCache = new Map<string, Scenario | null>();
  readonly #kept = new WeakSet<ExerciseAttempt>();

  constructor(readonly host: ExerciseHost) {}

  handle(command: string, input: unknown): unknown {
    try {
      switch (command) {
        case 'exercise.list':
          return { exercises: this.#list() };
        case 'exercise.start':
          return this.#start((input as CommandInput<'exercise.start'>).id);
        case 'exercise.state':
          return { attempt: this.#attempt?.view() ?? null };
        case 'exercise.answer': {
          const { objective, answer } = input as CommandInput<'exercise.answer'>;
          const attempt = this.#running();
          const correct = attempt.answer(objective, answer, this.host.core().nowMs);
          return { correct, attempt: this.#changed(attempt) };
        }
        case 'exercise.hint': {
          const attempt = this.#running();
          const hint = attempt.hint(this.host.core().nowMs);
          return { hint, attempt: this.#changed(attempt) };
        }
        case 'exercise.end':
          return this.#end();
        case 'exercise.reports':
          return { reports: this.#reports.map((r) => ({ ...r })) };
        default:
          throw new DeviceError(`unknown exercise command "${command}"`);
      }
    } catch (error) {
      if (error instanceof AttemptError) throw new DeviceError(error.message);
      throw error;
    }
  }

  /** A command the session answered successfully: the trainee did something. */
  afterCommand(name: string, payload: unknown, result: unknown): void {
    const attempt = this.#attempt;
    if (!attempt?.running) return;
    const atMs = this.host.core().nowMs;
    const observation = observationOf(name, payload, result, atMs);
    if (name === 'scenario.load') {
      // Another scenario replaced the exercise's device: the attempt is over.
      attempt.end(atMs);
      this.#keep(attempt);
      this.#changed(attempt);
      return;
    }
    if (observation && attempt.observe(observation)) this.#changed(attempt);
    else if (!attempt.running) this.#changed(attempt);
  }

  /** An event of the device: screens count as things that happened; any event moves the attempt's clock. */
  onDeviceEvent(name: string, payload: unknown): void {
    const attempt = this.#attempt;
    if (!attempt?.running) return;
    if (name === 'screen:entered') {
      const { screen, atMs } = payload as { screen: ScreenId; atMs: number };
      if (attempt.observe({ kind: 'screen', atMs, screen }) || !attempt.running) this.#changed(attempt);
    } else if (name === 'snapshot' && attempt.tick(this.host.core().nowMs)) {
      this.#changed(attempt);
    }
  }

  #running(): ExerciseAttempt {
    if (!this.#attempt) throw new DeviceError('no exercise has been started (exercise.start)');
    if (!this.#attempt.running) throw new DeviceError('the attempt has ended');
    return this.#attempt;
  }

  #changed(attempt: ExerciseAttempt): AttemptView {
    if (!attempt.running) this.#keep(attempt);
    const view = attempt.view();
    this.host.emit(view);
    return view;
  }

  /** An ended attempt's report is kept once. */
  #keep(attempt: ExerciseAttempt): void {
    if (this.#kept.has(attempt)) return;
    this.#kept.add(attempt);
    const report = attempt.report();
    this.#reports.push({ report, html: reportHtml(report) });
  }

  #end(): { report: AttemptReport; html: string } {
    const attempt = this.#attempt;
    if (!attempt) throw new DeviceError('no exercise has been started (exercise.start)');
    attempt.end(this.host.core().nowMs);
    this.#changed(attempt);
    const report = attempt.report();
    return { report, html: reportHtml(report) };
  }

  #scenario(id: string): Scenario | null {
    if (!this.#scenarioCache.has(id)) {
      const loaded = this.host.scenarios?.load({ id });
      this.#scenarioCache.set(id, loaded?.ok && loaded.scenario.exercise ? loaded.scenario : null);
    }
    return this.#scenarioCache.get(id) ?? null;
  }

  #list(): ExerciseListing[] {
    const library = this.host.scenarios;
    if (!library) throw new DeviceError('this host has no scenario library');
    const order = { easy: 0, medium: 1, hard: 2 } as const;
    return library
      .list()
      .map((listing) => this.#scenario(listing.id))
      .filter((s): s is Scenario => s !== null)
      .map((s) => {
        const exercise = s.exercise!;
        const mine = this.#reports.filter((r) => r.report.exercise === s.id);
        return {
          id: s.id,
          title: s.title,
          level: exercise.level,
          briefing: exercise.briefing,
          objectives: exercise.objectives.length,
          timeLimitMinutes: exercise.timeLimitMinutes ?? null,
          attempts: mine.length,
          bestScore: mine.length === 0 ? null : Math.max(...mine.map((r) => r.report.score)),
          maxScore: exercise.objectives.reduce((sum, o) => sum + o.points, 0),
        };
      })
      .sort((a, b) => order[a.level] - order[b.level] || a.id.localeCompare(b.id));
  }

  #start(id: string): AttemptView {
    const scenario = this.#scenario(id);
    if (!scenario?.exercise) throw new DeviceError(`no exercise "${id}" in the library`);
    const previous = this.#attempt;
    if (previous?.running) {
      previous.end(this.host.core().nowMs);
      this.#keep(previous);
    }
    const exercise = scenario.exercise;
    const { title, description } = scenario;
    // The script plays the user's part up to where the trainee takes over (the device "stuck for an hour").
    // A class runs its exercises on its one tenant, the exercise's scenario applied (scenario wins).
    const tenant = this.host.joinTenant?.() ?? null;
    const shared = tenant ? { tenant } : {};
    const core: DeviceCore = exercise.startOn
      ? runScenario(scenario, { until: exercise.startOn, ...shared }).device
      : createDevice(scenarioBody(scenario), {
          scenario: { id, title, description },
          ...(tenant ? { tenant, tenantJoin: 'scenario' as const } : {}),
        });
    this.host.replaceDevice(core, scenario);
    const attempt = new ExerciseAttempt(exercise, { id, title, seed: scenario.seed }, core.nowMs);
    this.#attempt = attempt;
    return this.#changed(attempt);
  }
}

function observationOf(name: string, payload: unknown, result: unknown, atMs: number): RunObservation | null {
  const p = payload as Record<string, unknown>;
  switch (name) {
    case 'shell.run':
      return { kind: 'shell', atMs, line: String(p.line), result: result as ShellRunResult };
    case 'tenant.change':
      return { kind: 'tenant', atMs, change: p.change as Record<string, unknown> };
    case 'device.click':
      return { kind: 'input', atMs, detail: `clicked "${String(p.control)}"` };
    case 'device.type': {
      const field = String(p.field);
      const text = SECRET_FIELD.test(field) ? '•'.repeat(String(p.text).length) : String(p.text);
      return { kind: 'input', atMs, detail: `typed "${text}" into "${field}"` };
    }
    case 'device.select':
      return { kind: 'input', atMs, detail: `chose "${String(p.item)}" in "${String(p.list)}"` };
    case 'device.key':
      return { kind: 'input', atMs, detail: `pressed ${String(p.chord)}` };
    case 'device.power':
      return { kind: 'input', atMs, detail: `power: ${String(p.action)}` };
    case 'fault.fire':
      return { kind: 'input', atMs, detail: `fault fired: ${JSON.stringify(p)}` };
    default:
      return null;
  }
}
