import { useState } from 'react';
import type { DeviceSnapshot } from '../../shared/snapshot';
import { useCommands } from '../state/commands';
import { ChromeDialog } from './chrome-dialog';

type PowerAction = 'on' | 'restart' | 'shutdown' | 'factory-reset';

const ACTIONS: { action: PowerAction; label: string; whenOn: boolean | null }[] = [
  { action: 'on', label: 'Power on', whenOn: false },
  { action: 'restart', label: 'Restart', whenOn: true },
  { action: 'shutdown', label: 'Shut down', whenOn: true },
  { action: 'factory-reset', label: 'Reset to factory', whenOn: null },
];

/** Asks before a factory reset: it throws away everything the device has done. */
function ConfirmFactoryReset({ onReset, onCancel }: { onReset: () => void; onCancel: () => void }) {
  return (
    <ChromeDialog
      title="Reset the device to factory state?"
      onClose={onCancel}
      closeLabel="Cancel"
      className="confirm-reset"
      actions={
        <button type="button" className="chrome-button chrome-button--danger" onClick={onReset}>
          Reset to factory
        </button>
      }
    >
      <p>
        This throws away the device&apos;s state: the pages answered, its sign-in and enrollment, the registry, event
        logs and files. A new device starts from the first page, and its virtual clock starts again at 0:00:00.
      </p>
    </ChromeDialog>
  );
}

/** The device's power button and reset, as the trainer works them. */
export function PowerControls({ power }: { power: DeviceSnapshot['power'] | null }) {
  const { run } = useCommands();
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="chrome-group" role="group" aria-label="Power">
      <span className="chrome-group__label" aria-hidden="true">
        Power
      </span>
      {ACTIONS.map(({ action, label, whenOn }) => (
        <button
          key={action}
          type="button"
          className={action === 'factory-reset' ? 'chrome-button chrome-button--danger' : 'chrome-button'}
          disabled={power === null || (whenOn !== null && whenOn !== (power === 'on'))}
          onClick={() => (action === 'factory-reset' ? setConfirming(true) : void run('device.power', { action }))}
        >
          {label}
        </button>
      ))}
      {confirming ? (
        <ConfirmFactoryReset
          onCancel={() => setConfirming(false)}
          onReset={() => {
            setConfirming(false);
            void run('device.power', { action: 'factory-reset' });
          }}
        />
      ) : null}
    </div>
  );
}
