import type { EventPayloads } from '../../../shared/contract';
import type { EventRecord, TimelineEntry } from '../../../shared/records';
import type { ScreenId } from '../../../shared/screen-ids';
import type { DeploymentReport } from '../../../shared/report';

/** The pseudo channel of service calls in a run's `events` (not a Windows event log). */
export const SERVICE_CALL_CHANNEL = 'OOBE Simulator/Service calls';

/** One entry of a run's `events`: an event-log record, or a service call with its endpoint, operation and outcome. */
export type RunEvent = Pick<EventRecord, 'atMs' | 'channel' | 'eventId' | 'level' | 'message'> & {
  endpoint?: string;
  operation?: string;
  outcome?: string;
};

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
  /**
   * Windows event-log records written during the run, and the device's calls to its tenant's
   * services in order with them (channel SERVICE_CALL_CHANNEL, event id 0, plus the endpoint, the
   * operation and the answer's kind: electron/cloud/).
   */
  events: RunEvent[];
  /** Notable moments in order (screens, network, cloud, faults, input). */
  timeline: TimelineEntry[];
  /** Where the script could not be followed (a control not on screen, a screen that never came). */
  scriptProblems: { atMs: number; step: number; message: string }[];
  /** The Windows Autopilot device preparation deployment report at the end of the run; null when no device preparation policy applied. */
  report: DeploymentReport | null;
}
