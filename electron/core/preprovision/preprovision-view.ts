import type { ScreenView } from '../../../shared/snapshot';
import type { PreprovisionDetailsView } from '../../../shared/views/preprovision-views';
import { PREPROVISION_MENU_ROWS } from '../../../shared/views/preprovision-views';
import { exists } from '../os/file-system';
import type { DeviceState } from '../state';
import type { PreprovisionPage } from './preprovision-state';
import { failureLogs, visibleMenuRows } from './preprovision-pages';
import { deviceQrPayload } from './ztd-id';

function details(state: DeviceState): PreprovisionDetailsView {
  const d = state.preprovision.details;
  return {
    organizationName: d?.organizationName ?? state.setup.tenant.name,
    profileName: d?.profileName ?? null,
    assignedUser: d?.assignedUser ?? null,
    qrPayload: deviceQrPayload(state),
  };
}

function elapsedMs(state: DeviceState): number {
  const { startedAtMs, result } = state.preprovision;
  if (startedAtMs === null || !result) return 0;
  return Math.max(0, result.atMs - startedAtMs);
}

/** The diagnostics export the failure page led to, if one was written (trainer information). */
function exportedTo(state: DeviceState): string | null {
  for (const path of ['D:\\MDMDiagReport.zip', 'C:\\Users\\Public\\Documents\\MDMDiagnostics\\MDMDiagReport.zip']) {
    if (exists(state.fs, path)) return path;
  }
  return null;
}

/** Projects the four pre-provisioning pages onto their view models (shared/views/preprovision-views.ts). */
export function preprovisionScreenView(state: DeviceState, page: PreprovisionPage): ScreenView {
  const windows10 = state.setup.windows.version === '10';
  switch (page.id) {
    case 'preprovision-menu': {
      const visible = visibleMenuRows(state);
      return {
        id: 'preprovision-menu',
        rows: PREPROVISION_MENU_ROWS.map((id) => ({
          id,
          visible: visible.includes(id),
          selected: page.selected === id,
        })),
        selected: page.selected,
        acceptEnabled: page.selected !== null,
        notice: page.notice,
      };
    }
    case 'preprovision-config': {
      const view = details(state);
      return {
        id: 'preprovision-config',
        ...view,
        refreshing: page.refreshing,
        nextEnabled: !page.refreshing && view.profileName !== null,
      };
    }
    case 'preprovision-success': {
      const result = state.preprovision.result;
      return {
        id: 'preprovision-success',
        ...details(state),
        elapsedMs: elapsedMs(state),
        // The tutorial shows the QR code on Windows 10 only (001:6641).
        showQr: windows10,
        enrollmentOnly: result?.kind === 'success' && result.enrollmentOnly,
      };
    }
    case 'preprovision-failure': {
      const result = state.preprovision.result;
      return {
        id: 'preprovision-failure',
        ...details(state),
        elapsedMs: elapsedMs(state),
        showQr: windows10,
        errorText: result?.kind === 'failure' ? result.text : '',
        errorCode: result?.kind === 'failure' ? result.code : null,
        logs: failureLogs(state),
        exportedTo: exportedTo(state),
        resetting: state.preprovision.resetting,
      };
    }
  }
}
