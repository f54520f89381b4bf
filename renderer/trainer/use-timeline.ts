import { useEffect, useState } from 'react';
import type { SimulatorClient } from '../../shared/contract';

/** One line of the trainer's timeline: a core timeline entry, or a service call the device made. */
export interface TrainerEvent {
  seq: number;
  atMs: number;
  /** The timeline entry's kind (screen, input, fault, cloud …), or "service" for a service call. */
  kind: string;
  text: string;
  detail: string;
}

/** Kept for the trainer's eyes only; a long ESP run stays well under this. */
const MAX_EVENTS = 2_000;

/**
 * Every timeline entry and service call pushed by the session since this view opened (a second client
 * of the same session gets the same events as the device page). A new device (clock gone back) starts
 * the list afresh.
 */
export function useTimeline(client: SimulatorClient): TrainerEvent[] {
  const [events, setEvents] = useState<TrainerEvent[]>([]);
  useEffect(() => {
    let seq = 0;
    const add = (event: Omit<TrainerEvent, 'seq'>) =>
      setEvents((list) => {
        const restarted = list.length > 0 && event.atMs < list.at(-1)!.atMs;
        const kept = restarted ? [] : list.slice(-(MAX_EVENTS - 1));
        return [...kept, { ...event, seq: (seq += 1) }];
      });
    const offTimeline = client.subscribe('timeline', (entry) =>
      add({ atMs: entry.atMs, kind: entry.kind, text: entry.text, detail: JSON.stringify(entry, null, 2) }),
    );
    const offService = client.subscribe('service:called', (call) =>
      add({
        atMs: call.atMs,
        kind: 'service',
        text: `${call.operation} (${call.endpoint}): ${call.outcome}`,
        detail: JSON.stringify(call, null, 2),
      }),
    );
    return () => {
      offTimeline();
      offService();
    };
  }, [client]);
  return events;
}
