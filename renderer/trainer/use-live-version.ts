import { useEffect, useState } from 'react';
import type { EventName, SimulatorClient } from '../../shared/contract';

/** A number that goes up (at most every `everyMs`) when the device emits one of `names`: views re-read on it. */
export function useLiveVersion(client: SimulatorClient, names: readonly EventName[], everyMs = 500): number {
  const [version, setVersion] = useState(0);
  const key = names.join(',');
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const bump = () => {
      timer ??= setTimeout(() => {
        timer = null;
        setVersion((v) => v + 1);
      }, everyMs);
    };
    const offs = key.split(',').map((name) => client.subscribe(name as EventName, bump));
    return () => {
      if (timer) clearTimeout(timer);
      for (const off of offs) off();
    };
  }, [client, key, everyMs]);
  return version;
}
