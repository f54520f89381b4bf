import type { KioskView } from '../../../shared/views/kiosk-view';
import type { DeviceState } from '../state';
import { KIOSK_ACCOUNT, selfDeploying } from './sd-mode';

/** The kiosk as the renderer draws it: KioskUser0 and the kiosk profile's single app. */
export function kioskView(state: DeviceState): KioskView {
  const app = state.setup.policies.kiosk?.app;
  return {
    id: 'kiosk',
    account: KIOSK_ACCOUNT,
    signedIn: selfDeploying(state).kioskSignedIn ?? 'autologon',
    app: { type: app?.type ?? 'kiosk-browser', name: app?.name ?? 'Kiosk Browser', url: app?.url ?? null },
    organizationName: state.setup.tenant.name,
    computerName: state.computerName,
  };
}
