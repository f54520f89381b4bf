import { lazy, Suspense } from 'react';
import type { SimulatorClient } from '../shared/contract';
import type { DeviceSnapshot } from '../shared/snapshot';
import { Simulator } from './chrome/simulator';
import { CommandsProvider } from './state/commands';

// The trainer console is its own page (/trainer): loaded only there, so the device's first bundle
// does not carry it (issue 16).
// The lab (/lab, issue 15) likewise.
const LabView = lazy(() => import('./lab/lab-view').then((m) => ({ default: m.LabView })));
const TrainerConsole = lazy(() => import('./trainer/trainer-console').then((m) => ({ default: m.TrainerConsole })));

/**
 * The renderer's root: every command goes through one client. Motion is CSS only (screens.css,
 * illustrations.css) and follows the user's reduced-motion setting (tests run with it on); it never
 * drives logic. No animation library reaches the first bundle (issue 16).
 */
export function App({
  client,
  view = 'device',
  bootSnapshot = null,
}: {
  client: SimulatorClient;
  view?: 'device' | 'trainer' | 'lab';
  /** The snapshot the web host wrote into the device's page, drawn before the socket answers (issue 16). */
  bootSnapshot?: DeviceSnapshot | null;
}) {
  return (
    <CommandsProvider client={client}>
      {view === 'trainer' ? (
        <Suspense fallback={null}>
          <TrainerConsole client={client} />
        </Suspense>
      ) : view === 'lab' ? (
        <Suspense fallback={null}>
          <LabView client={client} />
        </Suspense>
      ) : (
        <Simulator client={client} bootSnapshot={bootSnapshot} />
      )}
    </CommandsProvider>
  );
}
