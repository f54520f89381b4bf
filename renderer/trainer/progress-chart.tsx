import { useState } from 'react';
import type { DeviceSnapshot } from '../../shared/snapshot';
import { formatClock } from '../chrome/format';

interface Sample {
  atMs: number;
  percent: number;
}

/**
 * How far provisioning is, 0–100, from what the screen shows: the ESP's items done (complete or not
 * required) out of all, or device preparation's own percentage; null on other screens.
 */
function progressOf(snapshot: DeviceSnapshot): number | null {
  const { screen } = snapshot;
  if (screen.id === 'device-prep-progress') return screen.percent;
  if (screen.id !== 'esp' && screen.id !== 'esp-error') return null;
  const items = screen.categories.flatMap((c) => c.items);
  if (items.length === 0) return 0;
  const done = items.filter((i) => i.state === 'complete' || i.state === 'not-required').length;
  return Math.round((done / items.length) * 100);
}

/** The ESP / device preparation progress over virtual time, sampled from each pushed snapshot. */
export function ProgressChart({ snapshot }: { snapshot: DeviceSnapshot | null }) {
  const [samples, setSamples] = useState<Sample[]>([]);
  const percent = snapshot ? progressOf(snapshot) : null;
  if (snapshot && percent !== null) {
    const last = samples.at(-1);
    const restarted = last !== undefined && snapshot.nowMs < last.atMs;
    // Adjusting state while rendering: a sample per change of the percentage (or a new device).
    if (restarted) setSamples([{ atMs: snapshot.nowMs, percent }]);
    else if (last?.percent !== percent) setSamples([...samples, { atMs: snapshot.nowMs, percent }]);
  }
  const width = 320;
  const height = 80;
  const first = samples[0]?.atMs ?? 0;
  const end = Math.max(snapshot?.nowMs ?? first, (samples.at(-1)?.atMs ?? first) + 1);
  const x = (ms: number) => ((ms - first) / Math.max(1, end - first)) * width;
  const y = (p: number) => height - (p / 100) * height;
  const points = samples.flatMap((s, i) => {
    const next = samples[i + 1]?.atMs ?? end;
    return [`${x(s.atMs)},${y(s.percent)}`, `${x(next)},${y(s.percent)}`];
  });
  return (
    <section className="trainer-panel" aria-labelledby="trainer-progress-title">
      <h2 id="trainer-progress-title" className="side-section__title">
        Provisioning progress
      </h2>
      {samples.length === 0 ? (
        <p className="side-section__empty">No ESP or device preparation page yet.</p>
      ) : (
        <>
          <svg
            className="trainer-chart"
            viewBox={`0 0 ${width} ${height}`}
            role="img"
            aria-label={`Progress ${samples.at(-1)!.percent}% at ${formatClock(samples.at(-1)!.atMs)}`}
          >
            <polyline points={points.join(' ')} fill="none" stroke="currentColor" strokeWidth="2" />
          </svg>
          <p className="side-section__note">
            {formatClock(first)} → {formatClock(end)} · now {samples.at(-1)!.percent}%
          </p>
        </>
      )}
    </section>
  );
}
