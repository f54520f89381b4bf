/** Type-only re-exports for the core, which uses scenario shapes but never parses files. */
export type { Scenario, ScenarioBody, ScenarioInput, ScenarioMode } from './scenario';
export type { ScriptAction, ScriptStep } from './script';
