import type { DeviceSetup } from '../../../shared/device-setup';
import type { JsonEncoding } from '../../../shared/scenario/autopilot-json';

/**
 * Where Windows Autopilot deployment for existing devices stands (provisioning-modes.md §3). Kept
 * in DeviceState as plain JSON, so a restart in the middle of the task sequence resumes it.
 */
export interface ExistingDeviceState {
  /**
   * `old-windows`: the existing device waits in its old Windows (Software Center); `running`: the
   * task sequence runs; `done`: Sysprep has run and OOBE owns the device.
   */
  phase: 'old-windows' | 'running' | 'done';
  /** Index in the task sequence plan of the running step (or of the next one across a restart). */
  step: number;
  /** Virtual ms when the running step started: the progress bar fills from it. */
  stepStartedAt: number;
  /** The file the task sequence copied into the new Windows, or null (not yet, or deleted by /Generalize). */
  placedJson: { path: string; encoding: JsonEncoding } | null;
  /** The ZtdCorrelationId of the JSON profile OOBE applied, or null when no JSON profile applied. */
  appliedCorrelationId: string | null;
}

/** The page state of the `task-sequence` screen: Software Center, its confirmation, or the progress dialog. */
export interface TaskSequencePage {
  id: 'task-sequence';
  stage: 'software-center' | 'confirm' | 'running';
}

/** A device that starts in its old Windows with a Configuration Manager client and a task sequence to run. */
export function initialExistingDevice(setup: DeviceSetup): ExistingDeviceState | null {
  if (!setup.existingDevice || setup.device.existingState !== 'domain-joined-configmgr') return null;
  return {
    phase: 'old-windows',
    step: 0,
    stepStartedAt: 0,
    placedJson: null,
    appliedCorrelationId: null,
  };
}
