import type { EventPayloads } from '../../../shared/contract';
import type { EventRecord, TimelineEntry } from '../../../shared/records';
import type { ScreenId } from '../../../shared/screen-ids';
import type { DeploymentReport } from '../../../shared/report';

/** How a run ended: the expected end reached, an error screen reached, or neither. */
export type RunOutcome = 'success' | 'failure' | 'incomplete';

/** What `oobe-sim run --json` prints: a public contract (fields are only ever added). */
export interface RunResult {
  scenario: string;
  seed: number;
  outcome: RunOutcome;
  finalScreen: ScreenId;
  virtualDurationMs: number;
  screens: { atMs: number; id: ScreenId }[];
  errors: Omit<EventPayloads['error:shown'], never>[];
  /** Windows event-log records written during the run. */
  events: Pick<EventRecord, 'atMs' | 'channel' | 'eventId' | 'level' | 'message'>[];
  /** Notable moments in order (screens, network, cloud, faults, input). */
  timeline: TimelineEntry[];
  /** Where the script could not be followed (a control not on screen, a screen that never came). */
  scriptProblems: { atMs: number; step: number; message: string }[];
  /** The Windows Autopilot device preparation deployment report at the end of the run; null when no device preparation policy applied. */
  report: DeploymentReport | null;
}
