import { useState } from 'react';
import type { EventLevel } from '../../shared/records';
import { FILTER_LEVELS, NO_FILTER, parseEventIds, type EventFilter } from './event-viewer-model';

/**
 * Event Viewer's "Filter Current Log" dialog, reduced to what the device's logs need: the Event
 * level checkboxes (Windows's order and labels) and the Event IDs field. OK applies, Clear empties
 * the form, Cancel leaves the filter as it was.
 */
export function EventFilterPanel({
  initial,
  onApply,
  onCancel,
}: {
  initial: EventFilter;
  onApply: (filter: EventFilter) => void;
  onCancel: () => void;
}) {
  const [levels, setLevels] = useState<readonly EventLevel[]>(initial.levels);
  const [ids, setIds] = useState(initial.ids);
  const parsed = parseEventIds(ids);
  const toggle = (level: EventLevel, on: boolean) =>
    setLevels((now) => (on ? [...now, level] : now.filter((l) => l !== level)));
  return (
    <div role="dialog" aria-label="Filter Current Log" className="evt__filter">
      <fieldset className="evt__filter-levels">
        <legend>Event level:</legend>
        {FILTER_LEVELS.map((level) => (
          <label key={level}>
            <input
              type="checkbox"
              checked={levels.includes(level)}
              onChange={(e) => toggle(level, e.currentTarget.checked)}
            />{' '}
            {level}
          </label>
        ))}
      </fieldset>
      <label className="evt__filter-ids">
        Event IDs
        <input
          type="text"
          value={ids}
          placeholder="<All Event IDs>"
          aria-invalid={!parsed.ok}
          onChange={(e) => setIds(e.currentTarget.value)}
        />
      </label>
      <p className="evt__filter-hint">
        Includes/Excludes Event IDs: Enter ID numbers and/or ID ranges separated by commas. To exclude criteria, type a
        minus sign first. For example 1,3,5-99,-76
      </p>
      {!parsed.ok ? (
        <p role="alert" className="evt__error">
          {parsed.message}
        </p>
      ) : null}
      <div className="evt__filter-buttons">
        <button type="button" onClick={() => (setLevels(NO_FILTER.levels), setIds(NO_FILTER.ids))}>
          Clear
        </button>
        <button type="button" disabled={!parsed.ok} onClick={() => onApply({ levels, ids })}>
          OK
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
