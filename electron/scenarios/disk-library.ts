import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ScenarioLibrary } from '../runtime/scenario-library';
import { loadBuiltins } from './library';
import { loadScenarioFile, loadScenarioText } from './load-scenario';
import { BUILTIN_SCENARIOS_DIR } from './paths';

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * The scenario library the hosts hand to their session: the built-ins from assets/scenarios, and
 * files the user opens in the app (their text arrives over the contract; relative assets resolve
 * from the working directory and assets/). An id is only ever a built-in's: never a path, so a
 * page can't make the host read other files.
 */
export function diskScenarioLibrary(): ScenarioLibrary {
  return {
    list: () => loadBuiltins().summaries.map(({ id, mode, title, description }) => ({ id, mode, title, description })),
    load: (request) => {
      if ('text' in request) return loadScenarioText(request.text, request.fileName, process.cwd());
      const file = join(BUILTIN_SCENARIOS_DIR, `${request.id}.json`);
      if (!ID.test(request.id) || !existsSync(file)) {
        return {
          ok: false,
          problems: [{ file: request.id, path: '(file)', message: 'no built-in scenario has this id' }],
        };
      }
      return loadScenarioFile(file);
    },
  };
}
