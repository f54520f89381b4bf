import type { DesktopView } from '../../../shared/snapshot';
import { RESET_STRINGS } from '../../../shared/strings-reset';
import {
  RESET_STEP_IDS,
  type ResetErrorReason,
  type ResetStepView,
  type AutopilotResetView,
  type LockScreenView,
  type ResetErrorView,
} from '../../../shared/views/reset-views';
import { deviceTimeIso } from '../context';
import { signedInUser } from '../enrollment/users';
import type { DeviceState } from '../state';
import { usbProvisioningPackage } from './reset-effects';
import type { ResetPage } from './reset-state';
import { RESET_TIMINGS } from './reset-timings';

const STEP_WEIGHTS = {
  prepare: RESET_TIMINGS.prepareMs,
  rebuild: RESET_TIMINGS.rebuildMs,
  migrate: RESET_TIMINGS.migrateMs,
  clean: RESET_TIMINGS.cleanMs,
  provision: RESET_TIMINGS.provisionMs,
} as const;

function steps(state: DeviceState): { list: ResetStepView[]; percent: number } {
  const current = state.reset.running?.step ?? null;
  const at = current ? RESET_STEP_IDS.indexOf(current) : -1;
  const list = RESET_STEP_IDS.map((id, i): ResetStepView => ({
    id,
    label: RESET_STRINGS.progress.steps[id],
    state: i < at ? 'done' : i === at ? 'working' : 'waiting',
  }));
  // The share of the reset's time behind the current step (the simulator's own measure).
  const total = RESET_STEP_IDS.reduce((sum, id) => sum + STEP_WEIGHTS[id], 0);
  const done = RESET_STEP_IDS.slice(0, Math.max(at, 0)).reduce((sum, id) => sum + STEP_WEIGHTS[id], 0);
  return { list, percent: Math.floor((done / total) * 100) };
}

const ERROR_CODES: Record<ResetErrorReason, string | null> = {
  'winre-disabled': RESET_STRINGS.errors.winreCode,
  'recovery-not-found': null,
  'hybrid-not-supported': null,
};

const ERROR_MESSAGES: Record<ResetErrorReason, string> = {
  'winre-disabled': RESET_STRINGS.errors.winreDisabled,
  'recovery-not-found': RESET_STRINGS.errors.recoveryNotFound,
  'hybrid-not-supported': RESET_STRINGS.errors.hybridNotSupported,
};

/** Projects the reset's pages onto what the screen draws. */
export function resetScreenView(
  state: DeviceState,
  page: ResetPage,
): LockScreenView | AutopilotResetView | ResetErrorView {
  switch (page.id) {
    case 'lock-screen': {
      const user = signedInUser(state);
      return {
        id: 'lock-screen',
        deviceTime: deviceTimeIso(state),
        timeZone: state.setup.device.timeZone,
        userDisplayName: user?.displayName ?? user?.upn ?? '',
      };
    }
    case 'autopilot-reset': {
      const { list, percent } = steps(state);
      return {
        id: 'autopilot-reset',
        stage: page.stage,
        kind: state.reset.running?.kind ?? 'local',
        username: page.username,
        error: page.error,
        provisioningPackage: usbProvisioningPackage(state),
        steps: list,
        percent,
      };
    }
    case 'reset-error':
      return {
        id: 'reset-error',
        reason: page.reason,
        message: ERROR_MESSAGES[page.reason],
        code: ERROR_CODES[page.reason],
        asksCredentials: page.reason === 'recovery-not-found',
        username: page.username,
        error: page.error,
      };
  }
}

/** The desktop's Settings window shows the device's sync status and the apps installing after a reset. */
export function withResetManagement(state: DeviceState, view: DesktopView): DesktopView {
  return {
    ...view,
    management: {
      organizationName: state.setup.tenant.name,
      lastSync: state.reset.lastSyncAtMs === null ? null : deviceTimeAt(state, state.reset.lastSyncAtMs),
      appsAfterReset: state.reset.appsAfterReset.map((a) => ({ name: a.name, state: a.state })),
    },
  };
}

function deviceTimeAt(state: DeviceState, atMs: number): string {
  return new Date(Date.parse(state.setup.device.startTime) + atMs + state.clockDriftMs).toISOString();
}
