import { useEffect, useLayoutEffect, useState } from 'react';
import type { SimulatorClient } from '../../shared/contract';
import type { DeviceSnapshot } from '../../shared/snapshot';
import { useCommands } from './commands';
import { shareUnchanged } from './share-unchanged';

/**
 * The device's state as last pushed. Subscribes first, then asks for the current snapshot once
 * (a pushed snapshot that arrives first wins, being newer), then tells the host the renderer is ready.
 * `boot` (the snapshot the web host wrote into the page) is what shows until that answer comes.
 */
export function useSnapshot(client: SimulatorClient, boot: DeviceSnapshot | null = null): DeviceSnapshot | null {
  const { run, setPage } = useCommands();
  const [snapshot, setSnapshot] = useState<DeviceSnapshot | null>(boot);

  useEffect(() => {
    let pushed = false;
    let live = true;
    const unsubscribe = client.subscribe('snapshot', (next) => {
      pushed = true;
      setSnapshot((prev) => shareUnchanged(prev, next));
    });
    void (async () => {
      const first = await run('device.snapshot', {});
      // Usually the same as the page's boot snapshot: sharing keeps the drawn screen as it is.
      if (first && live && !pushed) setSnapshot((prev) => shareUnchanged(prev, first));
      if (live) await run('renderer.ready', {});
    })();
    return () => {
      live = false;
      unsubscribe();
    };
  }, [client, run]);

  // Inputs are meant for the page drawn on screen: the target moves once the new page is in the DOM,
  // so a click on the old page's button that lands before then still names the old page.
  useLayoutEffect(() => {
    if (snapshot) setPage({ screen: snapshot.screen.id, changes: snapshot.pageChanges });
  }, [snapshot, setPage]);

  return snapshot;
}
