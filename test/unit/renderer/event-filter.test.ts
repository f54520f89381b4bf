import { describe, expect, it } from 'vitest';
import type { EventLevel, EventRecord } from '../../../shared/records';
import {
  FILTER_LEVELS,
  filterEvents,
  isFiltered,
  NO_FILTER,
  parseEventIds,
} from '../../../renderer/chrome/event-viewer-model';

const admin = 'Microsoft-Windows-DeviceManagement-Enterprise-Diagnostics-Provider/Admin';
const record = (recordId: number, eventId: number, level: EventLevel): EventRecord => ({
  recordId,
  channel: admin,
  provider: admin.split('/')[0]!,
  eventId,
  level,
  atMs: recordId,
  timeCreated: '2026-11-02T21:05:09.000Z',
  message: `event ${eventId}`,
});
const log = [
  record(1, 72, 'Information'),
  record(2, 75, 'Information'),
  record(3, 76, 'Error'),
  record(4, 404, 'Warning'),
];
const ids = (filter: Parameters<typeof filterEvents>[1]) => filterEvents(log, filter).map((e) => e.eventId);

describe("Event Viewer's Filter Current Log", () => {
  it("offers Windows's level checkboxes in its order", () => {
    expect(FILTER_LEVELS).toEqual(['Critical', 'Warning', 'Verbose', 'Error', 'Information']);
  });

  it('keeps every event with no level checked and no IDs', () => {
    expect(ids(NO_FILTER)).toEqual([72, 75, 76, 404]);
    expect(isFiltered(NO_FILTER)).toBe(false);
  });

  it('keeps the checked levels only', () => {
    expect(ids({ levels: ['Error'], ids: '' })).toEqual([76]);
    expect(ids({ levels: ['Error', 'Warning'], ids: '' })).toEqual([76, 404]);
    expect(isFiltered({ levels: ['Error'], ids: '' })).toBe(true);
  });

  it('reads IDs as a list "75,76", a range "70-80" and an exclusion "-76"', () => {
    expect(ids({ levels: [], ids: '75,76' })).toEqual([75, 76]);
    expect(ids({ levels: [], ids: '70-80' })).toEqual([72, 75, 76]);
    expect(ids({ levels: [], ids: '70-80, -76' })).toEqual([72, 75]);
    expect(ids({ levels: [], ids: '-76' })).toEqual([72, 75, 404]);
    expect(ids({ levels: ['Information'], ids: '70-80' })).toEqual([72, 75]);
    expect(ids({ levels: [], ids: '<All Event IDs>' })).toEqual([72, 75, 76, 404]);
  });

  it('refuses a bad entry with a message naming it', () => {
    const bad = parseEventIds('75,abc');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message).toContain('"abc"');
    expect(parseEventIds('80-70').ok).toBe(false);
    expect(parseEventIds('70000').ok).toBe(false);
    expect(ids({ levels: [], ids: 'abc' })).toEqual([]);
  });
});
