import type { TaskSequenceView } from '../../../shared/snapshot';
import type { DeviceState } from '../state';
import type { TaskSequencePage } from './existing-device-state';
import { taskSequencePercent } from './task-sequence';
import { taskSequencePlan } from './task-sequence-plan';

/** Projects the task sequence's state onto the `task-sequence` screen. */
export function taskSequenceView(state: DeviceState, page: TaskSequencePage): TaskSequenceView {
  const setup = state.setup.existingDevice;
  const ed = state.existingDevice;
  const name = setup?.taskSequence.name ?? '';
  const organizationName = setup?.taskSequence.organizationName ?? '';
  const running = page.stage === 'running' && ed !== null && ed.phase === 'running' && setup !== undefined;
  const step = running ? taskSequencePlan(setup).at(ed.step) : undefined;
  return {
    id: 'task-sequence',
    environment: step?.environment ?? 'full-os',
    stage: page.stage,
    organizationName,
    taskSequenceName: name,
    entry: { name, publisher: organizationName },
    stepName: step?.name ?? null,
    percent: running ? taskSequencePercent(state) : 0,
  };
}
