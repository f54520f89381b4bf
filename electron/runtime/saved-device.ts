import type { SavedDeviceFile } from '../../shared/contract';
import type { Device } from '../core/device';
import { DeviceError, type DeviceCore } from '../core/device-core';
import { restoreDevice, serializeDevice } from '../core/device-value';

/** The device as a `Device` (state + tenant, so it can be one value) when it is one; a host's own wrapper is not. */
export function asDevice(core: DeviceCore): Device | null {
  const candidate = core as Partial<Device>;
  return candidate.state !== undefined && candidate.tenant !== undefined ? (core as Device) : null;
}

/** `<scenario or "device">-<h>h<mm>m<ss>s.oobe-device`: which device, and how far it had got (the extension electron-builder.yml associates, so a double-click opens it). */
export function savedDeviceFileName(scenario: string | null, nowMs: number): string {
  const total = Math.floor(nowMs / 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const at = `${Math.floor(total / 3600)}h${pad(Math.floor(total / 60) % 60)}m${pad(total % 60)}s`;
  return `${scenario ?? 'device'}-${at}.oobe-device`;
}

/** The running device as a file: the versioned device value (state, clock queue, tenant) as JSON text. */
export function saveDevice(core: DeviceCore): SavedDeviceFile {
  const device = asDevice(core);
  if (!device) throw new DeviceError('this device cannot be saved (it is not a device value: a host wrapper)');
  const value = serializeDevice(device);
  return { fileName: savedDeviceFileName(value.device.scenario?.id ?? null, core.nowMs), text: JSON.stringify(value) };
}

/** A saved device back as a running one; a damaged or newer file throws a DeviceError naming the file and the problem. */
export function openSavedDevice(fileName: string, text: string): Device {
  try {
    return restoreDevice(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new DeviceError(`${fileName}: ${message}; the running device keeps going`);
  }
}
