import type { SimulatorClient } from '../../shared/contract';
import type { DeviceSnapshot } from '../../shared/snapshot';
import { DeviceScreen } from '../screens/device-screen';
import { useCommands } from '../state/commands';
import { useDeviceKeys } from '../state/use-device-keys';
import { useSnapshot } from '../state/use-snapshot';
import { ClockControls } from './clock-controls';
import { DeviceInfoPanel } from './device-info-panel';
import { DeviceViewport } from './device-viewport';
import { FailureMessages } from './failure-messages';
import { KeyButtons } from './key-buttons';
import { PowerControls } from './power-controls';
import './chrome.css';

/** The trainer's note under the screen: what the device is doing when the screen can't say. */
function StageNote({ snapshot }: { snapshot: DeviceSnapshot | null }) {
  if (!snapshot) return <p className="stage-note">Connecting to the device…</p>;
  if (snapshot.screen.id !== 'powered-off') return null;
  return (
    <p className="stage-note" role="note">
      {snapshot.screen.resealed
        ? 'The device is switched off: it was resealed and is ready to ship to its user. Use Power on to start it.'
        : 'The device is switched off. Use Power on to start it.'}
    </p>
  );
}

/**
 * The simulator's own window (not Windows's): power, clock and key controls, the device's
 * display in the middle, and what a technician could read off the device beside it.
 */
export function Simulator({ client }: { client: SimulatorClient }) {
  const snapshot = useSnapshot(client);
  const { key } = useCommands();
  useDeviceKeys(key);
  const on = snapshot?.power === 'on';

  return (
    <div className="sim theme-dark">
      <header className="sim-header" aria-label="Simulator controls">
        <div className="sim-brand">
          <span className="sim-brand__name">OOBE Simulator</span>
          <span className="sim-brand__tag">simulator controls</span>
        </div>
        <PowerControls power={snapshot?.power ?? null} />
        <ClockControls snapshot={snapshot} />
      </header>
      <FailureMessages />
      <div className="sim-main">
        <main className="sim-stage" aria-label="Device screen">
          <DeviceViewport>{snapshot ? <DeviceScreen view={snapshot.screen} /> : null}</DeviceViewport>
          <div className="sim-stage__below">
            <StageNote snapshot={snapshot} />
            <KeyButtons enabled={on} />
          </div>
        </main>
        <DeviceInfoPanel info={snapshot?.info ?? null} />
      </div>
    </div>
  );
}
