import { useId, useState } from 'react';
import type { SimulatorClient } from '../../shared/contract';
import { useCommands } from '../state/commands';
import { FileBrowser } from './file-browser';
import { RegistryTree } from './registry-tree';
import { useLiveVersion } from './use-live-version';
import '../chrome/shell-windows.css';

const AUTOPILOT_KEY = 'HKLM\\SOFTWARE\\Microsoft\\Provisioning\\Diagnostics\\Autopilot';

const VIEWS = ['Registry', 'Files', 'Export and event logs'] as const;

/**
 * The device's registry as regedit's tree and its files, re-read as the device writes them
 * (registry:changed, a snapshot after a command); and, on request, a key exported as regedit
 * exports it and the event logs (one channel or all).
 */
export function DeviceInspector({ client }: { client: SimulatorClient }) {
  const [view, setView] = useState<(typeof VIEWS)[number]>('Registry');
  const registryVersion = useLiveVersion(client, ['registry:changed']);
  const filesVersion = useLiveVersion(client, ['snapshot'], 2_000);
  return (
    <section className="trainer-panel trainer-inspector" aria-labelledby="trainer-device-inspector-title">
      <h2 id="trainer-device-inspector-title" className="side-section__title">
        Inspector: registry, files, event logs
      </h2>
      <div className="chrome-segmented" role="group" aria-label="Inspector view">
        {VIEWS.map((v) => (
          <button
            key={v}
            type="button"
            className="chrome-button chrome-button--toggle"
            aria-pressed={view === v}
            onClick={() => setView(v)}
          >
            {v}
          </button>
        ))}
      </div>
      {view === 'Registry' ? <RegistryTree version={registryVersion} /> : null}
      {view === 'Files' ? <FileBrowser version={filesVersion} /> : null}
      {view === 'Export and event logs' ? <ExportAndEvents /> : null}
    </section>
  );
}

/** A key exported as regedit's .reg text, and event-log records, read on request. */
function ExportAndEvents() {
  const { run } = useCommands();
  const [key, setKey] = useState(AUTOPILOT_KEY);
  const [channel, setChannel] = useState('');
  const [output, setOutput] = useState('');
  const keyId = useId();
  const channelId = useId();
  const exportKey = async () => {
    const result = await run('registry.export', { key });
    if (result) setOutput(result.text);
  };
  const readEvents = async () => {
    const result = await run('eventlog.read', channel ? { channel } : {});
    if (!result) return;
    setOutput(
      result.records
        .map((r) => `${r.timeCreated}  ${r.level}  ${r.eventId}  ${r.channel}\n    ${r.message}`)
        .join('\n') || 'No events.',
    );
  };
  return (
    <div>
      <div className="trainer-row">
        <label htmlFor={keyId}>Key</label>
        <input id={keyId} value={key} onChange={(e) => setKey(e.target.value)} size={40} />
        <button type="button" className="chrome-button" disabled={key.length < 2} onClick={() => void exportKey()}>
          Export key
        </button>
      </div>
      <div className="trainer-row">
        <label htmlFor={channelId}>Channel</label>
        <input
          id={channelId}
          value={channel}
          onChange={(e) => setChannel(e.target.value)}
          placeholder="all channels"
          size={40}
        />
        <button type="button" className="chrome-button" onClick={() => void readEvents()}>
          Read events
        </button>
      </div>
      {/* The <pre> is focusable so a keyboard alone can scroll it (axe: scrollable-region-focusable). */}
      {output ? (
        <pre className="trainer-detail trainer-detail--tall" tabIndex={0} aria-label="Inspector output">
          {output}
        </pre>
      ) : null}
    </div>
  );
}
