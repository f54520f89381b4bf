import type { DeviceState } from '../state';
import { ESP_HOOKS } from '../oobe/after-join';
import { TECHNICIAN_HOOKS } from '../preprovision/technician';
import type { EspHooks } from './esp-engine';

/**
 * The hooks of the ESP on the device, by its mode: the user-driven flow's (after-join.ts), the
 * pre-provisioning technician flow's. Self-deploying mode (electron/core/self-deploying/) adds its
 * own case here.
 */
export function espHooksFor(state: DeviceState): EspHooks {
  switch (state.esp?.mode) {
    case 'technician':
      return TECHNICIAN_HOOKS;
    default:
      return ESP_HOOKS;
  }
}
