import { useCommands } from '../state/commands';

const KEYS: { chord: string; label: string }[] = [
  { chord: 'Meta', label: 'Windows key' },
  { chord: 'Shift+F10', label: 'Shift+F10' },
  // The host keeps Ctrl+Alt+Delete for itself on Windows, and some keyboards have no Delete key.
  { chord: 'Ctrl+Alt+Delete', label: 'Ctrl+Alt+Delete' },
  // Windows+L locks the desktop; Ctrl+Win+R on the lock screen starts a local Autopilot Reset. Hosts keep both.
  { chord: 'Meta+L', label: 'Win+L' },
  { chord: 'Ctrl+Meta+R', label: 'Ctrl+Win+R' },
];

/**
 * Keys a trainer can't press on the host keyboard (the Windows key is often taken by the host).
 * `send` defaults to the device's key command; the simulator passes its own to open the
 * command prompt on Shift+F10.
 */
export function KeyButtons({ enabled, send }: { enabled: boolean; send?: (chord: string) => void }) {
  const { key } = useCommands();
  const press = send ?? key;
  return (
    <div className="chrome-group" role="group" aria-label="Device keyboard">
      <span className="chrome-group__label" aria-hidden="true">
        Keys
      </span>
      {KEYS.map(({ chord, label }) => (
        <button key={chord} type="button" className="chrome-button" disabled={!enabled} onClick={() => press(chord)}>
          {label}
        </button>
      ))}
    </div>
  );
}
