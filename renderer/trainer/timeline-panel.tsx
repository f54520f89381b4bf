import { useId, useState } from 'react';
import { formatClock } from '../chrome/format';
import type { TrainerEvent } from './use-timeline';

const KINDS = [
  'all',
  'screen',
  'input',
  'fault',
  'cloud',
  'service',
  'registry',
  'event',
  'network',
  'power',
  'update',
  'error',
] as const;

/** The live timeline on the virtual clock: filter by kind, click an entry for its details. */
export function TimelinePanel({ events }: { events: TrainerEvent[] }) {
  const [kind, setKind] = useState<(typeof KINDS)[number]>('all');
  const [text, setText] = useState('');
  const [open, setOpen] = useState<number | null>(null);
  const kindId = useId();
  const shown = events.filter(
    (e) => (kind === 'all' || e.kind === kind) && (!text || e.text.toLowerCase().includes(text.toLowerCase())),
  );
  const selected = events.find((e) => e.seq === open) ?? null;
  return (
    <section className="trainer-panel trainer-timeline" aria-labelledby="trainer-timeline-title">
      <h2 id="trainer-timeline-title" className="side-section__title">
        Timeline
      </h2>
      <div className="trainer-row">
        <label htmlFor={kindId}>Kind</label>
        <select id={kindId} value={kind} onChange={(e) => setKind(e.target.value as (typeof KINDS)[number])}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
        <input
          type="search"
          aria-label="Filter timeline"
          placeholder="Filter text"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <span className="side-section__note">
          {shown.length} {shown.length === 1 ? 'entry' : 'entries'}
        </span>
      </div>
      <ol className="trainer-timeline__list" aria-label="Timeline entries">
        {shown.map((e) => (
          <li key={e.seq}>
            <button
              type="button"
              className="trainer-timeline__entry"
              aria-pressed={e.seq === open}
              onClick={() => setOpen(e.seq === open ? null : e.seq)}
            >
              <span className="trainer-timeline__time">{formatClock(e.atMs)}</span>
              <span className={`chrome-badge trainer-kind--${e.kind}`}>{e.kind}</span>
              <span className="trainer-timeline__text">{e.text}</span>
            </button>
          </li>
        ))}
      </ol>
      {/* The <pre> is focusable so a keyboard alone can scroll it (axe: scrollable-region-focusable). */}
      {selected ? (
        <pre className="trainer-detail" tabIndex={0} aria-label="Entry details">
          {selected.detail}
        </pre>
      ) : null}
    </section>
  );
}
