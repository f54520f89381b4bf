import type { AttemptReport, AttemptStatus, AttemptView, ObjectiveView, TraineeAction } from '../../../shared/exercise';
import type { Exercise, Objective } from '../../../shared/scenario/exercise';
import type { ScreenId } from '../../../shared/screen-ids';
import type { ShellRunResult } from '../../../shared/shell';

/** What the attempt is told about the run: all of it on the device's virtual clock. */
export type RunObservation =
  | { kind: 'shell'; atMs: number; line: string; result: ShellRunResult }
  | { kind: 'tenant'; atMs: number; change: Record<string, unknown> }
  | { kind: 'input'; atMs: number; detail: string }
  | { kind: 'screen'; atMs: number; screen: ScreenId };

/** Registry roots as `reg` accepts them and as it prints them. */
const HIVES: readonly [string, string][] = [
  ['HKLM\\', 'HKEY_LOCAL_MACHINE\\'],
  ['HKCU\\', 'HKEY_CURRENT_USER\\'],
  ['HKCR\\', 'HKEY_CLASSES_ROOT\\'],
  ['HKU\\', 'HKEY_USERS\\'],
];

function normalizeKeys(text: string): string {
  let out = text.toUpperCase().replace(/\//g, '\\');
  for (const [short, long] of HIVES) out = out.split(long).join(short);
  return out;
}

/** Answers compare without case and surrounding spaces; "0x801C0003" and "801c0003" stay different unless both are accepted. */
function normalizeAnswer(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * One trainee's attempt at one exercise. Pure: it only learns of the run through `observe` and the
 * trainee's answers and hints, each stamped with the device's virtual time, so the same run gives
 * the same report byte for byte.
 */
export class ExerciseAttempt {
  readonly #exercise: Exercise;
  readonly #meta: { id: string; title: string; seed: number };
  readonly #startedAtMs: number;
  #nowMs: number;
  #status: AttemptStatus = 'running';
  #endedAtMs: number | null = null;
  readonly #met = new Map<string, number>();
  readonly #wrong = new Map<string, number>();
  readonly #hints: { text: string; cost: number; atMs: number }[] = [];
  readonly #timeline: TraineeAction[] = [];

  constructor(exercise: Exercise, meta: { id: string; title: string; seed: number }, startedAtMs: number) {
    this.#exercise = exercise;
    this.#meta = meta;
    this.#startedAtMs = startedAtMs;
    this.#nowMs = startedAtMs;
  }

  get running(): boolean {
    return this.#status === 'running';
  }

  get exerciseId(): string {
    return this.#meta.id;
  }

  /** The clock moved (any event): a time limit passed ends the attempt. Returns true when the view changed. */
  tick(nowMs: number): boolean {
    this.#nowMs = Math.max(this.#nowMs, nowMs);
    const limit = this.#exercise.timeLimitMinutes;
    if (this.running && limit !== undefined && this.#nowMs - this.#startedAtMs > limit * 60_000) {
      this.#finish('timed-out', this.#startedAtMs + limit * 60_000, `time limit of ${limit} minutes passed`);
      return true;
    }
    return false;
  }

  /** Something happened in the run; returns true when an objective was met by it. */
  observe(observation: RunObservation): boolean {
    const timedOut = this.tick(observation.atMs);
    if (!this.running) return timedOut;
    this.#timeline.push(actionOf(observation));
    let changed = false;
    for (const objective of this.#exercise.objectives) {
      if (this.#met.has(objective.id) || !this.#meets(objective, observation)) continue;
      this.#met.set(objective.id, observation.atMs);
      this.#timeline.push({ atMs: observation.atMs, kind: 'objective', detail: `objective met: ${objective.label}` });
      changed = true;
    }
    if (changed && this.#exercise.objectives.every((o) => this.#met.has(o.id))) {
      this.#finish('completed', observation.atMs, 'every objective met');
    }
    return changed;
  }

  #meets(objective: Objective, observation: RunObservation): boolean {
    switch (objective.kind) {
      case 'command':
        return observation.kind === 'shell' && new RegExp(objective.match, 'i').test(observation.line);
      case 'read': {
        if (observation.kind !== 'shell' || observation.result.exitCode !== 0) return false;
        const key = normalizeKeys(objective.key);
        const named =
          normalizeKeys(observation.line).includes(key) || normalizeKeys(observation.result.stdout).includes(key);
        const value = objective.value;
        return named && (value === undefined || observation.result.stdout.toLowerCase().includes(value.toLowerCase()));
      }
      case 'screen':
        return (
          observation.kind === 'screen' &&
          observation.screen === objective.screen &&
          (objective.after === undefined || this.#met.has(objective.after))
        );
      case 'tenant':
        return (
          observation.kind === 'tenant' &&
          observation.change.kind === objective.change &&
          Object.entries(objective.with ?? {}).every(([field, want]) => sameValue(observation.change[field], want))
        );
      case 'logs':
        return (
          observation.kind === 'shell' &&
          observation.result.exitCode === 0 &&
          /^\s*mdmdiagnosticstool(\.exe)?\s/i.test(observation.line) &&
          /\s-(cab|zip)\s/i.test(`${observation.line} `)
        );
      case 'answer':
      case 'choice':
        return false;
    }
  }

  /** The trainee's answer to an answer-box or multiple-choice objective. */
  answer(objectiveId: string, answer: string, atMs: number): boolean {
    this.tick(atMs);
    if (!this.running) throw new AttemptError('the attempt has ended');
    const objective = this.#exercise.objectives.find((o) => o.id === objectiveId);
    if (!objective) throw new AttemptError(`no objective "${objectiveId}" in this exercise`);
    if (objective.kind !== 'answer' && objective.kind !== 'choice') {
      throw new AttemptError(`objective "${objectiveId}" is checked from the run, not answered`);
    }
    if (this.#met.has(objectiveId)) throw new AttemptError(`objective "${objectiveId}" is already met`);
    const correct =
      objective.kind === 'answer'
        ? objective.accept.some((a) => normalizeAnswer(a) === normalizeAnswer(answer))
        : answer.trim() === String(objective.correct);
    const shown = objective.kind === 'choice' ? (objective.choices[Number(answer)] ?? answer) : answer;
    this.#timeline.push({
      atMs,
      kind: 'answer',
      detail: `${objective.label}: "${shown}" (${correct ? 'correct' : 'wrong'})`,
    });
    if (!correct) {
      this.#wrong.set(objectiveId, (this.#wrong.get(objectiveId) ?? 0) + 1);
      return false;
    }
    this.#met.set(objectiveId, atMs);
    this.#timeline.push({ atMs, kind: 'objective', detail: `objective met: ${objective.label}` });
    if (this.#exercise.objectives.every((o) => this.#met.has(o.id)))
      this.#finish('completed', atMs, 'every objective met');
    return true;
  }

  /** Reveals the next hint; its cost comes off the score. */
  hint(atMs: number): { text: string; cost: number } {
    this.tick(atMs);
    if (!this.running) throw new AttemptError('the attempt has ended');
    const next = this.#exercise.hints[this.#hints.length];
    if (!next) throw new AttemptError('no hint left');
    this.#hints.push({ ...next, atMs });
    this.#timeline.push({
      atMs,
      kind: 'hint',
      detail: `hint ${this.#hints.length} taken (−${next.cost}): ${next.text}`,
    });
    return { text: next.text, cost: next.cost };
  }

  /** The trainee ends the attempt (or the host does, on a new scenario). */
  end(atMs: number): void {
    this.tick(atMs);
    if (this.running) this.#finish('ended', atMs, 'attempt ended by the trainee');
  }

  #finish(status: AttemptStatus, atMs: number, why: string): void {
    this.#status = status;
    this.#endedAtMs = atMs;
    this.#timeline.push({ atMs, kind: 'end', detail: why });
  }

  get maxScore(): number {
    return this.#exercise.objectives.reduce((sum, o) => sum + o.points, 0);
  }

  /** Points of the objectives met, less every hint's cost; never below zero. */
  get score(): number {
    const earned = this.#exercise.objectives.reduce((sum, o) => sum + (this.#met.has(o.id) ? o.points : 0), 0);
    return Math.max(0, earned - this.#hints.reduce((sum, h) => sum + h.cost, 0));
  }

  view(): AttemptView {
    const ended = !this.running;
    const hints = this.#exercise.hints;
    return {
      exercise: this.#meta.id,
      title: this.#meta.title,
      level: this.#exercise.level,
      briefing: this.#exercise.briefing,
      status: this.#status,
      startedAtMs: this.#startedAtMs,
      nowMs: this.#endedAtMs ?? this.#nowMs,
      timeLimitMinutes: this.#exercise.timeLimitMinutes ?? null,
      objectives: this.#exercise.objectives.map((o) => this.#objectiveView(o)),
      hintsTaken: this.#hints.map(({ text, cost }) => ({ text, cost })),
      hintsLeft: hints.length - this.#hints.length,
      nextHintCost: hints[this.#hints.length]?.cost ?? null,
      score: this.score,
      maxScore: this.maxScore,
      debrief: ended ? { ...this.#exercise.debrief, citations: [...this.#exercise.debrief.citations] } : null,
    };
  }

  #objectiveView(o: Objective): ObjectiveView {
    const view: ObjectiveView = {
      id: o.id,
      kind: o.kind,
      label: o.label,
      points: o.points,
      met: this.#met.has(o.id),
      metAtMs: this.#met.get(o.id) ?? null,
      wrongAnswers: this.#wrong.get(o.id) ?? 0,
    };
    if (o.kind === 'answer') view.prompt = o.prompt;
    if (o.kind === 'choice') Object.assign(view, { prompt: o.prompt, choices: [...o.choices] });
    return view;
  }

  report(): AttemptReport {
    const endedAtMs = this.#endedAtMs ?? this.#nowMs;
    return {
      format: 'oobe-sim-exercise-report',
      version: 1,
      exercise: this.#meta.id,
      title: this.#meta.title,
      level: this.#exercise.level,
      scenarioSeed: this.#meta.seed,
      status: this.#status,
      startedAtMs: this.#startedAtMs,
      endedAtMs,
      timeTakenMs: endedAtMs - this.#startedAtMs,
      score: this.score,
      maxScore: this.maxScore,
      objectives: this.#exercise.objectives.map((o) => ({
        id: o.id,
        label: o.label,
        points: o.points,
        met: this.#met.has(o.id),
        metAtMs: this.#met.get(o.id) ?? null,
      })),
      hintsUsed: this.#hints.map((h) => ({ ...h })),
      timeline: this.#timeline.map((a) => ({ ...a })),
      debrief: { ...this.#exercise.debrief, citations: [...this.#exercise.debrief.citations] },
    };
  }
}

/** A trainee's request the attempt refuses (answering a met objective, a hint when none is left). */
export class AttemptError extends Error {}

function sameValue(actual: unknown, want: string | number | boolean): boolean {
  if (typeof want === 'string' && typeof actual === 'string') return actual.toLowerCase() === want.toLowerCase();
  return actual === want;
}

function actionOf(observation: RunObservation): TraineeAction {
  switch (observation.kind) {
    case 'shell':
      return {
        atMs: observation.atMs,
        kind: 'command',
        detail: `${observation.line} (exit ${observation.result.exitCode})`,
      };
    case 'tenant':
      return { atMs: observation.atMs, kind: 'tenant', detail: JSON.stringify(observation.change) };
    case 'input':
      return { atMs: observation.atMs, kind: 'input', detail: observation.detail };
    case 'screen':
      return { atMs: observation.atMs, kind: 'screen', detail: `screen: ${observation.screen}` };
  }
}
