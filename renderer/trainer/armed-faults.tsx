import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { SimulatorClient } from '../../shared/contract';
import type { Fault } from '../../shared/faults';
import { SCREEN_IDS, type ScreenId } from '../../shared/screen-ids';
import type { ArmedFault } from '../../shared/trainer-views';
import { formatClock } from '../chrome/format';
import { useCommands } from '../state/commands';
import { parseArmTime } from './arm-time';

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

function labelOf(fault: Fault): string {
  return ARMABLE.find((a) => JSON.stringify(a.fault) === JSON.stringify(fault))?.label ?? fault.kind;
}

/** The faults armed for a time, as the device's clock holds them; asked again after each fault on the timeline. */
function useTimedFaults(client: SimulatorClient): [ArmedFault[], () => void] {
  const [armed, setArmed] = useState<ArmedFault[]>([]);
  const refresh = useCallback(() => {
    client.invoke('fault.armed', {}).then(
      (result) => setArmed(result.armed),
      () => undefined,
    );
  }, [client]);
  useEffect(() => {
    refresh();
    const offTimeline = client.subscribe('timeline', (entry) => {
      if (entry.kind === 'fault') refresh();
    });
    // A rewind or a new device brings its own clock queue.
    const offPoints = client.subscribe('rewind:points', refresh);
    return () => {
      offTimeline();
      offPoints();
    };
  }, [client, refresh]);
  return [armed, refresh];
}

/**
 * Arm a fault for a screen or for a time. A time is armed on the device's clock (fault.arm) and
 * fires there exactly. A screen is watched here: the console fires it on the `screen:entered`
 * event it receives, so while the clock runs it lands within one pacing tick of the screen (exact
 * when paused or stepping) — not a scenario's own on-screen fault.
 */
export function ArmedFaults({ client, nowMs }: { client: SimulatorClient; nowMs: number }) {
  const { run } = useCommands();
  const [choice, setChoice] = useState(0);
  const [when, setWhen] = useState<'screen' | 'time'>('screen');
  const [screen, setScreen] = useState<ScreenId>('esp');
  const [time, setTime] = useState('+5');
  const [armed, setArmed] = useState<{ seq: number; index: number; screen: ScreenId }[]>([]);
  const [timed, refreshTimed] = useTimedFaults(client);
  const faultId = useId();
  const whenId = useId();
  const screenId = useId();
  const timeId = useId();
  const atMs = parseArmTime(time, nowMs);
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
  const arm = async () => {
    if (when === 'screen') {
      setArmed((list) => [...list, { seq: (list.at(-1)?.seq ?? 0) + 1, index: choice, screen }]);
      return;
    }
    if (atMs === null) return;
    if (await run('fault.arm', { fault: ARMABLE[choice]!.fault, atMs })) refreshTimed();
  };
  const disarm = async (id: number) => {
    if (await run('fault.disarm', { id })) refreshTimed();
  };
  return (
    <section className="trainer-panel" aria-labelledby="trainer-armed-title">
      <h2 id="trainer-armed-title" className="side-section__title">
        Arm a fault for a screen or a time
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
        <label htmlFor={whenId}>when</label>
        <select id={whenId} value={when} onChange={(e) => setWhen(e.target.value as 'screen' | 'time')}>
          <option value="screen">a screen shows</option>
          <option value="time">the clock reaches</option>
        </select>
        {when === 'screen' ? (
          <>
            <label htmlFor={screenId}>on screen</label>
            <select id={screenId} value={screen} onChange={(e) => setScreen(e.target.value as ScreenId)}>
              {SCREEN_IDS.map((id) => (
                <option key={id} value={id}>
                  {id}
                </option>
              ))}
            </select>
          </>
        ) : (
          <>
            <label htmlFor={timeId}>at time</label>
            <input
              id={timeId}
              value={time}
              size={8}
              aria-invalid={atMs === null}
              aria-describedby={`${timeId}-hint`}
              onChange={(e) => setTime(e.target.value)}
            />
            <span id={`${timeId}-hint`} className="side-section__note">
              {atMs === null ? 'mm:ss from the start, or "in 5 min"' : `fires at ${formatClock(atMs)}`}
            </span>
          </>
        )}
        <button
          type="button"
          className="chrome-button"
          disabled={when === 'time' && atMs === null}
          onClick={() => void arm()}
        >
          Arm
        </button>
      </div>
      <ul aria-label="Armed faults">
        {armed.map((a) => (
          <li key={`s${a.seq}`}>
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
        {timed.map((a) => (
          <li key={`t${a.id}`}>
            {labelOf(a.fault)} → at {formatClock(a.atMs)}{' '}
            <button type="button" className="chrome-button" onClick={() => void disarm(a.id)}>
              Disarm
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
