import { useEffect, useId, useRef, useState } from 'react';
import type { SimulatorClient } from '../../shared/contract';
import type { Fault } from '../../shared/faults';
import { SCREEN_IDS, type ScreenId } from '../../shared/screen-ids';
import { useCommands } from '../state/commands';

/** Faults a trainer arms most (the fault panel fires the rest at once). */
const ARMABLE: { label: string; fault: Fault }[] = [
  { label: 'Cut upstream internet', fault: { kind: 'network.internet', available: false } },
  { label: 'Unplug Ethernet cable', fault: { kind: 'network.cable', connected: false } },
  { label: 'Domain controller unreachable', fault: { kind: 'network.domain-controller', reachable: false } },
  {
    label: 'Cut enrollment.manage.microsoft.com',
    fault: { kind: 'network.endpoint', endpoint: 'enrollment.manage.microsoft.com', reachable: false },
  },
  { label: 'Clock 10 minutes off', fault: { kind: 'clock.drift', driftMs: 600_000 } },
];

/**
 * Arm a fault for a screen: it fires when the device next enters that screen. The trainer console
 * fires it on the `screen:entered` event it receives, so while the clock runs it lands within one
 * pacing tick of the screen (exact when paused or stepping) — not a scenario's own on-screen fault.
 */
export function ArmedFaults({ client }: { client: SimulatorClient }) {
  const { run } = useCommands();
  const [choice, setChoice] = useState(0);
  const [screen, setScreen] = useState<ScreenId>('esp');
  const [armed, setArmed] = useState<{ seq: number; index: number; screen: ScreenId }[]>([]);
  const faultId = useId();
  const screenId = useId();
  // The event handler reads the list through a ref: firing is a side effect, never inside a state updater.
  const armedRef = useRef(armed);
  useEffect(() => {
    armedRef.current = armed;
  }, [armed]);
  useEffect(
    () =>
      client.subscribe('screen:entered', (entered) => {
        const due = armedRef.current.filter((a) => a.screen === entered.screen);
        if (due.length === 0) return;
        armedRef.current = armedRef.current.filter((a) => a.screen !== entered.screen);
        setArmed(armedRef.current);
        for (const a of due) void run('fault.fire', { fault: ARMABLE[a.index]!.fault });
      }),
    [client, run],
  );
  return (
    <section className="trainer-panel" aria-labelledby="trainer-armed-title">
      <h2 id="trainer-armed-title" className="side-section__title">
        Arm a fault for a screen
      </h2>
      <div className="trainer-row">
        <label htmlFor={faultId}>Fault</label>
        <select id={faultId} value={choice} onChange={(e) => setChoice(Number(e.target.value))}>
          {ARMABLE.map((a, i) => (
            <option key={a.label} value={i}>
              {a.label}
            </option>
          ))}
        </select>
        <label htmlFor={screenId}>on screen</label>
        <select id={screenId} value={screen} onChange={(e) => setScreen(e.target.value as ScreenId)}>
          {SCREEN_IDS.map((id) => (
            <option key={id} value={id}>
              {id}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="chrome-button"
          onClick={() => setArmed((list) => [...list, { seq: (list.at(-1)?.seq ?? 0) + 1, index: choice, screen }])}
        >
          Arm
        </button>
      </div>
      <ul aria-label="Armed faults">
        {armed.map((a) => (
          <li key={a.seq}>
            {ARMABLE[a.index]!.label} → when {a.screen} shows{' '}
            <button
              type="button"
              className="chrome-button"
              onClick={() => setArmed((list) => list.filter((other) => other.seq !== a.seq))}
            >
              Disarm
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
