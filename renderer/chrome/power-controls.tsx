import type { DeviceSnapshot } from '../../shared/snapshot';
import { useCommands } from '../state/commands';

type PowerAction = 'on' | 'restart' | 'shutdown' | 'factory-reset';

const ACTIONS: { action: PowerAction; label: string; whenOn: boolean | null }[] = [
  { action: 'on', label: 'Power on', whenOn: false },
  { action: 'restart', label: 'Restart', whenOn: true },
  { action: 'shutdown', label: 'Shut down', whenOn: true },
  { action: 'factory-reset', label: 'Reset to factory', whenOn: null },
];

/** The device's power button and reset, as the trainer works them. */
export function PowerControls({ power }: { power: DeviceSnapshot['power'] | null }) {
  const { run } = useCommands();
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
          onClick={() => void run('device.power', { action })}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
