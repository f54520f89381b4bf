import { useEffect, useState } from 'react';
import type { EventPayloads, LoggedEvent, SimulatorClient } from '../../shared/contract';

/** One line of the trainer's timeline: a core timeline entry, a service call, a registry write or an event-log record. */
export interface TrainerEvent {
  seq: number;
  atMs: number;
  /** The timeline entry's kind (screen, input, fault, cloud …), or "service", "registry", "event". */
  kind: string;
  text: string;
  detail: string;
}

/** Kept for the trainer's eyes only; a long ESP run stays well under this. */
const MAX_EVENTS = 5_000;

function describe(event: LoggedEvent): Omit<TrainerEvent, 'seq'> {
  const detail = JSON.stringify(event.payload, null, 2);
  switch (event.name) {
    case 'timeline':
      return { atMs: event.payload.atMs, kind: event.payload.kind, text: event.payload.text, detail };
    case 'service:called': {
      const call = event.payload;
      return {
        atMs: call.atMs,
        kind: 'service',
        text: `${call.operation} (${call.endpoint}): ${call.outcome}`,
        detail,
      };
    }
    case 'registry:changed': {
      const change = event.payload;
      const value = change.value === undefined ? '' : ` ${change.value === '' ? '(Default)' : change.value}`;
      return { atMs: change.atMs, kind: 'registry', text: `${change.op} ${change.key}${value}`, detail };
    }
    case 'eventlog:written': {
      const record = event.payload;
      const text = `${record.level} ${record.eventId} ${record.provider}: ${record.message.split('\n')[0] ?? ''}`;
      return { atMs: record.atMs, kind: 'event', text, detail };
    }
  }
}

/**
 * Every event of the run since it started: the session's log (timeline.history) first, then the
 * live events. Events that arrive before the log's reply are already in it (the session answers a
 * command after sending every event before it, in order), so they are dropped. A new device
 * (clock gone back) starts the list afresh.
 */
export function useTimeline(client: SimulatorClient): TrainerEvent[] {
  const [events, setEvents] = useState<TrainerEvent[]>([]);
  useEffect(() => {
    let seq = 0;
    let loaded = false;
    let live = true;
    const add = (event: LoggedEvent) => {
      if (!loaded) return;
      const line = describe(event);
      setEvents((list) => {
        const restarted = list.length > 0 && line.atMs < list.at(-1)!.atMs;
        const kept = restarted ? [] : list.slice(-(MAX_EVENTS - 1));
        return [...kept, { ...line, seq: (seq += 1) }];
      });
    };
    const on = <N extends LoggedEvent['name']>(name: N) =>
      client.subscribe(name, (payload: EventPayloads[N]) => add({ name, payload } as LoggedEvent));
    const offs = [on('timeline'), on('service:called'), on('registry:changed'), on('eventlog:written')];
    const load = () => {
      loaded = false;
      client.invoke('timeline.history', {}).then(
        (result) => {
          if (!live) return;
          loaded = true;
          setEvents(result.events.slice(-MAX_EVENTS).map((e) => ({ ...describe(e), seq: (seq += 1) })));
        },
        () => {
          // A host without the log (an older one): follow the live events from now on.
          loaded = true;
        },
      );
    };
    load();
    // Fewer rewind points than before: the device was rewound (or replaced); what it undid leaves the list.
    let points = -1;
    const offPoints = client.subscribe('rewind:points', (payload) => {
      if (payload.points.length < points) load();
      points = payload.points.length;
    });
    return () => {
      live = false;
      offPoints();
      for (const off of offs) off();
    };
  }, [client]);
  return events;
}
