import { preprovisionQrPayload } from '../../../shared/preprovision-qr';
import { Rng } from '../rng';
import type { DeviceState } from '../state';

/**
 * The device's Autopilot id (ZtdId): the service gives it when the hardware hash is imported, so
 * it is stable for the device and comes from its own seeded stream (a new label shifts nothing else).
 * Lowercase GUID, as Graph lists `windowsAutopilotDeviceIdentity.id`. Null for an unregistered device.
 */
export function ztdId(state: DeviceState): string | null {
  if (!state.setup.registration.registered) return null;
  const hex = [...Rng.derive(state.setup.seed, 'autopilot.ztdId').bytes(16)]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[parseInt(hex[16]!, 16) % 4]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The QR payload of the configuration and result pages (format: shared/preprovision-qr.ts). */
export function deviceQrPayload(state: DeviceState): string {
  return preprovisionQrPayload({ ztdId: ztdId(state) ?? '', serialNumber: state.identity.serialNumber });
}
