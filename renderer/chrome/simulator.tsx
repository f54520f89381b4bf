import { lazy, Suspense, useCallback, useState } from 'react';
import type { SimulatorClient } from '../../shared/contract';
import type { ShellWindow } from '../../shared/shell';
import type { DeviceSnapshot } from '../../shared/snapshot';
import { DeviceScreen } from '../screens/device-screen';
import { isOobeScreen } from '../screens/screen-for';
import { useCommands } from '../state/commands';
import { useDeviceKeys } from '../state/use-device-keys';
import { useExercise } from '../state/use-exercise';
import { useConnection } from '../state/use-connection';
import { useAfterFirstPaint } from '../state/use-after-first-paint';
import { useSnapshot } from '../state/use-snapshot';
import { WindowsVersionContext } from '../state/windows-version';
import { ArchiveNotice } from './archive-notice';
import { DisconnectedNotice, usePauseKey } from './device-notices';
import { DeviceViewport } from './device-viewport';
// Memoized panels (issue 16): a new snapshot re-renders only the panels whose fields changed.
import {
  ClockControls,
  DeviceInfoPanel,
  ExercisePicker,
  FailureMessages,
  KeyButtons,
  PausedBadge,
  PowerControls,
  RecordingControls,
  RewindControls,
  ScenarioBrief,
  ScenarioPicker,
} from './memo-panels';
import type { OpenWindow } from './shell-windows';
import './chrome.css';

/*
 * The fault panel, the deployment report and the command prompt load after the device screen (issue
 * 16: the first screen's module evaluation was 185–368 ms); they are never what a user needs first.
 */
const CommandPrompt = lazy(() => import('./command-prompt').then((m) => ({ default: m.CommandPrompt })));
const ShellWindows = lazy(() => import('./shell-windows').then((m) => ({ default: m.ShellWindows })));
const DeploymentReportPanel = lazy(() =>
  import('./deployment-report-panel').then((m) => ({ default: m.DeploymentReportPanel })),
);
const FaultPanel = lazy(() => import('./fault-panel-memo').then((m) => ({ default: m.FaultPanel })));
const ExerciseBriefing = lazy(() => import('./exercise-briefing').then((m) => ({ default: m.ExerciseBriefing })));
const ExerciseDebrief = lazy(() => import('./exercise-debrief').then((m) => ({ default: m.ExerciseDebrief })));

/** The trainer's note under the screen: what the device is doing when the screen can't say. */
function StageNote({ snapshot }: { snapshot: DeviceSnapshot | null }) {
  if (!snapshot) return <p className="stage-note">Connecting to the device…</p>;
  const { screen } = snapshot;
  if (screen.id === 'signon' && screen.stage === 'press-ctrl-alt-del') {
    return (
      <p className="stage-note" role="note">
        The device waits for Ctrl+Alt+Delete. Press it on your keyboard, or use the Ctrl+Alt+Delete key button.
      </p>
    );
  }
  if (screen.id !== 'powered-off') return null;
  return (
    <p className="stage-note" role="note">
      {screen.resealed
        ? 'The device is switched off: it was resealed and is ready to ship to its user. Use Power on to start it.'
        : 'The device is switched off. Use Power on to start it.'}
    </p>
  );
}

/**
 * A number that changes whenever a new device replaces the old one (a scenario picked, a factory
 * reset: its clock starts again), so panels holding a trainer's choices start afresh with it.
 */
function useDeviceGeneration(snapshot: DeviceSnapshot | null): number {
  const [seen, setSeen] = useState({ generation: 0, scenario: null as string | null, nowMs: 0 });
  if (snapshot) {
    const scenario = snapshot.scenario?.id ?? '';
    if (scenario !== seen.scenario || snapshot.nowMs !== seen.nowMs) {
      const replaced = (seen.scenario !== null && scenario !== seen.scenario) || snapshot.nowMs < seen.nowMs;
      // Adjusting state while rendering (React's pattern for "state derived from a changing prop").
      setSeen({ generation: seen.generation + (replaced ? 1 : 0), scenario, nowMs: snapshot.nowMs });
    }
  }
  return seen.generation;
}

/**
 * The simulator's own window (not Windows's): power, clock, scenario and key controls, the
 * device's display in the middle, and beside it the scenario's brief, the trainer's faults and
 * what a technician could read off the device.
 */
export function Simulator({
  client,
  bootSnapshot = null,
}: {
  client: SimulatorClient;
  bootSnapshot?: DeviceSnapshot | null;
}) {
  const snapshot = useSnapshot(client, bootSnapshot);
  // The side panel comes a frame after the device's screen (its column is a fixed 340 px: no shift).
  const sideReady = useAfterFirstPaint();
  const { key } = useCommands();
  const on = snapshot?.power === 'on';
  // Shift+F10 opens a command prompt during OOBE (and the ESP), not on the sign-on screen or desktop.
  const inOobe = !!snapshot && on && isOobeScreen(snapshot.screen);
  // Each Shift+F10 opens one more window, as on Windows; each closes on its own.
  const [prompts, setPrompts] = useState<number[]>([]);
  if (prompts.length > 0 && !inOobe) setPrompts([]);
  // Notepad and Event Viewer windows the consoles opened; they go with the consoles when OOBE ends.
  const [viewers, setViewers] = useState<OpenWindow[]>([]);
  if (viewers.length > 0 && !inOobe) setViewers([]);
  const openViewer = useCallback(
    (window: ShellWindow) => setViewers((open) => [...open, { id: (open.at(-1)?.id ?? 0) + 1, window }]),
    [],
  );

  const send = useCallback(
    (chord: string) => {
      key(chord);
      if (chord === 'Shift+F10' && inOobe) setPrompts((open) => [...open, (open.at(-1) ?? 0) + 1]);
    },
    [key, inOobe],
  );
  useDeviceKeys(send);
  const connection = useConnection(client);
  const resume = usePauseKey(snapshot);
  const generation = useDeviceGeneration(snapshot);
  // Trainee mode (issue 13): from exercise.start until the trainee leaves the debrief, the scenario's
  // notes, the trainer's faults and the deployment report's debrief stay hidden.
  const attempt = useExercise(client);
  const [left, setLeft] = useState<string | null>(null);
  const attemptKey = attempt ? `${attempt.exercise}@${attempt.startedAtMs}` : null;
  const trainee = attempt !== null && attemptKey !== left;

  return (
    <div className="sim theme-dark">
      <header className="sim-header" aria-label="Simulator controls">
        <div className="sim-brand">
          <span className="sim-brand__name">OOBE Simulator</span>
          <span className="sim-brand__tag">simulator controls</span>
        </div>
        <PowerControls power={snapshot?.power ?? null} />
        <ClockControls snapshot={snapshot} />
        <div className="chrome-group sim-header__end">
          <ExercisePicker />
          <ScenarioPicker current={snapshot?.scenario ?? null} />
        </div>
        <RecordingControls />
        <RewindControls client={client} nowMs={snapshot?.nowMs ?? null} />
        {/* The lab (issue 15) in a tab of its own; Electron opens it from View → Lab instead. */}
        {location.protocol.startsWith('http') ? (
          <a className="chrome-button" href="/lab" target="_blank" rel="noopener">
            Lab
          </a>
        ) : null}
      </header>
      <FailureMessages />
      <div className="sim-main">
        <main className="sim-stage" aria-label="Device screen">
          <DeviceViewport
            overlay={
              <>
                <PausedBadge snapshot={snapshot} onResume={resume} />
                {/* A new device (scenario, factory reset, rewind) drops the last one's notice. */}
                <ArchiveNotice key={generation} client={client} />
                <DisconnectedNotice status={connection} />
              </>
            }
          >
            {snapshot ? (
              <WindowsVersionContext.Provider value={snapshot.windowsVersion}>
                <DeviceScreen view={snapshot.screen} />
              </WindowsVersionContext.Provider>
            ) : null}
          </DeviceViewport>
          <div className="sim-stage__below">
            <StageNote snapshot={snapshot} />
            <KeyButtons enabled={on} send={send} />
          </div>
          {prompts.length > 0 ? (
            <Suspense fallback={null}>
              {prompts.map((id, index) => (
                <CommandPrompt
                  key={id}
                  offset={index % 6}
                  onClose={() => setPrompts((open) => open.filter((other) => other !== id))}
                  onOpen={openViewer}
                />
              ))}
            </Suspense>
          ) : null}
          {viewers.length > 0 ? (
            <Suspense fallback={null}>
              <ShellWindows open={viewers} onClose={(id) => setViewers((open) => open.filter((w) => w.id !== id))} />
            </Suspense>
          ) : null}
        </main>
        {snapshot?.report && !trainee ? (
          <Suspense fallback={null}>
            <DeploymentReportPanel report={snapshot.report} screen={snapshot.screen} />
          </Suspense>
        ) : null}
        <div className="sim-side">
          {sideReady ? (
            <>
              {trainee ? (
                <Suspense fallback={null}>
                  {attempt.status === 'running' ? (
                    <ExerciseBriefing attempt={attempt} nowMs={snapshot?.nowMs ?? attempt.nowMs} />
                  ) : (
                    <ExerciseDebrief attempt={attempt} onLeave={() => setLeft(attemptKey)} />
                  )}
                </Suspense>
              ) : (
                <>
                  <ScenarioBrief key={snapshot?.scenario?.id ?? ''} scenario={snapshot?.scenario ?? null} />
                  <Suspense fallback={null}>
                    <FaultPanel key={generation} snapshot={snapshot} />
                  </Suspense>
                </>
              )}
              <DeviceInfoPanel info={snapshot?.info ?? null} />
            </>
          ) : null}
        </div>
      </div>
    </div>
  );
}
