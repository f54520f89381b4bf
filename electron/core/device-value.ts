import {
  DEVICE_VALUE_FORMAT,
  DEVICE_VALUE_VERSION,
  parseDeviceValue,
  type DeviceValue,
} from '../../shared/device-value';
import { assembleDevice, type Device } from './device';
import { DeviceError } from './device-core';
import { Tenant } from './network/cloud-link';
import type { DeviceState } from './state';

/**
 * The device as one value. Everything a device is lives in its state (the clock queue included:
 * pending timers are data, not closures) and in its tenant's state; the seeded random streams are
 * derived afresh from (seed, label) on each use, so there is no generator position to carry. What
 * is left out on purpose: listeners (the owner re-subscribes) and recorders (a host concern).
 */
export interface SerializedDevice extends DeviceValue {
  device: DeviceState;
  tenant: Tenant['state'];
}

/** A deep copy of the device and its tenant as versioned plain JSON (later changes do not reach it). */
export function serializeDevice(device: Pick<Device, 'state' | 'tenant'>): SerializedDevice {
  return JSON.parse(
    JSON.stringify({
      format: DEVICE_VALUE_FORMAT,
      version: DEVICE_VALUE_VERSION,
      device: device.state,
      tenant: device.tenant.state,
    }),
  ) as SerializedDevice;
}

export interface RestoreOptions {
  /** A tenant shared with other devices of the session; without one the device gets back its own saved tenant. */
  tenant?: Tenant;
}

/**
 * A device that goes on exactly as the serialized one would have: same state, same pending
 * timers, same tenant. Accepts the value as text or parsed JSON; a damaged, truncated or newer file
 * throws a `DeviceError` naming what is wrong and where. The value is copied, never shared.
 */
export function restoreDevice(input: unknown, options: RestoreOptions = {}): Device {
  const parsed = parseDeviceValue(input);
  if (!parsed.ok) throw new DeviceError(parsed.problem.message);
  const copy = JSON.parse(JSON.stringify(parsed.value)) as SerializedDevice;
  const tenant = options.tenant ?? new Tenant(copy.tenant);
  return assembleDevice(copy.device, { tenant });
}
