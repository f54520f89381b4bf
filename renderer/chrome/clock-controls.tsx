import { useId } from 'react';
import { PACINGS, type DeviceSnapshot, type Pacing } from '../../shared/snapshot';
import { useCommands } from '../state/commands';
import { formatClock } from './format';

const PACING_LABELS: Record<Pacing, string> = { paused: 'Pause', x1: '×1', x10: '×10', x60: '×60' };

/** The virtual clock: its time, how fast it runs, and a jump to the next scheduled event. */
export function ClockControls({ snapshot }: { snapshot: DeviceSnapshot | null }) {
  const { run } = useCommands();
  const next = snapshot?.nextEventInMs ?? null;
  const nextId = useId();
  return (
    <div className="chrome-group" role="group" aria-label="Virtual clock">
      <span className="chrome-group__label" aria-hidden="true">
        Virtual time
      </span>
      <output className="clock__time" aria-label="Virtual time">
        {snapshot ? formatClock(snapshot.nowMs) : '–:––:––'}
      </output>
      <div className="chrome-segmented">
        {PACINGS.map((pacing) => (
          <button
            key={pacing}
            type="button"
            className="chrome-button chrome-button--toggle"
            aria-pressed={snapshot?.pacing === pacing}
            disabled={!snapshot}
            onClick={() => void run('clock.pacing', { pacing })}
          >
            {PACING_LABELS[pacing]}
          </button>
        ))}
      </div>
      <button
        type="button"
        className="chrome-button"
        disabled={next === null}
        aria-describedby={nextId}
        onClick={() => void run('clock.skip', {})}
      >
        Skip to next event
      </button>
      <span id={nextId} className="clock__next">
        {next === null ? 'nothing scheduled' : `next in ${formatClock(next)}`}
      </span>
    </div>
  );
}
