import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import type { SimulatorClient } from '../../shared/contract';
import { ClockControls } from '../chrome/clock-controls';
import { DeviceInfoPanel } from '../chrome/device-info-panel';
import { FailureMessages } from '../chrome/failure-messages';
import { RewindControls } from '../chrome/rewind-controls';
import { formatClock } from '../chrome/format';
import { useCommands } from '../state/commands';
import { useSnapshot } from '../state/use-snapshot';
import { ArmedFaults } from './armed-faults';
import { ClassPanel } from './class-panel';
import { DeviceInspector } from './device-inspector';
import { JumpToScreen } from './jump-to-screen';
import { ProgressChart } from './progress-chart';
import { TenantPanel } from './tenant-panel';
import { TimelinePanel } from './timeline-panel';
import { useTimeline } from './use-timeline';
import '../chrome/chrome.css';
import './trainer.css';

// Lazy as in the device view (issue 16): the fault panel stays out of the first bundle.
const FaultPanel = lazy(() => import('../chrome/fault-panel').then((m) => ({ default: m.FaultPanel })));

/** The simulated tenant's state as plain JSON, fetched again after each admin change or on request. */
function TenantInspector({ version }: { version: number }) {
  const { run } = useCommands();
  const [tenant, setTenant] = useState<string>('');
  const [asked, setAsked] = useState(0);
  useEffect(() => {
    let live = true;
    void run('tenant.state', {}).then((result) => {
      if (result && live) setTenant(JSON.stringify(result.tenant, null, 2));
    });
    return () => {
      live = false;
    };
  }, [run, version, asked]);
  return (
    <section className="trainer-panel" aria-labelledby="trainer-inspector-title">
      <h2 id="trainer-inspector-title" className="side-section__title">
        Inspector: the tenant's view
      </h2>
      <button type="button" className="chrome-button" onClick={() => setAsked((n) => n + 1)}>
        Refresh tenant state
      </button>
      {/* Focusable so a keyboard alone can scroll it (axe: scrollable-region-focusable). */}
      <pre className="trainer-detail trainer-detail--tall" tabIndex={0} aria-label="Tenant state">
        {tenant}
      </pre>
    </section>
  );
}

/**
 * The trainer console (issue 13): a second client of the device's session (/trainer in a browser,
 * the Trainer console window in Electron) with the live timeline, faults, the tenant panel, an
 * inspector and the clock. It never draws the device's screen: the device page does that.
 */
export function TrainerConsole({ client }: { client: SimulatorClient }) {
  const snapshot = useSnapshot(client);
  const events = useTimeline(client);
  const [tenantVersion, setTenantVersion] = useState(0);
  const changed = useCallback(() => setTenantVersion((n) => n + 1), []);
  return (
    <div className="sim theme-dark trainer" data-window="trainer" data-screen="trainer">
      <header className="sim-header" aria-label="Trainer console controls">
        <div className="sim-brand">
          <span className="sim-brand__name">Trainer console</span>
          <span className="sim-brand__tag">
            {snapshot?.scenario ? snapshot.scenario.id : 'no scenario'} · screen {snapshot?.screen.id ?? '–'} ·{' '}
            {snapshot ? formatClock(snapshot.nowMs) : ''}
          </span>
        </div>
        <ClockControls snapshot={snapshot} />
        <JumpToScreen />
        <RewindControls client={client} nowMs={snapshot?.nowMs ?? null} />
      </header>
      <FailureMessages />
      <div className="trainer-grid">
        <TimelinePanel events={events} />
        <div className="trainer-column">
          <Suspense fallback={null}>
            <FaultPanel snapshot={snapshot} />
          </Suspense>
          <ArmedFaults client={client} nowMs={snapshot?.nowMs ?? 0} />
          <TenantPanel serialNumber={snapshot?.info.serialNumber ?? null} onChanged={changed} />
          <ClassPanel client={client} />
        </div>
        <div className="trainer-column">
          <ProgressChart snapshot={snapshot} />
          <DeviceInfoPanel info={snapshot?.info ?? null} />
          <DeviceInspector client={client} />
          <TenantInspector version={tenantVersion} />
        </div>
      </div>
    </div>
  );
}
