import { useEffect, useState } from 'react';
import type { SimulatorClient } from '../../shared/contract';
import type { DeviceSnapshot } from '../../shared/snapshot';
import { useCommands } from './commands';

/**
 * The device's state as last pushed. Subscribes first, then asks for the current snapshot once
 * (a pushed snapshot that arrives first wins, being newer), then tells the host the renderer is ready.
 */
export function useSnapshot(client: SimulatorClient): DeviceSnapshot | null {
  const { run } = useCommands();
  const [snapshot, setSnapshot] = useState<DeviceSnapshot | null>(null);

  useEffect(() => {
    let pushed = false;
    let live = true;
    const unsubscribe = client.subscribe('snapshot', (next) => {
      pushed = true;
      setSnapshot(next);
    });
    void (async () => {
      const first = await run('device.snapshot', {});
      if (first && live && !pushed) setSnapshot(first);
      if (live) await run('renderer.ready', {});
    })();
    return () => {
      live = false;
      unsubscribe();
    };
  }, [client, run]);

  return snapshot;
}
