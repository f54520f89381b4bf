import { useCallback, useEffect, useState } from 'react';
import type { SimulatorClient } from '../../shared/contract';
import { base64Bytes, download } from './download';

interface Collected {
  path: string;
  fileName: string;
}

/** The last archive a log collector wrote (Collect logs, Export logs, mdmdiagnosticstool), until dismissed or saved. */
function useCollectedArchive(client: SimulatorClient): [Collected | null, () => void] {
  const [collected, setCollected] = useState<Collected | null>(null);
  useEffect(
    () =>
      client.subscribe('archive:written', ({ path }) =>
        setCollected({ path, fileName: path.slice(path.lastIndexOf('\\') + 1) }),
      ),
    [client],
  );
  return [collected, useCallback(() => setCollected(null), [])];
}

/**
 * Saves one archive on the host: the desktop app's save dialog when the preload offers it, else a
 * browser download of the bytes `archive.read` gives (the web host).
 */
async function saveArchive(client: SimulatorClient, path: string): Promise<void> {
  const bridge = window.oobeSim;
  if (bridge?.saveArchive) {
    await bridge.saveArchive(path);
    return;
  }
  const { fileName, base64 } = await client.invoke('archive.read', { path });
  const type = /\.cab$/i.test(fileName) ? 'application/vnd.ms-cab-compressed' : 'application/zip';
  download(fileName, base64Bytes(base64), type);
}

/**
 * "Logs collected: <name> — Save…" over the device's frame, beside the Paused badge and like it
 * part of the chrome, not of the device's display (so screenshots and recordings of the device
 * don't show it). Non-modal: the walkthrough goes on while it shows.
 */
export function ArchiveNotice({ client }: { client: SimulatorClient }) {
  const [collected, dismiss] = useCollectedArchive(client);
  const [problem, setProblem] = useState<string | null>(null);
  if (!collected) return null;
  const save = () => {
    setProblem(null);
    saveArchive(client, collected.path).then(dismiss, (error: unknown) =>
      setProblem(error instanceof Error ? error.message : String(error)),
    );
  };
  return (
    <div className="archive-notice" role="status" aria-label="Logs collected">
      <span className="archive-notice__text">
        Logs collected: <span className="archive-notice__name">{collected.fileName}</span>
      </span>
      <button type="button" className="archive-notice__save" onClick={save} title={collected.path}>
        Save…
      </button>
      <button type="button" className="archive-notice__close" aria-label="Dismiss" onClick={dismiss}>
        ×
      </button>
      {problem ? (
        <span className="archive-notice__problem" role="alert">
          {problem}
        </span>
      ) : null}
    </div>
  );
}
