import type { ExistingDeviceSetup } from '../../../shared/scenario/existing-device';

/** What a step does to the device when it finishes (see task-sequence-effects.ts). */
export type StepEffect =
  | 'restart-in-winpe'
  | 'partition'
  | 'apply-os'
  | 'apply-settings'
  | 'place-json'
  | 'first-boot'
  | 'install-client'
  | 'install-apps'
  | 'remove-client'
  | 'sysprep-generalize'
  | 'sysprep-oobe';

/** Where the step runs: the progress dialog is drawn over that environment's background. */
export type StepEnvironment = 'full-os' | 'winpe';

export interface TaskSequenceStep {
  /** The action name the progress dialog shows ("Running action: …"). */
  name: string;
  environment: StepEnvironment;
  /** Virtual duration: a choice, the docs give none (docs/FIDELITY.md "Existing devices"). */
  durationMs: number;
  effect: StepEffect;
  /** The device restarts when the step ends (into Windows PE, or into the new Windows). */
  restartAfter: boolean;
}

const MIN = 60_000;

/**
 * The steps of the task sequence the "Deploy Windows Autopilot for existing devices" wizard builds
 * (provisioning-modes.md §3.5, 001:9415–9471, 001:9760–9775, 001:11821–11824), in order:
 * WinPE, format and partition, apply the OS and its unattend.xml, inject the JSON, first boot
 * (Setup processes unattend.xml and ignores the JSON), the task sequence resumes in Windows,
 * deletes unattend.xml and installs the Configuration Manager client, extra tasks, uninstalls the
 * client, Sysprep. Setup Windows and ConfigMgr spans the first boot, so it is two entries with one name.
 */
export function taskSequencePlan(setup: ExistingDeviceSetup): TaskSequenceStep[] {
  const fix = setup.taskSequence.sysprep !== 'prepare-windows-for-capture';
  return [
    {
      name: 'Restart in Windows PE',
      environment: 'full-os',
      durationMs: 2 * MIN,
      effect: 'restart-in-winpe',
      restartAfter: true,
    },
    {
      name: 'Partition Disk 0 - UEFI',
      environment: 'winpe',
      durationMs: 30_000,
      effect: 'partition',
      restartAfter: false,
    },
    {
      name: 'Apply Operating System',
      environment: 'winpe',
      durationMs: 12 * MIN,
      effect: 'apply-os',
      restartAfter: false,
    },
    {
      name: 'Apply Windows Settings',
      environment: 'winpe',
      durationMs: 10_000,
      effect: 'apply-settings',
      restartAfter: false,
    },
    {
      name: 'Apply Windows Autopilot configuration',
      environment: 'winpe',
      durationMs: 5_000,
      effect: 'place-json',
      restartAfter: false,
    },
    {
      name: 'Setup Windows and ConfigMgr',
      environment: 'winpe',
      durationMs: 1 * MIN,
      effect: 'first-boot',
      restartAfter: true,
    },
    {
      name: 'Setup Windows and ConfigMgr',
      environment: 'full-os',
      durationMs: 8 * MIN,
      effect: 'install-client',
      restartAfter: false,
    },
    {
      name: 'Install Applications',
      environment: 'full-os',
      durationMs: 3 * MIN,
      effect: 'install-apps',
      restartAfter: false,
    },
    {
      name: 'Prepare ConfigMgr Client for Capture',
      environment: 'full-os',
      durationMs: 1 * MIN,
      effect: 'remove-client',
      restartAfter: false,
    },
    fix
      ? { name: 'Sysprep', environment: 'full-os', durationMs: 3 * MIN, effect: 'sysprep-oobe', restartAfter: false }
      : {
          name: 'Prepare Windows for Capture',
          environment: 'full-os',
          durationMs: 4 * MIN,
          effect: 'sysprep-generalize',
          restartAfter: false,
        },
  ];
}

/** The folder the "Apply Windows Autopilot configuration" step copies the JSON into (outside the seeds: provisioning-modes.md §8). */
export const AUTOPILOT_JSON_FOLDER = 'C:\\Windows\\Provisioning\\Autopilot';

/**
 * The Sysprep command line of the documented fix (001:9482–9530). Prepare Windows for Capture
 * builds its own command line with /generalize; the docs do not print it, so neither do we.
 */
export function sysprepCommandLine(setup: ExistingDeviceSetup): string {
  switch (setup.taskSequence.sysprep) {
    case 'oobe-reboot':
      return 'C:\\Windows\\System32\\Sysprep\\Sysprep.exe /oobe /reboot';
    case 'oobe-shutdown':
      return 'C:\\Windows\\System32\\Sysprep\\Sysprep.exe /oobe /shutdown';
    case 'prepare-windows-for-capture':
      return 'Sysprep with /generalize (Prepare Windows for Capture)';
  }
}
