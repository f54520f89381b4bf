import type { ScreenId } from './screen-ids';

/**
 * What the contract carries about exercises (issue 13). The trainee's view never holds the answers
 * or the debrief until the attempt has ended: trainee mode hides the scenario's internals.
 */

export type ExerciseLevel = 'easy' | 'medium' | 'hard';
export type ObjectiveKind = 'command' | 'read' | 'answer' | 'choice' | 'screen' | 'tenant' | 'logs';

/** An exercise as a list shows it, with this session's best attempt (a pack's progress). */
export interface ExerciseListing {
  id: string;
  title: string;
  level: ExerciseLevel;
  briefing: string;
  objectives: number;
  timeLimitMinutes: number | null;
  attempts: number;
  bestScore: number | null;
  maxScore: number;
}

/** One objective as the trainee sees it: the task, and whether the run has met it. */
export interface ObjectiveView {
  id: string;
  kind: ObjectiveKind;
  label: string;
  points: number;
  met: boolean;
  metAtMs: number | null;
  /** For answer and choice objectives. */
  prompt?: string;
  choices?: string[];
  /** Wrong answers given so far. */
  wrongAnswers: number;
}

export type AttemptStatus = 'running' | 'completed' | 'ended' | 'timed-out';

export interface AttemptView {
  exercise: string;
  title: string;
  level: ExerciseLevel;
  briefing: string;
  status: AttemptStatus;
  startedAtMs: number;
  nowMs: number;
  timeLimitMinutes: number | null;
  objectives: ObjectiveView[];
  hintsTaken: { text: string; cost: number }[];
  hintsLeft: number;
  /** The cost of the next hint, null when none is left. */
  nextHintCost: number | null;
  score: number;
  maxScore: number;
  /** Shown once the attempt has ended. */
  debrief: { rootCause: string; fix: string; citations: string[] } | null;
}

/** One thing the trainee did, on the device's clock. */
export interface TraineeAction {
  atMs: number;
  kind: 'command' | 'input' | 'tenant' | 'answer' | 'hint' | 'screen' | 'objective' | 'end';
  detail: string;
}

/** The attempt report a trainer collects (JSON; its HTML twin is self-contained). */
export interface AttemptReport {
  format: 'oobe-sim-exercise-report';
  version: 1;
  exercise: string;
  title: string;
  level: ExerciseLevel;
  scenarioSeed: number;
  status: AttemptStatus;
  startedAtMs: number;
  endedAtMs: number;
  timeTakenMs: number;
  score: number;
  maxScore: number;
  objectives: { id: string; label: string; points: number; met: boolean; metAtMs: number | null }[];
  hintsUsed: { text: string; cost: number; atMs: number }[];
  timeline: TraineeAction[];
  debrief: { rootCause: string; fix: string; citations: string[] };
}

export type { ScreenId };
