import { useEffect, useState } from 'react';
import type { SimulatorClient } from '../../shared/contract';
import type { DeviceSnapshot } from '../../shared/snapshot';
import { useCommands } from './commands';

/**
 * The device's state as last pushed. Subscribes first, then asks for the current snapshot once
 * (a pushed snapshot that arrives first wins, being newer), then tells the host the renderer is ready.
 */
export function useSnapshot(client: SimulatorClient): DeviceSnapshot | null {
  const { run, setPage } = useCommands();
  const [snapshot, setSnapshot] = useState<DeviceSnapshot | null>(null);

  useEffect(() => {
    let pushed = false;
    let live = true;
    const show = (next: DeviceSnapshot) => {
      setPage({ screen: next.screen.id, changes: next.pageChanges });
      setSnapshot(next);
    };
    const unsubscribe = client.subscribe('snapshot', (next) => {
      pushed = true;
      show(next);
    });
    void (async () => {
      const first = await run('device.snapshot', {});
      if (first && live && !pushed) show(first);
      if (live) await run('renderer.ready', {});
    })();
    return () => {
      live = false;
      unsubscribe();
    };
  }, [client, run, setPage]);

  return snapshot;
}
