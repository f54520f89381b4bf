import type { ExerciseListing } from '../../shared/exercise';
import { DeviceError } from '../core/device-core';
import { ExerciseController } from '../runtime/exercise/exercise-controller';
import type { ScenarioLibrary } from '../runtime/scenario-library';
import { diskScenarioLibrary } from '../scenarios/disk-library';
import { loadExercisePack, packScenarioLibrary } from '../scenarios/exercise-pack';
import { CliError } from './cli-error';
import { formatProblems } from './format-problems';
import type { Io } from './io';

/**
 * `oobe-sim exercises [--pack DIR|ZIP] [--json]`: the exercises of the built-in library or of a
 * pack, as the app's exercise list shows them (the session's own `exercise.list`, so the two agree).
 * A pack that will not open lists every problem by file and JSON path (exit 2).
 */
export function exercisesCommand(io: Io, options: { pack: string | undefined; json: boolean }): number {
  let scenarios: ScenarioLibrary = diskScenarioLibrary();
  if (options.pack !== undefined) {
    const opened = loadExercisePack(options.pack);
    if (!opened.ok) {
      io.err(`oobe-sim: the exercise pack ${options.pack} will not open:\n${formatProblems(opened.problems)}`);
      return 2;
    }
    scenarios = packScenarioLibrary(opened.pack);
  }
  const controller = new ExerciseController({
    scenarios,
    core: () => {
      throw new DeviceError('listing exercises needs no device');
    },
    replaceDevice: () => undefined,
    emit: () => undefined,
  });
  const { exercises } = controller.handle('exercise.list', {}) as { exercises: ExerciseListing[] };
  if (options.json) io.out(`${JSON.stringify(exercises, null, 2)}\n`);
  else {
    if (exercises.length === 0) throw new CliError('no exercise in the library');
    const width = Math.max(...exercises.map((e) => e.id.length));
    for (const e of exercises)
      io.out(
        `${e.id.padEnd(width)}  ${e.level.padEnd(6)}  ${e.objectives} objectives, ${e.maxScore} points  ${e.title}\n`,
      );
  }
  return 0;
}
