import { useEffect, useState } from 'react';
import type { SimulatorClient } from '../../shared/contract';
import type { AttemptView } from '../../shared/exercise';
import { useCommands } from './commands';

/**
 * The exercise attempt as last pushed (`exercise:changed`), or null when none was started. Like
 * the snapshot: subscribe first, then ask once; a pushed view that arrives first wins.
 */
export function useExercise(client: SimulatorClient): AttemptView | null {
  const { run } = useCommands();
  const [attempt, setAttempt] = useState<AttemptView | null>(null);

  useEffect(() => {
    let pushed = false;
    let live = true;
    const unsubscribe = client.subscribe('exercise:changed', (next) => {
      pushed = true;
      setAttempt(next);
    });
    void run('exercise.state', {}).then((result) => {
      if (result && live && !pushed) setAttempt(result.attempt);
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, [client, run]);

  return attempt;
}
