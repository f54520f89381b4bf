import { DocumentArrowUp20Regular } from '@fluentui/react-icons';
import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import type { ScenarioListing } from '../../shared/contract';
import type { ScenarioInfo } from '../../shared/snapshot';
import { useCommands, useFailures, type RunError } from '../state/commands';
import { ChromeDialog } from './chrome-dialog';
import { ScenarioProblemsDialog, type ScenarioProblems } from './scenario-problems-dialog';

/** The contract's limit on a scenario file's text (scenario.load). */
const MAX_FILE_CHARS = 2_000_000;
/** About what the side column shows in its clamped lines. */
const BRIEF_CLAMP_CHARS = 260;

type Listing = { state: 'loading' } | { state: 'ready'; scenarios: ScenarioListing[] } | { state: 'failed' };

function matches(scenario: ScenarioListing, filter: string): boolean {
  const needle = filter.trim().toLowerCase();
  if (!needle) return true;
  return [scenario.id, scenario.title, scenario.mode, scenario.description].some((s) =>
    s.toLowerCase().includes(needle),
  );
}

/** One built-in scenario: title, id and mode, its description, and Load. */
function ScenarioItem({
  scenario,
  current,
  busy,
  onLoad,
}: {
  scenario: ScenarioListing;
  current: boolean;
  busy: boolean;
  onLoad: () => void;
}) {
  const titleId = useId();
  return (
    <li className="picker__item" aria-labelledby={titleId} data-scenario={scenario.id}>
      <div className="picker__text">
        <h3 id={titleId} className="picker__title">
          {scenario.title}
        </h3>
        <p className="picker__meta">
          <code>{scenario.id}</code>
          <span className="chrome-badge">{scenario.mode}</span>
          {current ? <span className="chrome-badge chrome-badge--brand">running now</span> : null}
        </p>
        <p className="picker__description" title={scenario.description}>
          {scenario.description}
        </p>
      </div>
      <button type="button" className="chrome-button" disabled={busy} aria-describedby={titleId} onClick={onLoad}>
        Load
      </button>
    </li>
  );
}

/** The picker's body: the built-in scenarios from scenario.list, filtered as the trainer types. */
function ScenarioList({
  currentId,
  busy,
  onLoad,
}: {
  currentId: string | null;
  busy: boolean;
  onLoad: (id: string) => void;
}) {
  const { run } = useCommands();
  const [listing, setListing] = useState<Listing>({ state: 'loading' });
  const [filter, setFilter] = useState('');
  const filterId = useId();

  useEffect(() => {
    let live = true;
    void run('scenario.list', {}).then((result) => {
      if (live) setListing(result ? { state: 'ready', scenarios: result.scenarios } : { state: 'failed' });
    });
    return () => {
      live = false;
    };
  }, [run]);

  if (listing.state === 'loading') return <p className="picker__empty">Reading the scenario library…</p>;
  if (listing.state === 'failed') return <p className="picker__empty">The scenario library could not be read.</p>;
  const shown = listing.scenarios.filter((s) => matches(s, filter));
  return (
    <>
      <div className="picker__filter">
        <label htmlFor={filterId}>Filter</label>
        <input
          id={filterId}
          className="chrome-input"
          type="search"
          placeholder="title, id, mode or words from the description"
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
        />
        <span className="picker__count" aria-live="polite">
          {shown.length} of {listing.scenarios.length}
        </span>
      </div>
      {shown.length === 0 ? (
        <p className="picker__empty">No scenario matches “{filter.trim()}”.</p>
      ) : (
        <ul className="picker__list" aria-label="Built-in scenarios">
          {shown.map((scenario) => (
            <ScenarioItem
              key={scenario.id}
              scenario={scenario}
              current={scenario.id === currentId}
              busy={busy}
              onLoad={() => onLoad(scenario.id)}
            />
          ))}
        </ul>
      )}
    </>
  );
}

/**
 * The header's "Scenarios" button and what it opens: the built-in scenarios (title, id, mode,
 * description) each with Load, and "Open scenario file…" for a scenario JSON from disk. Loading
 * replaces the device; a broken scenario is refused and its problems are listed in a dialog of
 * their own while the current device keeps running.
 */
export function ScenarioPicker({ current }: { current: ScenarioInfo | null }) {
  const { tryRun } = useCommands();
  const { report } = useFailures();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<ScenarioProblems | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  const refused = (source: string, error: RunError) => {
    const detail = error.detail;
    if (detail?.code === 'invalid-scenario') setProblems({ source, problems: detail.problems ?? [] });
    else report(error.message);
  };

  const load = async (source: string, payload: { id: string } | { fileName: string; text: string }) => {
    setBusy(true);
    const outcome = await tryRun('scenario.load', payload);
    setBusy(false);
    if (outcome.ok) setOpen(false);
    else refused(source, outcome.error);
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.target;
    const file = input.files?.[0];
    // Cleared so choosing the same file again (after fixing it) fires a change.
    input.value = '';
    if (!file) return;
    const text = await file.text();
    if (text.length > MAX_FILE_CHARS) {
      setProblems({
        source: file.name,
        problems: [
          {
            file: file.name,
            path: '',
            message: `the file is larger than ${MAX_FILE_CHARS.toLocaleString('en-US')} characters`,
          },
        ],
      });
      return;
    }
    await load(file.name, { fileName: file.name, text });
  };

  return (
    <>
      <button type="button" className="chrome-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Scenarios
      </button>
      {open ? (
        <ChromeDialog
          title="Scenarios"
          className="picker"
          onClose={() => setOpen(false)}
          actions={
            <>
              <input
                ref={fileRef}
                type="file"
                accept=".json,application/json"
                hidden
                onChange={(event) => void onFile(event)}
              />
              <button type="button" className="chrome-button" disabled={busy} onClick={() => fileRef.current?.click()}>
                <DocumentArrowUp20Regular className="chrome-button__icon" aria-hidden="true" />
                Open scenario file…
              </button>
            </>
          }
        >
          <p className="picker__lead">
            Loading a scenario replaces the running device with a new one, built as the scenario describes and switched
            on at once.
          </p>
          <ScenarioList currentId={current?.id ?? null} busy={busy} onLoad={(id) => void load(id, { id })} />
        </ChromeDialog>
      ) : null}
      {problems ? <ScenarioProblemsDialog report={problems} onClose={() => setProblems(null)} /> : null}
    </>
  );
}

/** The brief of the scenario the device was built from, for the trainee to read beside the screen. */
export function ScenarioBrief({ scenario }: { scenario: ScenarioInfo | null }) {
  const [expanded, setExpanded] = useState(false);
  const textId = useId();
  // Short briefs fit in the clamped lines; only long ones get the toggle.
  const long = (scenario?.description.length ?? 0) > BRIEF_CLAMP_CHARS;
  return (
    <section className="side-section brief" aria-labelledby="scenario-brief-title">
      <h2 id="scenario-brief-title" className="side-section__title">
        Scenario
      </h2>
      {scenario ? (
        <>
          <h3 className="brief__title">{scenario.title}</h3>
          <p className="brief__id">
            <code>{scenario.id}</code>
          </p>
          <p id={textId} className={expanded || !long ? 'brief__text' : 'brief__text brief__text--clamped'}>
            {scenario.description}
          </p>
          {long ? (
            <button
              type="button"
              className="chrome-link"
              aria-expanded={expanded}
              aria-controls={textId}
              onClick={() => setExpanded(!expanded)}
            >
              {expanded ? 'Show less' : 'Read the whole brief'}
            </button>
          ) : null}
        </>
      ) : (
        <p className="side-section__empty">
          No scenario loaded: this is the default device. Use Scenarios to pick one.
        </p>
      )}
    </section>
  );
}
