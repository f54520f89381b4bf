/** The device core's public surface: what hosts, the CLI and tests may use. */
export { createDevice } from './device';
export { DeviceError, type DeviceCore, type DeviceCommandName, type DeviceEventListener } from './device-core';
