import type { ScenarioLibrary } from './scenario-library';

/**
 * A scenario library whose contents can be swapped while sessions hold it: Electron's File →
 * "Open exercise pack…" makes the pack every device's library (as `--pack` does at launch).
 */
export function switchableLibrary(initial: ScenarioLibrary): {
  library: ScenarioLibrary;
  use: (next: ScenarioLibrary) => void;
} {
  let current = initial;
  return {
    library: { list: () => current.list(), load: (request) => current.load(request) },
    use: (next) => {
      current = next;
    },
  };
}
