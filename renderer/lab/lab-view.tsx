import { useEffect, useMemo, useState } from 'react';
import type { ScenarioListing, SimulatorClient } from '../../shared/contract';
import type { LabDeviceView, LabOutcome, LabResultView } from '../../shared/lab';
import { FailureMessages } from '../chrome/failure-messages';
import { formatClock } from '../chrome/format';
import { useCommands } from '../state/commands';
import { useSnapshot } from '../state/use-snapshot';
import '../chrome/chrome.css';
import './lab.css';

const OUTCOMES: readonly LabOutcome[] = ['success', 'failure', 'incomplete'];

/** A run in progress or finished: the rows arrive one device at a time (lab:progress). */
interface LabRun {
  runId: number;
  scenario: string;
  total: number;
  devices: LabDeviceView[];
  result: LabResultView | null;
  error: string | null;
}

/**
 * The lab (issue 15 "Several devices"): a scenario headless on N devices with seeds from a base,
 * each device's outcome, serial number and user, a summary, and what the run's one tenant (shared
 * by its devices, fresh for the run) holds at the end. A second client of the session (/lab, or the Lab window in
 * Electron); the running device is not touched by a lab run.
 */
export function LabView({ client }: { client: SimulatorClient }) {
  const { run, tryRun } = useCommands();
  const snapshot = useSnapshot(client);
  const [scenarios, setScenarios] = useState<ScenarioListing[]>([]);
  const [picked, setPicked] = useState<string | null>(null);
  const [devices, setDevices] = useState('10');
  const [seedBase, setSeedBase] = useState('1');
  const [labRun, setLabRun] = useState<LabRun | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    void run('scenario.list', {}).then((r) => r && setScenarios(r.scenarios));
  }, [run]);

  // Events of the current run only; a run another client started shows nothing here.
  useEffect(() => {
    const offProgress = client.subscribe('lab:progress', (p) =>
      setLabRun((r) => (r && r.runId === p.runId ? { ...r, devices: [...r.devices, p.device] } : r)),
    );
    const offDone = client.subscribe('lab:done', (p) =>
      setLabRun((r) => (r && r.runId === p.runId ? { ...r, result: p.result, error: p.error ?? null } : r)),
    );
    return () => {
      offProgress();
      offDone();
    };
  }, [client]);

  const scenarioId = picked ?? snapshot?.scenario?.id ?? scenarios[0]?.id ?? '';
  const running = labRun !== null && labRun.result === null && labRun.error === null;

  const start = async () => {
    const count = Number(devices);
    const base = Number(seedBase);
    if (!Number.isInteger(count) || count < 1 || count > 500)
      return setProblem('Devices: a whole number from 1 to 500.');
    if (!Number.isInteger(base) || base < 0 || base > 0xffffffff)
      return setProblem('Seed base: a whole number from 0 to 4294967295.');
    setProblem(null);
    const outcome = await tryRun('lab.run', { scenarioId, devices: count, seedBase: base });
    if (!outcome.ok) return setProblem(outcome.error.message);
    const { runId, scenario, total } = outcome.result;
    setLabRun({ runId, scenario, total, devices: [], result: null, error: null });
  };

  return (
    <div className="sim theme-dark lab" data-window="lab" data-screen="lab">
      <header className="sim-header" aria-label="Lab controls">
        <div className="sim-brand">
          <span className="sim-brand__name">Lab</span>
          <span className="sim-brand__tag">one scenario on many headless devices</span>
        </div>
        <form
          className="chrome-group lab-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void start();
          }}
        >
          <label className="lab-field">
            Scenario
            <select value={scenarioId} onChange={(e) => setPicked(e.target.value)} disabled={running}>
              {scenarios.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.id}
                </option>
              ))}
            </select>
          </label>
          <label className="lab-field">
            Devices
            <input
              type="number"
              min={1}
              max={500}
              value={devices}
              onChange={(e) => setDevices(e.target.value)}
              disabled={running}
            />
          </label>
          <label className="lab-field">
            Seed base
            <input
              type="number"
              min={0}
              value={seedBase}
              onChange={(e) => setSeedBase(e.target.value)}
              disabled={running}
            />
          </label>
          <button type="submit" className="chrome-button" disabled={running || scenarioId === ''}>
            Run
          </button>
        </form>
      </header>
      <FailureMessages />
      <main className="lab-main">
        {problem ? (
          <p className="lab-problem" role="alert">
            {problem}
          </p>
        ) : null}
        {labRun ? (
          <LabRunView run={labRun} />
        ) : (
          <p className="lab-hint">Pick a scenario and a device count, then Run.</p>
        )}
      </main>
    </div>
  );
}

function LabRunView({ run }: { run: LabRun }) {
  return (
    <>
      <p
        className="lab-progress"
        role="status"
        aria-live="polite"
        data-lab-progress={`${run.devices.length}/${run.total}`}
      >
        {run.scenario}: {run.devices.length} of {run.total} devices done
        {run.error ? ` — stopped: ${run.error}` : ''}
      </p>
      {run.result ? <LabSummary result={run.result} /> : null}
      {run.result ? <LabTenantSummary result={run.result} /> : null}
      <table className="lab-table" aria-label="Lab devices">
        <thead>
          <tr>
            <th scope="col">Seed</th>
            <th scope="col">Serial number</th>
            <th scope="col">User</th>
            <th scope="col">Outcome</th>
            <th scope="col">Error code</th>
            <th scope="col">Final screen</th>
            <th scope="col">End time</th>
          </tr>
        </thead>
        <tbody>
          {run.devices.map((d) => (
            <tr key={d.seed} data-outcome={d.outcome}>
              <td>{d.seed}</td>
              <td>{d.serialNumber}</td>
              <td>{d.upn ?? '—'}</td>
              <td className={`lab-outcome lab-outcome--${d.outcome}`}>{d.outcome}</td>
              <td>{d.errorCode ?? '—'}</td>
              <td>{d.finalScreen}</td>
              <td>{formatClock(d.endMs)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function LabSummary({ result }: { result: LabResultView }) {
  const { counts, minMs, medianMs, maxMs } = result.summary;
  const rows = useMemo(() => OUTCOMES.map((o) => [o, counts[o]] as const), [counts]);
  return (
    <section className="lab-summary" aria-label="Lab summary">
      <dl>
        {rows.map(([outcome, count]) => (
          <div key={outcome} className="lab-summary__item" data-outcome={outcome}>
            <dt>{outcome}</dt>
            <dd>{count}</dd>
          </div>
        ))}
        <div className="lab-summary__item">
          <dt>min</dt>
          <dd>{formatClock(minMs)}</dd>
        </div>
        <div className="lab-summary__item">
          <dt>median</dt>
          <dd>{formatClock(medianMs)}</dd>
        </div>
        <div className="lab-summary__item">
          <dt>max</dt>
          <dd>{formatClock(maxMs)}</dd>
        </div>
      </dl>
    </section>
  );
}

/** The run's one tenant at the end: every lab device joined it with its own serial number and user. */
function LabTenantSummary({ result }: { result: LabResultView }) {
  const { autopilotRecords, entraDeviceObjects, intuneDevices, users } = result.tenant;
  const items = [
    ['Autopilot records', autopilotRecords],
    ['Entra device objects', entraDeviceObjects],
    ['Intune devices', intuneDevices],
    ['Users', users],
  ] as const;
  return (
    <section className="lab-summary" aria-label="Lab tenant">
      <h2 className="lab-summary__title">One tenant for all devices (fresh for this run)</h2>
      <dl>
        {items.map(([label, count]) => (
          <div key={label} className="lab-summary__item">
            <dt>{label}</dt>
            <dd>{count}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
