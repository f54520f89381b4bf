import { ArrowClockwise16Regular, DocumentBulletList20Regular, Filter16Regular } from '@fluentui/react-icons';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { EventRecord } from '../../shared/records';
import { useCommands } from '../state/commands';
import { EventFilterPanel } from './event-filter-panel';
import {
  eventDateTime,
  eventsOf,
  filterEvents,
  isFiltered,
  logNodes,
  NO_FILTER,
  sourceName,
  type EventFilter,
  type LogNode,
} from './event-viewer-model';
import { ViewerWindow } from './viewer-window';

interface Folder {
  name: string;
  folders: Folder[];
  logs: LogNode[];
}

/** The tree of folders and logs from each log's path (its last element is the log's own name). */
function buildTree(nodes: readonly LogNode[]): Folder {
  const root: Folder = { name: 'Event Viewer (Local)', folders: [], logs: [] };
  for (const node of nodes) {
    let at = root;
    for (const name of node.path.slice(0, -1)) {
      let next = at.folders.find((f) => f.name === name);
      if (!next) at.folders.push((next = { name, folders: [], logs: [] }));
      at = next;
    }
    at.logs.push(node);
  }
  return root;
}

function FolderItem({ folder, children }: { folder: Folder; children: ReactNode }) {
  return (
    <li role="treeitem" aria-expanded="true" aria-selected="false" className="evt__folder">
      <span className="evt__folder-name">{folder.name}</span>
      <ul role="group">{children}</ul>
    </li>
  );
}

/**
 * `eventvwr`: Event Viewer over OOBE. The tree has Windows Logs and each Applications and Services
 * log the device has written to; the list shows the chosen log's events newest first (Level, Date
 * and Time on the device's clock, Source, Event ID); the pane below shows the selected event.
 * It reads the device's logs when it opens and on Refresh, as Event Viewer does.
 */
export function EventViewer({ offset, onClose }: { offset: number; onClose: () => void }) {
  const { tryRun } = useCommands();
  const [records, setRecords] = useState<EventRecord[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [channel, setChannel] = useState<string | null>(null);
  const [selected, setSelected] = useState<number | null>(null);
  const [filter, setFilter] = useState<EventFilter>(NO_FILTER);
  const [filtering, setFiltering] = useState(false);

  // Each Refresh reads the device's logs again (and the first read happens when the window opens).
  const [reads, setReads] = useState(0);
  useEffect(() => {
    let live = true;
    void tryRun('eventlog.read', {}).then((outcome) => {
      if (!live) return;
      if (outcome.ok) {
        setRecords(outcome.result.records);
        setError(null);
      } else setError(outcome.error.message);
    });
    return () => {
      live = false;
    };
  }, [tryRun, reads]);
  const choose = (log: string) => {
    setChannel(log);
    setSelected(null);
    // A filter belongs to the log it was set on ("Filter Current Log"), as in Event Viewer.
    setFilter(NO_FILTER);
  };

  const tree = useMemo(() => buildTree(logNodes(records)), [records]);
  const events = useMemo(
    () => (channel ? filterEvents(eventsOf(records, channel), filter) : []),
    [records, channel, filter],
  );
  const heading = !channel
    ? 'Select a log'
    : isFiltered(filter)
      ? `Filtered: Log: ${channel}; Levels: ${filter.levels.join(', ') || 'All'}; Event ID: ${filter.ids.trim() || 'All'}. Number of events: ${events.length}`
      : `${channel.replace(/^.*\//, '')}    Number of events: ${events.length}`;
  const event = events.find((e) => e.recordId === selected) ?? null;

  const renderFolder = (folder: Folder): ReactNode => (
    <FolderItem key={folder.name} folder={folder}>
      {folder.folders.map(renderFolder)}
      {folder.logs.map((log) => (
        <li
          key={log.channel}
          role="treeitem"
          aria-selected={log.channel === channel}
          tabIndex={0}
          className="evt__log"
          title={log.channel}
          onClick={() => choose(log.channel)}
          onKeyDown={(e) => {
            if (e.key !== 'Enter' && e.key !== ' ') return;
            e.preventDefault();
            choose(log.channel);
          }}
        >
          {log.path.at(-1)}
        </li>
      ))}
    </FolderItem>
  );

  return (
    <ViewerWindow
      title="Event Viewer"
      icon={<DocumentBulletList20Regular />}
      className="evt"
      offset={offset}
      onClose={onClose}
    >
      <div className="evt__toolbar">
        <button type="button" className="evt__refresh" onClick={() => setReads((n) => n + 1)}>
          <ArrowClockwise16Regular aria-hidden="true" /> Refresh
        </button>
        <button
          type="button"
          className="evt__refresh"
          disabled={channel === null}
          aria-expanded={filtering}
          onClick={() => setFiltering((open) => !open)}
        >
          <Filter16Regular aria-hidden="true" /> Filter Current Log…
        </button>
        {isFiltered(filter) ? (
          <button type="button" className="evt__refresh" onClick={() => setFilter(NO_FILTER)}>
            Clear Filter
          </button>
        ) : null}
        {error ? (
          <span role="alert" className="evt__error">
            {error}
          </span>
        ) : null}
      </div>
      {filtering && channel ? (
        <EventFilterPanel
          initial={filter}
          onApply={(next) => {
            setFilter(next);
            setSelected(null);
            setFiltering(false);
          }}
          onCancel={() => setFiltering(false)}
        />
      ) : null}
      <div className="evt__body">
        <ul role="tree" aria-label="Logs" className="evt__tree">
          {renderFolder(tree)}
        </ul>
        <div className="evt__main">
          <div className="evt__heading">{heading}</div>
          <div className="evt__list">
            <table aria-label="Events">
              <thead>
                <tr>
                  <th scope="col">Level</th>
                  <th scope="col">Date and Time</th>
                  <th scope="col">Source</th>
                  <th scope="col">Event ID</th>
                </tr>
              </thead>
              <tbody>
                {events.map((e) => (
                  <tr
                    key={e.recordId}
                    tabIndex={0}
                    aria-selected={e.recordId === selected}
                    className={e.recordId === selected ? 'evt__row evt__row--selected' : 'evt__row'}
                    onClick={() => setSelected(e.recordId)}
                    onKeyDown={(k) => {
                      if (k.key !== 'Enter' && k.key !== ' ') return;
                      k.preventDefault();
                      setSelected(e.recordId);
                    }}
                  >
                    <td>{e.level}</td>
                    <td>{eventDateTime(e.timeCreated)}</td>
                    <td>{sourceName(e.provider)}</td>
                    <td>{e.eventId}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <section className="evt__details" aria-label="Event details">
            {event ? (
              <>
                <div className="evt__details-title">
                  Event {event.eventId}, {sourceName(event.provider)}
                </div>
                <pre className="evt__message">{event.message}</pre>
                <dl className="evt__fields">
                  <dt>Log Name:</dt>
                  <dd>{event.channel}</dd>
                  <dt>Source:</dt>
                  <dd>{sourceName(event.provider)}</dd>
                  <dt>Logged:</dt>
                  <dd>{eventDateTime(event.timeCreated)}</dd>
                  <dt>Event ID:</dt>
                  <dd>{event.eventId}</dd>
                  <dt>Level:</dt>
                  <dd>{event.level}</dd>
                </dl>
              </>
            ) : null}
          </section>
        </div>
      </div>
    </ViewerWindow>
  );
}
