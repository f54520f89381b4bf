import { useRef, type ChangeEvent } from 'react';
import { useCommands } from '../state/commands';
import { download } from './download';

/**
 * "Save device" writes the running device to a file (its scenario, seed, state, clock queue and
 * tenant); "Open device…" puts a saved one in its place, exactly where it was. A damaged or newer
 * file is refused with the device's own message, and the running device keeps going.
 */
export function DeviceFileControls() {
  const { run } = useCommands();
  const fileRef = useRef<HTMLInputElement>(null);

  const save = async () => {
    const file = await run('device.save', {});
    // The installers' MIME type, not application/json: a browser may add ".json" to a JSON download
    // whose name ends otherwise, and `.oobe-device` is the extension a double-click opens.
    if (file) download(file.fileName, file.text, 'application/x-oobe-device');
  };

  const open = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) await run('device.open', { fileName: file.name, text: await file.text() });
  };

  return (
    <>
      <button type="button" className="chrome-button" onClick={() => void save()}>
        Save device
      </button>
      <button type="button" className="chrome-button" onClick={() => fileRef.current?.click()}>
        Open device…
      </button>
      <input
        ref={fileRef}
        type="file"
        accept=".oobe-device,.json,application/json"
        hidden
        aria-label="Saved device file"
        onChange={(e) => void open(e)}
      />
    </>
  );
}
