import { useCallback, useEffect, useRef, useState } from 'react';
import type { DeviceSnapshot, Pacing } from '../../shared/snapshot';
import type { ConnectionStatus } from '../client/ws-client';
import { useCommands } from '../state/commands';
import './device-notices.css';

/** The chrome's key that pauses the virtual clock and resumes it (no OOBE page uses F9). */
export const PAUSE_KEY = 'F9';

/**
 * Pause/resume on F9, the way a video player takes its own key. Resuming goes back to the last
 * speed this window saw the clock run at (×1 until it has seen one).
 */
export function usePauseKey(snapshot: DeviceSnapshot | null): () => void {
  const { run } = useCommands();
  const pacing = snapshot?.pacing ?? null;
  const [lastRunning, setLastRunning] = useState<Exclude<Pacing, 'paused'>>('x1');
  if (pacing !== null && pacing !== 'paused' && pacing !== lastRunning) setLastRunning(pacing);
  const resume = useCallback(() => void run('clock.pacing', { pacing: lastRunning }), [run, lastRunning]);
  const toggle = useRef<(() => void) | null>(null);
  useEffect(() => {
    toggle.current =
      pacing === null ? null : pacing === 'paused' ? resume : () => void run('clock.pacing', { pacing: 'paused' });
  }, [pacing, resume, run]);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== PAUSE_KEY || event.ctrlKey || event.altKey || event.metaKey || event.shiftKey) return;
      if (!toggle.current || event.repeat) return;
      event.preventDefault();
      toggle.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
  return resume;
}

/** "Paused" on the device's frame while the virtual clock stands still, with the key that resumes it. */
export function PausedBadge({ snapshot, onResume }: { snapshot: DeviceSnapshot | null; onResume: () => void }) {
  if (snapshot?.pacing !== 'paused') return null;
  return (
    <button type="button" className="paused-badge" aria-keyshortcuts={PAUSE_KEY} onClick={onResume}>
      <span className="paused-badge__icon" aria-hidden="true" />
      <span className="paused-badge__title">Paused</span>
      <span className="paused-badge__hint">
        Press <kbd>{PAUSE_KEY}</kbd> to resume
      </span>
    </button>
  );
}

/** Over the device while the simulator doesn't answer; the client reconnects on its own. */
export function DisconnectedNotice({ status }: { status: ConnectionStatus }) {
  if (status === 'open' || status === 'connecting') return null;
  return (
    <div className="disconnected" role="alert">
      <div className="disconnected__box">
        <p className="disconnected__title">The simulator stopped responding</p>
        <p className="disconnected__text">
          {status === 'closed'
            ? 'The connection was closed. Reload the page to start again.'
            : 'Reconnecting… The device carries on where it was as soon as the simulator is back.'}
        </p>
      </div>
    </div>
  );
}
