import { useEffect, useState } from 'react';
import type { RewindPoint, SimulatorClient } from '../../shared/contract';
import { useCommands } from '../state/commands';
import { ChromeDialog } from './chrome-dialog';
import { DeviceFileControls } from './device-file-controls';
import { formatClock } from './format';
import './rewind-controls.css';

/** The moments the session keeps, kept current by its `rewind:points` events. */
function useRewindPoints(client: SimulatorClient): RewindPoint[] {
  const [points, setPoints] = useState<RewindPoint[]>([]);
  useEffect(() => {
    let live = true;
    const unsubscribe = client.subscribe('rewind:points', (payload) => setPoints(payload.points));
    // Events only say what changed; the list as it stands now comes from asking once.
    client.invoke('device.history', {}).then(
      (result) => live && setPoints(result.points),
      () => undefined,
    );
    return () => {
      live = false;
      unsubscribe();
    };
  }, [client]);
  return points;
}

const KIND_TEXT: Readonly<Record<RewindPoint['kind'], string>> = {
  start: 'Start',
  input: 'Input',
  fault: 'Fault',
  tenant: 'Tenant',
};

interface RewindDialogProps {
  points: readonly RewindPoint[];
  nowMs: number;
  onRewind: (target: { toMs: number } | { point: number }) => void;
  onClose: () => void;
}

/**
 * The run's timeline: any virtual time between the first kept moment and now (a slider, by the
 * second), or just before one of the moments (a person's input, a fault, an admin's change).
 */
function RewindDialog({ points, nowMs, onRewind, onClose }: RewindDialogProps) {
  const startMs = points[0]?.atMs ?? 0;
  const [toMs, setToMs] = useState(startMs);
  const newestFirst = [...points].reverse();
  return (
    <ChromeDialog
      title="Rewind the device"
      onClose={onClose}
      closeLabel="Cancel"
      className="rewind-dialog"
      actions={
        <button type="button" className="chrome-button" onClick={() => onRewind({ toMs })}>
          Rewind to {formatClock(toMs)}
        </button>
      }
    >
      <p className="rewind-dialog__intro">
        The device goes back to how it was at that moment of virtual time: what happened after it is undone, and the run
        goes on from there. The device is now at {formatClock(nowMs)}.
      </p>
      <label className="rewind-dialog__slider">
        <span>Virtual time</span>
        <input
          type="range"
          min={startMs}
          max={nowMs}
          step={1000}
          value={toMs}
          aria-valuetext={formatClock(toMs)}
          onChange={(event) => setToMs(Number(event.target.value))}
        />
        <output>{formatClock(toMs)}</output>
      </label>
      <h3 className="rewind-dialog__heading">Moments</h3>
      <ol className="rewind-moments" aria-label="Moments">
        {newestFirst.map((point, index) => (
          <li key={`${points.length - index}`} className={`rewind-moments__item rewind-moments__item--${point.kind}`}>
            <span className="rewind-moments__time">{formatClock(point.atMs)}</span>
            <span className="rewind-moments__kind">{KIND_TEXT[point.kind]}</span>
            <span className="rewind-moments__label">{point.label}</span>
            <button
              type="button"
              className="chrome-button"
              aria-label={`Go back to just before: ${point.label}`}
              onClick={() => onRewind({ point: points.length - 1 - index })}
            >
              Go back
            </button>
          </li>
        ))}
      </ol>
    </ChromeDialog>
  );
}

/** "Rewind…" in the chrome: puts the device back to any earlier moment of this run (device.rewind). */
export function RewindControls({ client, nowMs }: { client: SimulatorClient; nowMs: number | null }) {
  const { run } = useCommands();
  const points = useRewindPoints(client);
  const [open, setOpen] = useState(false);
  const canRewind = points.length > 0 && nowMs !== null && nowMs > (points[0]?.atMs ?? 0);

  const rewind = async (target: { toMs: number } | { point: number }) => {
    if (await run('device.rewind', target)) setOpen(false);
  };

  return (
    <div className="chrome-group" role="group" aria-label="Device state">
      <button
        type="button"
        className="chrome-button"
        disabled={!canRewind}
        title={canRewind ? 'Put the device back to an earlier moment of this run' : 'Nothing to go back to yet'}
        onClick={() => setOpen(true)}
      >
        ⟲ Rewind…
      </button>
      <DeviceFileControls />
      {open && nowMs !== null ? (
        <RewindDialog
          points={points}
          nowMs={nowMs}
          onRewind={(target) => void rewind(target)}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </div>
  );
}
