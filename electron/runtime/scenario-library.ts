import type { ScenarioListing } from '../../shared/contract';
import type { Scenario } from '../../shared/scenario/scenario';

export type ScenarioLoadRequest = { id: string } | { fileName: string; text: string };

export type ScenarioLoadOutcome =
  { ok: true; scenario: Scenario } | { ok: false; problems: { file: string; path: string; message: string }[] };

/**
 * Where scenarios come from: the hosts (web host, Electron main) give the session one that reads
 * assets/scenarios from disk; the runtime itself never touches files.
 */
export interface ScenarioLibrary {
  list(): ScenarioListing[];
  load(request: ScenarioLoadRequest): ScenarioLoadOutcome;
}
