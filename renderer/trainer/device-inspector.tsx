import { useId, useState } from 'react';
import { useCommands } from '../state/commands';

const AUTOPILOT_KEY = 'HKLM\\SOFTWARE\\Microsoft\\Provisioning\\Diagnostics\\Autopilot';

/**
 * The device's registry (a key and its subkeys, as regedit exports them) and its event logs (one
 * channel or all), read on request through registry.export and eventlog.read.
 */
export function DeviceInspector() {
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
    <section className="trainer-panel" aria-labelledby="trainer-device-inspector-title">
      <h2 id="trainer-device-inspector-title" className="side-section__title">
        Inspector: registry and event logs
      </h2>
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
    </section>
  );
}
