import type { ResetErrorReason, ResetStepId } from '../../../shared/views/reset-views';

/** Pages of the Windows Autopilot Reset (provisioning-modes.md §4): lock screen, reset sign-in/progress, errors. */
export type ResetPage =
  | { id: 'lock-screen' }
  | {
      id: 'autopilot-reset';
      stage: 'sign-in' | 'progress';
      username: string;
      password: string;
      error: string | null;
    }
  | { id: 'reset-error'; reason: ResetErrorReason; username: string; password: string; error: string | null };

/** A required app the ESP no longer tracks after a reset: it installs once the user reaches the desktop (001:3132–3136). */
export interface AppAfterReset {
  ref: string;
  name: string;
  type: 'win32' | 'lob' | 'store' | 'microsoft-365';
  durationMs: number;
  state: 'waiting' | 'installing' | 'installed';
}

export interface RunningReset {
  kind: 'local' | 'remote';
  step: ResetStepId;
  /** "Could not find the recovery environment": an administrator chose to continue (001:3234). */
  recoveryConfirmed: boolean;
}

/** What the device (and Intune, for this device) keeps about Autopilot Reset. Plain JSON. */
export interface ResetState {
  /** Intune queued a remote reset; it starts at the next check-in (001:10316). */
  remotePending: boolean;
  running: RunningReset | null;
  /** Resets that ran to the end. */
  completed: number;
  /** After a reset nobody is signed in: the next person to sign in is any of the organization's users. */
  awaitingNextUser: boolean;
  /** Intune's primary user and the Entra device owner, once a reset has touched them (null: not set). */
  primaryUser: string | null;
  /** A remote reset removed the primary user and owner; the next sign-in sets both (001:11353). */
  ownerCleared: boolean;
  /** The last MDM check-in (virtual ms), null before the first one the simulator models. */
  lastSyncAtMs: number | null;
  appsAfterReset: AppAfterReset[];
  /** Polls left while waiting for the desktop before installing the apps (bounds the wait). */
  desktopPollsLeft: number;
}

export function initialResetState(): ResetState {
  return {
    remotePending: false,
    running: null,
    completed: 0,
    awaitingNextUser: false,
    primaryUser: null,
    ownerCleared: false,
    lastSyncAtMs: null,
    appsAfterReset: [],
    desktopPollsLeft: 0,
  };
}

/** What the reset schedules on the virtual clock (one TimerEvent member, routed by `action`). */
export type ResetTimerAction = 'check-in' | 'start-remote' | 'desktop-poll' | 'app-installed';

export interface ResetTimer {
  type: 'reset';
  boot: number;
  action: ResetTimerAction;
}
