import { memo } from 'react';
import type { DeviceSnapshot } from '../../shared/snapshot';
import { ClockControls as ClockControlsView } from './clock-controls';
import { DeviceInfoPanel as DeviceInfoPanelView } from './device-info-panel';
import { PausedBadge as PausedBadgeView } from './device-notices';
import { ExercisePicker as ExercisePickerView } from './exercise-picker';
import { FailureMessages as FailureMessagesView } from './failure-messages';
import { KeyButtons as KeyButtonsView } from './key-buttons';
import { PowerControls as PowerControlsView } from './power-controls';
import { RecordingControls as RecordingControlsView } from './recording-controls';
import { RewindControls as RewindControlsView } from './rewind-controls';
import { ScenarioBrief as ScenarioBriefView, ScenarioPicker as ScenarioPickerView } from './scenario-picker';

/*
 * The simulator's panels, skipping the re-render when what they show did not change (issue 16: at a
 * screen change the whole chrome re-rendered with the new page, in the frame the user sees). The
 * snapshot's unchanged parts keep their objects (state/share-unchanged.ts), so shallow props suffice;
 * the panels given the whole snapshot compare only the fields they read.
 */
export const PowerControls = memo(PowerControlsView);
export const ExercisePicker = memo(ExercisePickerView);
export const ScenarioPicker = memo(ScenarioPickerView);
export const ScenarioBrief = memo(ScenarioBriefView);
export const RecordingControls = memo(RecordingControlsView);
export const RewindControls = memo(RewindControlsView);
export const FailureMessages = memo(FailureMessagesView);
export const KeyButtons = memo(KeyButtonsView);
export const DeviceInfoPanel = memo(DeviceInfoPanelView);

type SnapshotProps = { snapshot: DeviceSnapshot | null };

/** Equal when the fields the panel reads are the same (keep in step with the panel). */
function sameFields<K extends keyof DeviceSnapshot>(...fields: K[]) {
  return (a: SnapshotProps, b: SnapshotProps): boolean =>
    a.snapshot === b.snapshot ||
    (a.snapshot !== null &&
      b.snapshot !== null &&
      fields.every((field) => Object.is(a.snapshot?.[field], b.snapshot?.[field])));
}

/** Reads nowMs, nextEventInMs and pacing (clock-controls.tsx). */
export const ClockControls = memo(ClockControlsView, sameFields('nowMs', 'nextEventInMs', 'pacing'));

const samePacing = sameFields('pacing');
/** Reads pacing (device-notices.tsx). */
export const PausedBadge = memo(
  PausedBadgeView,
  (a: Parameters<typeof PausedBadgeView>[0], b: Parameters<typeof PausedBadgeView>[0]) =>
    a.onResume === b.onResume && samePacing(a, b),
);
