import type { ScreenViewOf } from '../../../shared/snapshot';
import { OldDesktop } from './old-desktop';
import { ProgressDialog } from './progress-dialog';
import { SoftwareCenter } from './software-center';
import './task-sequence.css';

type View = ScreenViewOf<'task-sequence'>;

/**
 * An existing device running Windows Autopilot deployment for existing devices: Software Center on
 * the old Windows, then Configuration Manager's progress dialog over the full Windows or Windows PE.
 */
export function TaskSequenceScreen({ view }: { view: View }) {
  return (
    <div
      className={`task-sequence task-sequence--${view.environment}`}
      data-screen="task-sequence"
      data-stage={view.stage}
    >
      {view.environment === 'full-os' ? <OldDesktop /> : null}
      {view.stage === 'running' ? <ProgressDialog view={view} /> : <SoftwareCenter view={view} />}
    </div>
  );
}
